// time/chrono.hpp: pk::month to and from std::chrono::year_month, and the reporting date.
#include <peacekeeping/time/chrono.hpp>

#include <chrono>

#include "support/catch.hpp"

using namespace std::chrono_literals;

static_assert(pk::to_year_month(pk::month{2020, 12}) == 2020y / std::chrono::December);
static_assert(pk::from_year_month(2014y / std::chrono::July) == pk::month{2014, 7});

TEST_CASE("months convert to and from std::chrono::year_month", "[chrono]") {
    CHECK(pk::to_year_month(pk::month{2014, 7}) == std::chrono::year{2014} / std::chrono::July);
    CHECK(pk::from_year_month(2020y / std::chrono::November) == pk::month{2020, 11});
    for (pk::month m{1990, 1}; m <= pk::month{2030, 12}; ++m) {
        const auto ym = pk::to_year_month(m);
        CHECK(ym.ok());
        CHECK(static_cast<int>(ym.year()) == m.year().value());
        CHECK(static_cast<unsigned>(ym.month()) == m.month_of_year());
        CHECK(pk::from_year_month(ym) == m);
    }
}

TEST_CASE("a month's reporting date is its last day", "[chrono]") {
    // 31-Dec-20 is the Dec-2020 rank file's Last_Reporting_Date.
    CHECK(pk::last_day_of(pk::month{2020, 12}) == 2020y / std::chrono::December / 31d);
    CHECK(pk::last_day_of(pk::month{2020, 2}) == 2020y / std::chrono::February / 29d);  // leap
    CHECK(pk::last_day_of(pk::month{2019, 2}) == 2019y / std::chrono::February / 28d);
    CHECK(pk::last_day_of(pk::month{2020, 11}) == 2020y / std::chrono::November / 30d);
    // The two views of the last day agree for every month.
    for (pk::month m{1990, 1}; m <= pk::month{2030, 12}; ++m)
        CHECK(static_cast<unsigned>(pk::last_day_of(m).day()) == m.last_day());
}

TEST_CASE("a date belongs to its month", "[chrono]") {
    CHECK(pk::month_of(2013y / std::chrono::December / 31d) == pk::month{2013, 12});
    CHECK(pk::month_of(2014y / std::chrono::July / 1d) == pk::month{2014, 7});
    CHECK(pk::month_of(pk::last_day_of(pk::month{2022, 1})) == pk::month{2022, 1});
}
