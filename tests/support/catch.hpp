#pragma once
// One include for Catch2 v2 (Debian 12's 2.13) and v3: the build passes PK_CATCH2_MAJOR.
// The test sources stay the same for both; the few names v3 moved are hidden here.
#if PK_CATCH2_MAJOR == 3
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
namespace pk_test {
using Catch::Approx;
inline auto contains_text(const std::string& text) { return Catch::Matchers::ContainsSubstring(text); }
}  // namespace pk_test
#else
#include <catch2/catch.hpp>
namespace pk_test {
using Catch::Detail::Approx;
inline auto contains_text(const std::string& text) { return Catch::Matchers::Contains(text); }
}  // namespace pk_test
#endif
