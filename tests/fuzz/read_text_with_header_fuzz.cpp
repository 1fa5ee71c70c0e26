// pk::read_text behind a valid header: the first byte picks one of five fixed headers (UN DPO
// long twice, IPI gender, IPI snapshot, UN DPO rank), the rest is the data. The fuzzer spends
// its time in the row parsers instead of rediscovering header names.
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, pk_fuzz::check_read_text_with_header);
}
