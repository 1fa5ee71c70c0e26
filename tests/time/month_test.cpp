// pk::year, pk::months and pk::month: value-type properties, every date style of the data,
// the day checks, the two-digit-year pivot, arithmetic, printing and hashing.
//
// Calendar facts used below (no figure comes from the code under test): 2020 is a leap year
// (divisible by 4, not by 100), 2019 is not, 1900 is not (divisible by 100, not by 400), 2000 is
// (divisible by 400). April, June, September and November have 30 days.
#include <peacekeeping/time/month.hpp>

#include <compare>
#include <concepts>
#include <cstdint>
#include <functional>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>

#include "support/catch.hpp"
#include "support/operations.hpp"

using namespace pk_test;  // addable, subtractable, ..., printed (support/operations.hpp)

// Value types: small, trivially copyable, regular, totally ordered (STYLE.md "Value types").
static_assert(std::regular<pk::month>);
static_assert(std::totally_ordered<pk::month>);
static_assert(std::regular<pk::year>);
static_assert(std::totally_ordered<pk::year>);
static_assert(std::regular<pk::months>);
static_assert(std::totally_ordered<pk::months>);
static_assert(sizeof(pk::month) == 2);
static_assert(sizeof(pk::year) == 2);
static_assert(sizeof(pk::months) == 4);
static_assert(std::is_trivially_copyable_v<pk::month>);
static_assert(std::is_trivially_copyable_v<pk::year>);
static_assert(std::is_trivially_copyable_v<pk::months>);
static_assert(std::same_as<std::compare_three_way_result_t<pk::month>, std::strong_ordering>);

// Points and differences: month + months is a month, month - month is months, and a month
// plus a month is meaningless (Howard Hinnant's monthpmonth.fail.cpp; also tests/compile/).
static_assert(!addable<pk::month, pk::month>);
static_assert(addable<pk::month, pk::months>);
static_assert(addable<pk::months, pk::month>);
static_assert(std::same_as<decltype(pk::month{} + pk::months{}), pk::month>);
static_assert(std::same_as<decltype(pk::month{} - pk::month{}), pk::months>);
static_assert(std::same_as<decltype(pk::month{} - pk::months{}), pk::month>);
static_assert(!subtractable<pk::months, pk::month>);
static_assert(!multipliable<pk::month, int>);
static_assert(!addable<pk::month, int>);
static_assert(!addable<pk::year, pk::year>);
static_assert(!addable<pk::months, int>);
// Explicit in and out: an int is not silently a year, a month count or a month.
static_assert(!std::convertible_to<int, pk::year>);
static_assert(!std::convertible_to<std::int32_t, pk::months>);
static_assert(!std::convertible_to<pk::year, int>);
static_assert(!std::convertible_to<pk::months, int>);
static_assert(!std::convertible_to<pk::month, std::int32_t>);

// Everything is usable at compile time.
static_assert(pk::month{2014, 7}.year() == pk::year{2014});
static_assert(pk::month{2014, 7}.month_of_year() == 7);
static_assert(pk::month::parse("2014-07-31") == pk::month{2014, 7});
static_assert(!pk::month::parse("2019-02-29"));
static_assert(pk::month{2014, 7} - pk::month{2014, 6} == pk::months{1});

TEST_CASE("a month is a year and a month of the year", "[month]") {
    const pk::month july{2014, 7};
    CHECK(july.year() == pk::year{2014});
    CHECK(july.year().value() == 2014);
    CHECK(july.month_of_year() == 7u);
    CHECK(pk::month{pk::year{2014}, 7} == july);
    // The index counts months since January of year 0: 2014 * 12 + (7 - 1).
    CHECK(july.index() == 2014 * 12 + 6);
    CHECK(pk::month::from_index(2014 * 12 + 6) == july);
    // The default is January of year 0, before every real month.
    CHECK(pk::month{} == pk::month{0, 1});
    CHECK(pk::month{} < pk::month{1990, 1});
}

TEST_CASE("the reporting date is the last day of the month", "[month]") {
    CHECK(pk::month{2020, 2}.last_day() == 29u);  // leap year
    CHECK(pk::month{2019, 2}.last_day() == 28u);
    CHECK(pk::month{1900, 2}.last_day() == 28u);  // century, not a leap year
    CHECK(pk::month{2000, 2}.last_day() == 29u);  // divisible by 400
    CHECK(pk::month{2020, 11}.last_day() == 30u);
    CHECK(pk::month{2020, 12}.last_day() == 31u);
    CHECK(pk::month{2014, 4}.last_day() == 30u);
    CHECK(pk::month{2014, 7}.last_day() == 31u);
}

TEST_CASE("every date style found in the data parses to its month", "[month][parse]") {
    // ipi/Gender.Full.csv and the IPI 2014 files: 2013-12-31.
    CHECK(pk::month::parse("2013-12-31") == pk::month{2013, 12});
    CHECK(pk::month::parse("2009-11-30") == pk::month{2009, 11});
    // The UN DPO rank files: 31-Dec-20, 31-Jan-21, 31-Jan-22.
    CHECK(pk::month::parse("31-Dec-20") == pk::month{2020, 12});
    CHECK(pk::month::parse("31-Jan-21") == pk::month{2021, 1});
    CHECK(pk::month::parse("31-Jan-22") == pk::month{2022, 1});
    // HDX odp_contributionsbygender.csv: 30-Nov-20.
    CHECK(pk::month::parse("30-Nov-20") == pk::month{2020, 11});
    // The teaching copy: dd/mm/yyyy.
    CHECK(pk::month::parse("30/11/2020") == pk::month{2020, 11});
    CHECK(pk::month::parse("1/2/2020") == pk::month{2020, 2});
    CHECK(pk::month::parse("01/02/2020") == pk::month{2020, 2});
    // A month alone.
    CHECK(pk::month::parse("2020-11") == pk::month{2020, 11});
    // Four-digit year with a month name.
    CHECK(pk::month::parse("31-Dec-2020") == pk::month{2020, 12});
    CHECK(pk::month::parse("1-Dec-2020") == pk::month{2020, 12});
    // Month names in any case.
    CHECK(pk::month::parse("31-DEC-20") == pk::month{2020, 12});
    CHECK(pk::month::parse("31-dec-20") == pk::month{2020, 12});
    // Every month name.
    const char* names[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    for (unsigned m = 1; m <= 12; ++m) {
        const std::string text = std::string{"1-"} + names[m - 1] + "-14";
        CHECK(pk::month::parse(text) == pk::month{2014, m});
    }
}

TEST_CASE("a day must exist in its month", "[month][parse]") {
    CHECK_FALSE(pk::month::parse("2019-02-29"));  // 2019 is not a leap year
    CHECK(pk::month::parse("2020-02-29") == pk::month{2020, 2});
    CHECK_FALSE(pk::month::parse("29/02/2019"));
    CHECK(pk::month::parse("29/02/2020") == pk::month{2020, 2});
    CHECK_FALSE(pk::month::parse("29-Feb-19"));
    CHECK(pk::month::parse("29-Feb-20") == pk::month{2020, 2});
    CHECK_FALSE(pk::month::parse("1900-02-29"));
    CHECK(pk::month::parse("2000-02-29") == pk::month{2000, 2});
    CHECK_FALSE(pk::month::parse("2020-11-31"));  // November has 30 days
    CHECK_FALSE(pk::month::parse("31-Jun-14"));   // so has June
    CHECK_FALSE(pk::month::parse("31/04/2021"));  // and April
    CHECK_FALSE(pk::month::parse("2020-12-32"));
    CHECK_FALSE(pk::month::parse("2020-12-00"));
    CHECK_FALSE(pk::month::parse("0/12/2020"));
    CHECK_FALSE(pk::month::parse("0-Dec-20"));
}

TEST_CASE("a day field that is not a number is not a date", "[month][parse]") {
    // Regression: these parsed as their month, the unreadable day being taken for "no day".
    CHECK_FALSE(pk::month::parse("2013-12-xx"));
    CHECK_FALSE(pk::month::parse("xx/11/2020"));
    CHECK_FALSE(pk::month::parse("/11/2020"));
    CHECK_FALSE(pk::month::parse("xx-Dec-20"));
    CHECK_FALSE(pk::month::parse("-Dec-20"));
    CHECK_FALSE(pk::month::parse("3a/11/2020"));
}

TEST_CASE("malformed dates are rejected", "[month][parse]") {
    const char* bad[] = {"",           "2020",        "2020-13",     "2020-00",    "2020-1",     "2020/11",
                         "20-11",      "31-Foo-20",   "31-Dec-202",  "31-Dec-",    "31-December-20",
                         "30/11/20",   "30/13/2020",  "30/11/2020/1", "2020-11-30 00:00", " 2020-11",
                         "2020-11 ",   "2020_11_30",  "+020-11",     "2020-+1",    "31-Dec-2O"};
    for (const char* text : bad) {
        INFO(text);
        CHECK_FALSE(pk::month::parse(text));
    }
}

TEST_CASE("two-digit years pivot at 70", "[month][parse]") {
    // 00..69 are 2000..2069, 70..99 are 1970..1999 (month.hpp: UN data starts in 1990).
    CHECK(pk::month::parse("31-Jan-00") == pk::month{2000, 1});
    CHECK(pk::month::parse("31-Jan-69") == pk::month{2069, 1});
    CHECK(pk::month::parse("31-Jan-70") == pk::month{1970, 1});
    CHECK(pk::month::parse("31-Jan-90") == pk::month{1990, 1});
    CHECK(pk::month::parse("31-Jan-99") == pk::month{1999, 1});
    // 1900 is no leap year, 2000 is: the pivot is applied before the day check.
    CHECK(pk::month::parse("29-Feb-00") == pk::month{2000, 2});
    CHECK(pk::month::parse("29-Feb-96") == pk::month{1996, 2});
    CHECK_FALSE(pk::month::parse("29-Feb-97"));
}

TEST_CASE("month arithmetic rolls over years", "[month][arithmetic]") {
    const pk::month dec2020{2020, 12};
    CHECK(dec2020 + pk::months{1} == pk::month{2021, 1});
    CHECK(pk::months{1} + dec2020 == pk::month{2021, 1});
    CHECK(dec2020 - pk::months{12} == pk::month{2019, 12});
    CHECK(pk::month{2021, 1} - pk::months{1} == dec2020);
    CHECK(pk::month{2021, 1} - dec2020 == pk::months{1});
    CHECK(dec2020 - pk::month{2021, 1} == pk::months{-1});
    // Viet Nam's first row (2014-07) to the Jan-2022 rank file: 7 years and 6 months = 90.
    CHECK(pk::month{2022, 1} - pk::month{2014, 7} == pk::months{90});
    // 2014-06..2022-05: 7 years and 11 months apart.
    CHECK(pk::month{2022, 5} - pk::month{2014, 6} == pk::months{7 * 12 + 11});

    pk::month m{2014, 11};
    CHECK(++m == pk::month{2014, 12});
    CHECK(m++ == pk::month{2014, 12});
    CHECK(m == pk::month{2015, 1});
    CHECK(--m == pk::month{2014, 12});
    CHECK(m-- == pk::month{2014, 12});
    CHECK(m == pk::month{2014, 11});
    m += pk::months{14};
    CHECK(m == pk::month{2016, 1});
    m -= pk::months{25};
    CHECK(m == pk::month{2013, 12});

    // months: a difference, with its own arithmetic.
    CHECK(pk::months{3} + pk::months{4} == pk::months{7});
    CHECK(pk::months{3} - pk::months{4} == pk::months{-1});
    CHECK(-pk::months{3} == pk::months{-3});
    CHECK(pk::months{3} * 4 == pk::months{12});
    CHECK(4 * pk::months{3} == pk::months{12});
    pk::months n{5};
    n += pk::months{2};
    CHECK(n == pk::months{7});
    n -= pk::months{10};
    CHECK(n.count() == -3);

    pk::year y{2014};
    CHECK(++y == pk::year{2015});
    CHECK(y++ == pk::year{2015});
    CHECK(--y == pk::year{2015});
    CHECK(y-- == pk::year{2015});
    CHECK(y == pk::year{2014});
}

TEST_CASE("months before year 0 still have a year and a month", "[month]") {
    // Floor division: index -1 is December of year -1, not "month 0 of year 0".
    const auto m = pk::month::from_index(-1);
    CHECK(m.year() == pk::year{-1});
    CHECK(m.month_of_year() == 12u);
    CHECK(m + pk::months{1} == pk::month{0, 1});
}

TEST_CASE("months order by time", "[month]") {
    CHECK(pk::month{2014, 12} < pk::month{2015, 1});
    CHECK(pk::month{2015, 1} > pk::month{2014, 12});
    CHECK(pk::month{2014, 2} < pk::month{2014, 11});
    CHECK((pk::month{2014, 7} <=> pk::month{2014, 7}) == std::strong_ordering::equal);
    CHECK(pk::year{1999} < pk::year{2000});
    CHECK(pk::months{-1} < pk::months{0});
}

TEST_CASE("printing: one text, padded whole by setw", "[month][print]") {
    CHECK(printed(pk::month{2014, 7}) == "2014-07");
    CHECK(printed(pk::month{2020, 12}) == "2020-12");
    CHECK(pk::month{2014, 7}.text().view() == "2014-07");
    CHECK(printed(pk::year{2014}) == "2014");
    CHECK(printed(pk::year{990}) == "0990");
    CHECK(printed(pk::months{1}) == "1 month");
    CHECK(printed(pk::months{-1}) == "-1 month");
    CHECK(printed(pk::months{90}) == "90 months");
    CHECK(printed(pk::months{0}) == "0 months");

    std::ostringstream out;
    out << std::setw(10) << pk::month{2014, 7} << '|' << std::left << std::setw(9) << pk::month{2020, 12} << '|'
        << std::right << std::setfill('*') << std::setw(6) << pk::year{2014} << '|' << std::setw(12)
        << pk::months{3};
    // 10 - 7 = 3 spaces; 9 - 7 = 2 spaces after; 6 - 4 = 2 stars; 12 - 8 = 4 stars.
    CHECK(out.str() == "   2014-07|2020-12  |**2014|****3 months");

    // Every printed month parses back to itself.
    for (pk::month m{1990, 1}; m <= pk::month{2030, 12}; ++m) {
        INFO(printed(m));
        CHECK(pk::month::parse(printed(m)) == m);
    }
}

TEST_CASE("hashes are exact: distinct values, distinct hashes", "[month][hash]") {
    std::set<std::size_t> month_hashes, year_hashes, count_hashes;
    std::size_t months_seen = 0;
    for (pk::month m{1950, 1}; m <= pk::month{2050, 12}; ++m, ++months_seen) month_hashes.insert(std::hash<pk::month>{}(m));
    CHECK(month_hashes.size() == months_seen);  // 101 years of 12 months
    CHECK(months_seen == 101u * 12u);
    for (int y = -50; y <= 3000; ++y) year_hashes.insert(std::hash<pk::year>{}(pk::year{y}));
    CHECK(year_hashes.size() == 3051u);
    for (std::int32_t n = -600; n <= 600; ++n) count_hashes.insert(std::hash<pk::months>{}(pk::months{n}));
    CHECK(count_hashes.size() == 1201u);
    // Equal values hash equal.
    CHECK(std::hash<pk::month>{}(pk::month{2014, 7}) == std::hash<pk::month>{}(*pk::month::parse("31/07/2014")));
}
