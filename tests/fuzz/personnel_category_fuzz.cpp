// pk::parse_personnel_category: a category found comes back from its name and has a branch.
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, pk_fuzz::check_personnel_category);
}
