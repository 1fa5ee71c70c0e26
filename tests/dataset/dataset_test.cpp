// pk::dataset: rows plus the months their sources cover (a month not covered is unknown, not
// zero), merging, ordering and equality.
#include <peacekeeping/dataset/dataset.hpp>

#include <algorithm>
#include <vector>

#include "support/catch.hpp"

namespace {
constexpr pk::country viet_nam{"VNM"};
constexpr pk::country korea{"KOR"};
constexpr pk::mission unmiss{"UNMISS"};

pk::contribution row(pk::month m, pk::country c, std::uint16_t male) {
    return {.month = m, .country = c, .mission = unmiss, .category = pk::personnel_category::troops, .female = 0,
            .male = male, .gender_unreported = 0};
}
}  // namespace

TEST_CASE("rows and covered months", "[dataset]") {
    pk::dataset data;
    CHECK(data.empty());
    CHECK_FALSE(data.period());
    data.add(row(pk::month{2014, 7}, viet_nam, 2));
    data.add(row(pk::month{2014, 7}, korea, 273));
    CHECK(data.size() == 2u);
    CHECK_FALSE(data.empty());
    CHECK(data.contributions()[1].male == 273);
    CHECK(std::distance(data.begin(), data.end()) == 2);
    // Rows do not cover months by themselves: a reader says what its source covered.
    CHECK_FALSE(data.covers(pk::month{2014, 7}));
    data.cover(pk::month{2014, 8});
    data.cover(pk::month{2014, 4});
    data.cover(pk::month{2014, 7});
    CHECK(data.covers(pk::month{2014, 7}));
    CHECK_FALSE(data.covers(pk::month{2014, 6}));
    // Covered months are kept in order, each once.
    data.cover(pk::month{2014, 7});
    REQUIRE(data.covered_months().size() == 3u);
    CHECK(data.covered_months()[0].month == pk::month{2014, 4});
    CHECK(data.covered_months()[1].month == pk::month{2014, 7});
    CHECK(data.covered_months()[2].month == pk::month{2014, 8});
    CHECK(data.period() == pk::month_range{pk::month{2014, 4}, pk::month{2014, 8}});
    // Of 2014-05..2014-08 two months are covered (07 and 08); of the whole year, three.
    CHECK(data.covered_count(pk::month_range{pk::month{2014, 5}, pk::month{2014, 8}}) == 2u);
    CHECK(data.covered_count(pk::month_range::of_year(pk::year{2014})) == 3u);
    CHECK(data.covered_count(pk::month_range::of_year(pk::year{2015})) == 0u);
}

TEST_CASE("a month covered twice tells only what both sources tell", "[dataset][coverage]") {
    pk::dataset data;
    data.cover(pk::month{2018, 3}, {.missions = false});            // UN report without missions
    data.cover(pk::month{2018, 3}, {.genders = false});             // a snapshot without genders
    const auto coverage = data.coverage(pk::month{2018, 3});
    REQUIRE(coverage);
    CHECK(*coverage == pk::month_coverage{.missions = false, .genders = false, .categories = true});
    CHECK_FALSE(data.coverage(pk::month{2018, 4}));
    CHECK((pk::month_coverage{} & pk::month_coverage{}) == pk::month_coverage{});
}

TEST_CASE("merge adds rows and months; equality ignores row order", "[dataset]") {
    pk::dataset a, b;
    a.add(row(pk::month{2014, 7}, viet_nam, 2));
    a.cover(pk::month{2014, 7});
    b.add(row(pk::month{2014, 8}, korea, 270));
    b.add(row(pk::month{2014, 7}, korea, 273));
    b.cover(pk::month{2014, 8});
    b.cover(pk::month{2014, 7}, {.genders = false});
    pk::dataset merged = a;
    merged.merge(b);
    CHECK(merged.size() == 3u);
    CHECK(merged.covered_months().size() == 2u);
    CHECK(merged.coverage(pk::month{2014, 7}) == pk::month_coverage{.genders = false});

    // Same rows in another order, same coverage: equal.
    pk::dataset other;
    other.add(row(pk::month{2014, 7}, korea, 273));
    other.add(row(pk::month{2014, 8}, korea, 270));
    other.add(row(pk::month{2014, 7}, viet_nam, 2));
    other.cover(pk::month{2014, 8});
    other.cover(pk::month{2014, 7}, {.genders = false});
    CHECK(merged == other);
    // Different coverage: not equal.
    pk::dataset uncovered = other;
    uncovered.cover(pk::month{2014, 9});
    CHECK_FALSE(merged == uncovered);
    // Different figures: not equal.
    pk::dataset changed;
    changed.add(row(pk::month{2014, 7}, korea, 274));
    changed.add(row(pk::month{2014, 8}, korea, 270));
    changed.add(row(pk::month{2014, 7}, viet_nam, 2));
    changed.cover(pk::month{2014, 8});
    changed.cover(pk::month{2014, 7}, {.genders = false});
    CHECK_FALSE(merged == changed);

    // sort() puts rows in record order: month first, then country (KOR before VNM).
    merged.sort();
    CHECK(merged.contributions()[0].country == korea);
    CHECK(merged.contributions()[0].month == pk::month{2014, 7});
    CHECK(merged.contributions()[1].country == viet_nam);
    CHECK(merged.contributions()[2].month == pk::month{2014, 8});
    CHECK(std::is_sorted(merged.begin(), merged.end()));
}

TEST_CASE("a dataset merged into itself holds its rows twice", "[dataset]") {
    pk::dataset data;
    data.add(row(pk::month{2020, 1}, viet_nam, 10));
    data.add(row(pk::month{2020, 1}, korea, 4));
    data.cover(pk::month{2020, 1});
    data.shrink_to_fit();  // capacity = size: the merge must grow the block it reads from
    data.merge(data);
    REQUIRE(data.size() == 4);
    const auto rows = data.contributions();
    CHECK(rows[2] == rows[0]);
    CHECK(rows[3] == rows[1]);
    CHECK(rows[3].male == 4);
    CHECK(data.covered_months().size() == 1);
}
