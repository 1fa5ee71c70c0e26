// pk::read_text on arbitrary bytes: the line accounting holds, every error points inside the
// text, strict and tolerant reads agree, and what is read survives write_un_dpo_long + read.
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, pk_fuzz::check_read_text);
}
