// pk::month_range: an inclusive range of reporting months (iterable, contains, size,
// intersection, parse, print, hash).
#include <peacekeeping/time/month_range.hpp>

#include <algorithm>
#include <concepts>
#include <functional>
#include <iomanip>
#include <iterator>
#include <ranges>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "support/catch.hpp"
#include "support/operations.hpp"

using namespace pk_test;  // addable, subtractable, ..., printed (support/operations.hpp)

static_assert(std::regular<pk::month_range>);
static_assert(std::totally_ordered<pk::month_range>);
static_assert(std::is_trivially_copyable_v<pk::month_range>);
static_assert(sizeof(pk::month_range) == 2 * sizeof(pk::month));
static_assert(std::random_access_iterator<pk::month_range::iterator>);
static_assert(std::ranges::random_access_range<pk::month_range>);
static_assert(std::ranges::sized_range<pk::month_range>);
static_assert(std::ranges::common_range<pk::month_range>);
static_assert(std::same_as<std::ranges::range_value_t<pk::month_range>, pk::month>);
static_assert(!addable<pk::month_range, pk::month_range>);
static_assert(pk::month_range::parse("2014-06..2022-05")->size() == 96);

TEST_CASE("a range parses from first..last and knows its size", "[month_range]") {
    // 2014-06..2022-05: 7 months of 2014 (Jun..Dec), 7 whole years 2015..2021 (84 months),
    // 5 months of 2022 (Jan..May): 7 + 84 + 5 = 96.
    const auto range = pk::month_range::parse("2014-06..2022-05");
    REQUIRE(range);
    CHECK(range->first() == pk::month{2014, 6});
    CHECK(range->last() == pk::month{2022, 5});
    CHECK(range->size() == 96u);
    CHECK(range->length() == pk::months{96});
    CHECK(*range == pk::month_range{pk::month{2014, 6}, pk::month{2022, 5}});

    // Other date styles on either side: the month of each date.
    CHECK(pk::month_range::parse("31-Dec-20..31-Jan-22") == pk::month_range{pk::month{2020, 12}, pk::month{2022, 1}});
    CHECK(pk::month_range::parse("2014-03-31..2014-08-31") == pk::month_range{pk::month{2014, 3}, pk::month{2014, 8}});
    // One month alone is a range of one.
    const auto single = pk::month_range::parse("2020-11");
    REQUIRE(single);
    CHECK(single->size() == 1u);
    CHECK(single->first() == single->last());
    CHECK(pk::month_range::parse("2020-11..2020-11") == single);

    // Empty and malformed ranges are not ranges.
    CHECK_FALSE(pk::month_range::parse("2022-05..2014-06"));  // reversed: empty
    CHECK_FALSE(pk::month_range::parse("2014-06.."));
    CHECK_FALSE(pk::month_range::parse("..2014-06"));
    CHECK_FALSE(pk::month_range::parse("2014-06...2014-07"));
    CHECK_FALSE(pk::month_range::parse("2014-06 .. 2014-07"));
    CHECK_FALSE(pk::month_range::parse(""));
    CHECK_FALSE(pk::month_range::parse("2014-13..2015-01"));

    CHECK(pk::month_range::of_year(pk::year{2014}) == pk::month_range{pk::month{2014, 1}, pk::month{2014, 12}});
    CHECK(pk::month_range::of_year(pk::year{2014}).size() == 12u);
    CHECK(pk::month_range{}.size() == 1u);  // the default: January of year 0 alone
}

TEST_CASE("a range contains its months and its sub-ranges", "[month_range]") {
    const pk::month_range range{pk::month{2014, 6}, pk::month{2022, 5}};
    CHECK(range.contains(pk::month{2014, 6}));
    CHECK(range.contains(pk::month{2022, 5}));
    CHECK(range.contains(pk::month{2020, 12}));
    CHECK_FALSE(range.contains(pk::month{2014, 5}));
    CHECK_FALSE(range.contains(pk::month{2022, 6}));
    CHECK(range.contains(pk::month_range{pk::month{2015, 1}, pk::month{2015, 12}}));
    CHECK(range.contains(range));
    CHECK_FALSE(range.contains(pk::month_range{pk::month{2014, 5}, pk::month{2015, 12}}));
    CHECK_FALSE(range.contains(pk::month_range{pk::month{2022, 1}, pk::month{2022, 6}}));
}

TEST_CASE("a range iterates its months in order", "[month_range]") {
    const pk::month_range range{pk::month{2014, 11}, pk::month{2015, 2}};
    std::vector<pk::month> seen;
    for (pk::month m : range) seen.push_back(m);
    const std::vector<pk::month> expected{pk::month{2014, 11}, pk::month{2014, 12}, pk::month{2015, 1},
                                          pk::month{2015, 2}};
    CHECK(seen == expected);
    CHECK(std::ranges::distance(range) == 4);
    CHECK(static_cast<std::size_t>(std::distance(range.begin(), range.end())) == range.size());
    CHECK(range.begin()[2] == pk::month{2015, 1});
    CHECK(*(range.begin() + 3) == pk::month{2015, 2});
    CHECK(*(3 + range.begin()) == pk::month{2015, 2});
    CHECK(*(range.end() - 1) == pk::month{2015, 2});
    CHECK(range.end() - range.begin() == 4);
    CHECK(range.begin() < range.end());
    auto it = range.begin();
    CHECK(*it++ == pk::month{2014, 11});
    CHECK(*it == pk::month{2014, 12});
    CHECK(*--it == pk::month{2014, 11});
    it += 2;
    CHECK(*it == pk::month{2015, 1});
    it -= 1;
    CHECK(*it == pk::month{2014, 12});
    CHECK(*it-- == pk::month{2014, 12});
    CHECK(it == range.begin());
    // Algorithms work on it: the Decembers of 2014-06..2022-05 are 2014..2021, eight.
    const pk::month_range long_range{pk::month{2014, 6}, pk::month{2022, 5}};
    CHECK(std::ranges::count_if(long_range, [](pk::month m) { return m.month_of_year() == 12; }) == 8);
    CHECK(std::ranges::find(long_range, pk::month{2020, 12}) != long_range.end());
    // Reverse iteration (bidirectional): the last month first.
    CHECK(*std::ranges::rbegin(long_range) == pk::month{2022, 5});
}

TEST_CASE("intersection: the months both ranges contain", "[month_range]") {
    const pk::month_range a{pk::month{2014, 6}, pk::month{2022, 5}};
    const pk::month_range b{pk::month{2020, 1}, pk::month{2025, 7}};
    CHECK(intersection(a, b) == pk::month_range{pk::month{2020, 1}, pk::month{2022, 5}});
    CHECK(intersection(b, a) == intersection(a, b));
    CHECK(intersection(a, a) == a);
    // Inside: the smaller range.
    const pk::month_range inside{pk::month{2015, 1}, pk::month{2015, 12}};
    CHECK(intersection(a, inside) == inside);
    // Touching in one month.
    const pk::month_range touching{pk::month{2022, 5}, pk::month{2023, 1}};
    CHECK(intersection(a, touching) == pk::month_range{pk::month{2022, 5}, pk::month{2022, 5}});
    // Apart: nothing.
    const pk::month_range apart{pk::month{2022, 6}, pk::month{2023, 1}};
    CHECK_FALSE(intersection(a, apart));
    CHECK_FALSE(intersection(apart, a));
}

TEST_CASE("ranges order by first month, then last", "[month_range]") {
    const pk::month_range a{pk::month{2014, 6}, pk::month{2014, 8}};
    const pk::month_range b{pk::month{2014, 6}, pk::month{2014, 9}};
    const pk::month_range c{pk::month{2014, 7}, pk::month{2014, 7}};
    CHECK(a < b);
    CHECK(b < c);
    CHECK(a < c);
    CHECK(a == pk::month_range{pk::month{2014, 6}, pk::month{2014, 8}});
    CHECK(a != b);
}

TEST_CASE("a range prints as first..last, padded whole", "[month_range][print]") {
    const pk::month_range range{pk::month{2014, 6}, pk::month{2022, 5}};
    CHECK(printed(range) == "2014-06..2022-05");
    CHECK(pk::month_range::parse(printed(range)) == range);
    std::ostringstream out;
    out << std::setw(20) << range << '|' << std::left << std::setw(18) << range << '|';
    // "2014-06..2022-05" is 16 characters: 4 spaces before, then 2 after.
    CHECK(out.str() == "    2014-06..2022-05|2014-06..2022-05  |");
}

TEST_CASE("range hashes are exact", "[month_range][hash]") {
    std::set<std::size_t> hashes;
    std::size_t ranges = 0;
    const pk::month_range years{pk::month{2010, 1}, pk::month{2014, 12}};
    for (pk::month first : years)
        for (pk::month last = first; last <= years.last(); ++last, ++ranges)
            hashes.insert(std::hash<pk::month_range>{}(pk::month_range{first, last}));
    // 60 months: 60 * 61 / 2 = 1830 ranges with first <= last.
    CHECK(ranges == 1830u);
    CHECK(hashes.size() == ranges);
}
