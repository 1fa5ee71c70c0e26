#pragma once
// The body every target shares: run one check on the input, print what broke and abort, so
// libFuzzer stops and saves the input as crash-<sha1> (an abort is a finding like a crash).
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "fuzz_properties.hpp"

namespace pk_fuzz {

template <class Check>
int run(const std::uint8_t* data, std::size_t size, Check check) {
    const std::string_view input{reinterpret_cast<const char*>(data), size};
    const problems found = check(input);
    if (found.empty()) return 0;
    for (const auto& p : found) std::fprintf(stderr, "pk fuzz property broken: %s\n", p.c_str());
    std::abort();
}

}  // namespace pk_fuzz
