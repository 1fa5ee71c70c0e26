// pk::country::from_code, from_alpha2, pk::country_from_name, pk::closest_country_names: any
// country returned comes back from its code, alpha-2, M49 number and ISO name.
#include "fuzz_main.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, pk_fuzz::check_country);
}
