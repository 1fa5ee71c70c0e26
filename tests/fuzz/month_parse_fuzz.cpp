// pk::month::parse: a returned month reads back from its text and from its last day, and the
// result agrees with an independent reading of each documented date style.
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, pk_fuzz::check_month_parse);
}
