// The {fmt} formatters of <peacekeeping/fmt.hpp>: each value type prints its one text, and
// fmt's width, fill and alignment apply to the whole of it. Expected texts are the types'
// documented forms (month "YYYY-MM", country its alpha-3 code, category its UN name...).
#include <peacekeeping/fmt.hpp>

#include <fmt/core.h>

#include "support/catch.hpp"

TEST_CASE("fmt: value types print their text, padded as a whole") {
    CHECK(fmt::format("{}", pk::month{2014, 7}) == "2014-07");
    CHECK(fmt::format("[{:>9}]", pk::month{2014, 7}) == "[  2014-07]");
    CHECK(fmt::format("{}", pk::year{2022}) == "2022");
    CHECK(fmt::format("{}", pk::month_range{pk::month{2014, 6}, pk::month{2022, 5}}) == "2014-06..2022-05");
    CHECK(fmt::format("[{:<5}]", pk::country{"VNM"}) == "[VNM  ]");
    CHECK(fmt::format("{}", pk::mission{"UNISFA"}) == "UNISFA");
    CHECK(fmt::format("{}", pk::mission::unreported()) == "unreported");
    CHECK(fmt::format("{}", pk::personnel_category::staff_officers) == "Staff Officers");
    CHECK(fmt::format("{}", pk::branch_of(pk::personnel_category::formed_police_units)) == "police");
    CHECK(fmt::format("{}", pk::gender::female) == "female");
    CHECK(fmt::format("{}", pk::role::medical_unit) == "medical unit");
    CHECK(fmt::format("{}", pk::strength{76}) == "76 people present");
    CHECK(fmt::format("{}", pk::person_months{2772}) == "2772 person-months");
    CHECK(fmt::format("{}", pk::persons_deployed{512}) == "512 persons deployed");
    // 76 people for 12 months, averaged over 12: 76.0000 with the four decimals of an average.
    CHECK(fmt::format("{}", pk::person_months{912} / pk::months{12}) == "76.0000 people present");
    CHECK(fmt::format("{:*^11}", pk::country{"VNM"}) == "****VNM****");
}
