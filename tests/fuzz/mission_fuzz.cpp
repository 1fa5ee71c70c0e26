// pk::mission::from_acronym: a mission found comes back from its acronym; its lineage ends.
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, pk_fuzz::check_mission);
}
