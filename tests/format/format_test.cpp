// <peacekeeping/format.hpp>: std::formatter where the standard library has <format>
// (PK_HAS_STD_FORMAT). libstdc++ 12 has none, so there the header must still compile, empty.
#include <peacekeeping/format.hpp>

#include <peacekeeping/detail/text_of.hpp>

#include <string>
#include <string_view>

#include "support/catch.hpp"

#if PK_HAS_STD_FORMAT
TEST_CASE("std::format: value types print their text, padded as a whole") {
    CHECK(std::format("[{:>9}]", pk::month{2014, 7}) == "[  2014-07]");
    CHECK(std::format("{}", pk::country{"VNM"}) == "VNM");
    CHECK(std::format("{}", pk::personnel_category::troops) == "Troops");
}
#endif

TEST_CASE("the formatters' one text per type (what std::format and fmt print)") {
    // The same texts as operator<< writes: "YYYY-MM", alpha-3, UN names.
    CHECK(std::string_view{pk::detail::text_of(pk::month{2020, 12})} == "2020-12");
    CHECK(std::string_view{pk::detail::text_of(pk::country{"CIV"})} == "CIV");
    CHECK(std::string_view{pk::detail::text_of(pk::personnel_category::formed_police_units)} == "Formed Police Units");
    static_assert(pk::detail::printable_value<pk::month>);
    static_assert(!pk::detail::printable_value<int>);
}
