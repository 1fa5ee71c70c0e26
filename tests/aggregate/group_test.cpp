// Grouping and measures on tiny datasets whose figures are worked out by hand below.
#include <peacekeeping/aggregate/by.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/group_key.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/csv/read.hpp>

#include <algorithm>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <tuple>
#include <type_traits>
#include <vector>

#include "support/catch.hpp"

namespace {

using pk::group_key;
using pk::month;
using pk::personnel_category;

constexpr pk::country vnm{"VNM"};
constexpr pk::country idn{"IDN"};
constexpr pk::mission unmiss{"UNMISS"};
constexpr pk::mission minusca{"MINUSCA"};

pk::contribution row(month m, pk::country c, pk::mission mi, personnel_category k, std::uint16_t f, std::uint16_t ma,
                     std::uint16_t unknown = 0) {
    return {m, c, mi, k, f, ma, unknown};
}

// Covered: 2020-01, 2020-02, 2020-04, 2020-12, and 2021-01 whose source has no gender split.
// 2020-03 is not covered: its row must not count anywhere.
//
//   month    VNM                                   IDN
//   2020-01  UNMISS Troops 2f 8m; MINUSCA EoM 1f 1m  -
//   2020-02  UNMISS Troops 3f 9m                     -
//   2020-03  (UNMISS Troops 5f 5m: uncovered)        -
//   2020-04  -  (a real zero)                        UNMISS Troops 0f 4m
//   2020-12  UNMISS Troops 1f 1m                     UNMISS IPO 2f 2m
//   2021-01  no mission, Troops, 30 of unknown gender -
pk::dataset sample() {
    pk::dataset d;
    d.cover(month{2020, 1});
    d.cover(month{2020, 2});
    d.cover(month{2020, 4});
    d.cover(month{2020, 12});
    d.cover(month{2021, 1}, {.missions = false, .genders = false, .categories = true});
    d.add(row(month{2020, 1}, vnm, unmiss, personnel_category::troops, 2, 8));
    d.add(row(month{2020, 1}, vnm, minusca, personnel_category::experts_on_mission, 1, 1));
    d.add(row(month{2020, 2}, vnm, unmiss, personnel_category::troops, 3, 9));
    d.add(row(month{2020, 3}, vnm, unmiss, personnel_category::troops, 5, 5));
    d.add(row(month{2020, 4}, idn, unmiss, personnel_category::troops, 0, 4));
    d.add(row(month{2020, 12}, vnm, unmiss, personnel_category::troops, 1, 1));
    d.add(row(month{2020, 12}, idn, unmiss, personnel_category::individual_police, 2, 2));
    d.add(row(month{2021, 1}, vnm, pk::mission::unreported(), personnel_category::troops, 0, 0, 30));
    return d;
}

const pk::group_row* find(const pk::grouping& g, std::vector<pk::key_value> keys) {
    for (const auto& r : g.rows())
        if (std::equal(r.keys().begin(), r.keys().end(), keys.begin(), keys.end())) return &r;
    return nullptr;
}

}  // namespace

TEST_CASE("by country and year: every measure, worked by hand") {
    const pk::dataset d = sample();
    const auto g = pk::group(d, {group_key::country, group_key::year});
    REQUIRE(g.rows().size() == 3);
    CHECK(g.uncovered_rows() == 1);
    CHECK(g.counted_rows() == 7);
    CHECK(g.covered_months() == 5);

    // VNM 2020, strength by covered month: Jan 2+8+1+1 = 12, Feb 12, Apr 0, Dec 2.
    // person-months 26 over 4 covered months: average 6.5; peak 12; year-end 2 (December).
    // female share: female 2+1+3+1 = 7 of 26, over the 4 months (all split genders).
    const auto* vnm_2020 = find(g, {pk::key_value::of(vnm), pk::key_value::of(pk::year{2020})});
    REQUIRE(vnm_2020 != nullptr);
    CHECK(vnm_2020->person_months == pk::person_months{26});
    CHECK(vnm_2020->average.strength == pk::average_strength{6.5});
    CHECK(vnm_2020->average.covered == pk::months{4});
    CHECK(vnm_2020->peak == pk::strength{12});
    CHECK(vnm_2020->year_end == pk::strength{2});
    CHECK(vnm_2020->year_end_month == month{2020, 12});
    CHECK(vnm_2020->female_share.female == pk::person_months{7});
    CHECK(vnm_2020->female_share.female_and_male == pk::person_months{26});
    CHECK(vnm_2020->female_share.covered == pk::months{4});
    CHECK(vnm_2020->period == pk::month_range::of_year(pk::year{2020}));

    // IDN 2020: Jan 0, Feb 0, Apr 4, Dec 4: 8 person-months / 4 = 2; peak 4; year-end 4; 2 women of 8.
    const auto* idn_2020 = find(g, {pk::key_value::of(idn), pk::key_value::of(pk::year{2020})});
    REQUIRE(idn_2020 != nullptr);
    CHECK(idn_2020->person_months == pk::person_months{8});
    CHECK(idn_2020->average.strength == pk::average_strength{2.0});
    CHECK(idn_2020->peak == pk::strength{4});
    CHECK(idn_2020->year_end == pk::strength{4});
    CHECK(idn_2020->value(pk::measure::female).number() == pk_test::Approx(0.25));

    // VNM 2021: one month, 30 people of unknown gender; no month with a gender split.
    const auto* vnm_2021 = find(g, {pk::key_value::of(vnm), pk::key_value::of(pk::year{2021})});
    REQUIRE(vnm_2021 != nullptr);
    CHECK(vnm_2021->person_months == pk::person_months{30});
    CHECK(vnm_2021->average.covered == pk::months{1});
    CHECK(vnm_2021->year_end_month == month{2021, 1});
    CHECK(vnm_2021->female_share.covered == pk::months{0});
    CHECK_FALSE(vnm_2021->female_share.fraction().has_value());
    CHECK_FALSE(vnm_2021->value(pk::measure::female).has_value());
    CHECK(std::string{vnm_2021->value(pk::measure::female).text().view()}.empty());
}

TEST_CASE("no time key: the period is every covered month, or the filter's") {
    const pk::dataset d = sample();
    // 2021-01 gives no mission: a real mission's figure that month is unknown, not 0, so UNMISS
    // and MINUSCA rest on the 4 covered months of 2020. UNMISS: 10, 12, 4, 2+4 = 32; average 8;
    // peak 12; year-end 6 (2020-12). MINUSCA: 2 in 2020-01, average 0.5, year-end 0 (2020-12).
    // The unreported mission needs nothing named: 30 in 2021-01 over all 5 months = 6.
    const auto g = pk::group(d, {group_key::mission});
    REQUIRE(g.rows().size() == 3);
    // Sorted by key: the unreported mission (index 0) first, then by acronym.
    CHECK(g.rows()[0].key(0).mission() == pk::mission::unreported());
    CHECK(std::string{g.rows()[0].key(0).text().view()} == "unreported");
    CHECK(g.rows()[0].person_months == pk::person_months{30});
    CHECK(g.rows()[0].average.strength == pk::average_strength{6.0});
    CHECK(g.rows()[1].key(0).mission() == minusca);
    CHECK(g.rows()[1].person_months == pk::person_months{2});
    CHECK(g.rows()[1].average.strength.people() == pk_test::Approx(0.5));
    CHECK(g.rows()[1].year_end == pk::strength{0});
    CHECK(g.rows()[1].year_end_month == month{2020, 12});
    CHECK(g.rows()[2].key(0).mission() == unmiss);
    CHECK(g.rows()[2].person_months == pk::person_months{32});
    CHECK(g.rows()[2].average.strength == pk::average_strength{8.0});
    CHECK(g.rows()[2].average.covered == pk::months{4});
    CHECK(g.rows()[2].peak == pk::strength{12});
    CHECK(g.rows()[2].year_end == pk::strength{6});
    CHECK(g.rows()[2].year_end_month == month{2020, 12});

    // With --from 2020-02 --to 2020-06: covered months Feb and Apr only. UNMISS 12 + 4 = 16, /2 = 8.
    pk::group_options options;
    options.filter.months = pk::month_range{month{2020, 2}, month{2020, 6}};
    const auto cut = pk::group(d, {group_key::mission}, options);
    REQUIRE(cut.rows().size() == 1);
    CHECK(cut.rows()[0].person_months == pk::person_months{16});
    CHECK(cut.rows()[0].average.strength == pk::average_strength{8.0});
    CHECK(cut.rows()[0].average.covered == pk::months{2});
    CHECK(cut.rows()[0].period == pk::month_range{month{2020, 2}, month{2020, 6}});
    CHECK(cut.uncovered_rows() == 1);  // 2020-03 is inside the filter and covered by nothing
}

TEST_CASE("no key at all: the grand total") {
    // 26 + 8 + 30 = 64 person-months over 5 covered months.
    const auto g = pk::group(sample(), std::vector<group_key>{});
    REQUIRE(g.rows().size() == 1);
    CHECK(g.rows()[0].keys().empty());
    CHECK(g.rows()[0].person_months == pk::person_months{64});
    CHECK(g.rows()[0].average.strength.people() == pk_test::Approx(12.8));
}

TEST_CASE("gender splits rows; people of unreported gender go to neither part") {
    const auto g = pk::group(sample(), {group_key::year, group_key::gender});
    // 2020 female: VNM 2+1+3+1 = 7, IDN 2: 9. Male: VNM 8+1+9+1 = 19, IDN 4+2 = 6: 25. 9 + 25 = 26 + 8.
    // 2021: 2021-01 gives no gender split, so its female and male figures are unknown, not 0:
    // no month of 2021 can be counted for either part, and neither group is emitted.
    REQUIRE(g.rows().size() == 2);
    CHECK(std::string{g.rows()[0].key(1).text().view()} == "female");
    CHECK(g.rows()[0].person_months == pk::person_months{9});
    CHECK(g.rows()[0].peak == pk::strength{3});  // Jan 3, Feb 3, Apr 0, Dec 3
    CHECK(std::string{g.rows()[1].key(1).text().view()} == "male");
    CHECK(g.rows()[1].person_months == pk::person_months{25});
}

TEST_CASE("month key: each covered month is a period of one month") {
    const auto g = pk::group(sample(), {group_key::month});
    // Jan 12, Feb 12, Apr 4, Dec 6, Jan-21 30; March is not covered and so not a period.
    REQUIRE(g.rows().size() == 5);
    const std::int64_t expected[] = {12, 12, 4, 6, 30};
    for (std::size_t i = 0; i < 5; ++i) {
        CHECK(g.rows()[i].person_months == pk::person_months{expected[i]});
        CHECK(g.rows()[i].average.covered == pk::months{1});
    }
    CHECK(std::string{g.rows()[2].key(0).text().view()} == "2020-04");
}

TEST_CASE("category, branch, region, subregion keys print the pk-report text") {
    const auto g = pk::group(sample(), {group_key::branch, group_key::category, group_key::region, group_key::subregion});
    std::vector<std::string> lines;
    for (const auto& r : g.rows()) {
        std::string line;
        for (const auto& k : r.keys()) line += std::string{k.text().view()} + "|";
        lines.push_back(line + std::to_string(r.person_months.value()));
    }
    // Troops: VNM 10 + 12 + 2 + 30 (no mission) and IDN 4 = 58; Experts on Mission: VNM 2;
    // Individual Police: IDN 4. Both countries are in Asia / South-eastern Asia.
    const std::vector<std::string> expected = {
        "military|Troops|Asia|South-eastern Asia|58",
        "military|Experts on Mission|Asia|South-eastern Asia|2",
        "police|Individual Police|Asia|South-eastern Asia|4",
    };
    CHECK(lines == expected);
}

TEST_CASE("filters: countries, missions, categories") {
    pk::group_options options;
    options.filter.countries = {idn};
    auto g = pk::group(sample(), {group_key::year}, options);
    REQUIRE(g.rows().size() == 1);  // IDN has no 2021 row
    CHECK(g.rows()[0].person_months == pk::person_months{8});

    options = {};
    options.filter.missions = {pk::mission::unreported()};
    g = pk::group(sample(), {group_key::year}, options);
    REQUIRE(g.rows().size() == 1);
    CHECK(g.rows()[0].key(0).year() == pk::year{2021});
    CHECK(g.rows()[0].person_months == pk::person_months{30});

    options = {};
    options.filter.categories = {personnel_category::troops, personnel_category::experts_on_mission};
    g = pk::group(sample(), std::vector<group_key>{}, options);
    CHECK(g.rows()[0].person_months == pk::person_months{60});  // 64 - IDN's 4 IPO person-months
}

TEST_CASE("lineage joins a mission and its successors") {
    pk::dataset d;
    d.cover(month{2010, 6});
    d.cover(month{2010, 7});
    d.add(row(month{2010, 6}, idn, pk::mission{"MONUC"}, personnel_category::troops, 0, 100));
    d.add(row(month{2010, 7}, idn, pk::mission{"MONUSCO"}, personnel_category::troops, 0, 120));
    const auto by_lineage = pk::group(d, {group_key::lineage});
    REQUIRE(by_lineage.rows().size() == 1);
    CHECK(std::string{by_lineage.rows()[0].key(0).text().view()} == "MONUSCO");
    CHECK(by_lineage.rows()[0].person_months == pk::person_months{220});
    CHECK(by_lineage.rows()[0].average.strength == pk::average_strength{110.0});
    CHECK(pk::group(d, {group_key::mission}).rows().size() == 2);
}

TEST_CASE("bloc: a country counts only in the months it was a member, in every bloc it is in") {
    pk::dataset d;
    for (month m : {month{2013, 6}, month{2013, 7}, month{2016, 12}, month{2017, 1}, month{2020, 1}, month{2020, 2}})
        d.cover(m);
    constexpr pk::country hrv{"HRV"}, gbr{"GBR"}, mar{"MAR"};
    d.add(row(month{2013, 6}, hrv, unmiss, personnel_category::troops, 0, 10));  // before joining the EU (2013-07)
    d.add(row(month{2013, 7}, hrv, unmiss, personnel_category::troops, 0, 10));
    d.add(row(month{2016, 12}, mar, unmiss, personnel_category::troops, 0, 3));  // before rejoining the AU
    d.add(row(month{2017, 1}, mar, unmiss, personnel_category::troops, 0, 3));
    d.add(row(month{2020, 1}, gbr, unmiss, personnel_category::troops, 0, 5));  // last month in the EU
    d.add(row(month{2020, 2}, gbr, unmiss, personnel_category::troops, 0, 5));

    auto g = pk::group(d, {group_key::bloc, group_key::month});
    std::vector<std::string> lines;
    for (const auto& r : g.rows())
        lines.push_back(std::string{r.key(0).text().view()} + " " + std::string{r.key(1).text().view()} + " " +
                        std::to_string(r.person_months.value()));
    CHECK(lines == std::vector<std::string>{"AU 2017-01 3", "EU 2013-07 10", "EU 2020-01 5"});

    // A user's bloc that also holds Croatia from 2013-06: Croatia counts in both.
    std::vector<pk::bloc> mine{pk::bloc{"ADRIATIC", {{hrv, month{2013, 6}, std::nullopt, "test"}}},
                               pk::bloc{"EU", {{hrv, month{2013, 7}, std::nullopt, "test"}}}};
    pk::group_options options;
    options.blocs = mine;
    g = pk::group(d, {group_key::bloc}, options);
    REQUIRE(g.rows().size() == 2);
    CHECK(g.rows()[0].key(0).bloc_name() == "ADRIATIC");
    CHECK(g.rows()[0].person_months == pk::person_months{20});
    CHECK(g.rows()[1].key(0).bloc_name() == "EU");
    CHECK(g.rows()[1].person_months == pk::person_months{10});

    // The bloc filter keeps members in their member months only: EU = 10 + 5.
    pk::group_options eu_only;
    eu_only.filter.blocs = {"EU"};
    g = pk::group(d, std::vector<group_key>{}, eu_only);
    CHECK(g.rows()[0].person_months == pk::person_months{15});
    eu_only.filter.blocs = {"NO SUCH BLOC"};
    CHECK(pk::group(d, std::vector<group_key>{}, eu_only).rows().empty());
}

TEST_CASE("many keys: the sparse path gives what the dense path gives") {
    const pk::dataset d = sample();
    // country x mission x lineage x category x branch x region x subregion exceeds the dense limit.
    const auto wide = pk::group(d, {group_key::country, group_key::mission, group_key::lineage, group_key::category,
                                    group_key::branch, group_key::region, group_key::subregion});
    const auto narrow = pk::group(d, {group_key::country, group_key::mission, group_key::category});
    REQUIRE(wide.rows().size() == narrow.rows().size());
    for (std::size_t i = 0; i < wide.rows().size(); ++i) {
        CHECK(wide.rows()[i].key(0) == narrow.rows()[i].key(0));
        CHECK(wide.rows()[i].key(1) == narrow.rows()[i].key(1));
        CHECK(wide.rows()[i].key(3) == narrow.rows()[i].key(2));
        CHECK(wide.rows()[i].person_months == narrow.rows()[i].person_months);
        CHECK(wide.rows()[i].peak == narrow.rows()[i].peak);
    }
}

// Every figure of a grouping on several threads against the same grouping on one.
void check_same_as_one_thread(const pk::dataset& data, const std::vector<group_key>& keys,
                              const pk::group_options& options_of_one, std::size_t threads) {
    pk::group_options one_thread = options_of_one;
    one_thread.threads = 1;
    const auto expected = pk::group(data, keys, one_thread);
    REQUIRE(expected.rows().size() > 0);
    pk::group_options options = options_of_one;
    options.threads = threads;
    const auto got = pk::group(data, keys, options);
    CHECK(got.counted_rows() == expected.counted_rows());
    CHECK(got.uncovered_rows() == expected.uncovered_rows());
    CHECK(got.covered_months() == expected.covered_months());
    REQUIRE(got.rows().size() == expected.rows().size());
    for (std::size_t i = 0; i < got.rows().size(); ++i) {
        const auto& a = got.rows()[i];
        const auto& b = expected.rows()[i];
        REQUIRE(std::equal(a.keys().begin(), a.keys().end(), b.keys().begin(), b.keys().end()));
        REQUIRE(a.period == b.period);
        REQUIRE(a.person_months == b.person_months);
        REQUIRE(a.average == b.average);
        REQUIRE(a.peak == b.peak);
        REQUIRE(a.year_end == b.year_end);
        REQUIRE(a.year_end_month == b.year_end_month);
        REQUIRE(a.female_share == b.female_share);
        REQUIRE(a.source_rows == b.source_rows);
    }
}

pk::dataset bundled_series() {
    auto read = pk::read_file(std::string{PK_SOURCE_DIR} + "/examples/data/un_contributions_monthly.csv");
    REQUIRE(read.errors.empty());
    return std::move(read.data);
}

const std::vector<std::vector<group_key>> key_sets_for_threads = {
    {group_key::country, group_key::year},
    {group_key::mission, group_key::month},
    {group_key::category, group_key::gender, group_key::year},
    {group_key::bloc, group_key::year},
    {},
    // Past the dense limit: the hash map's path.
    {group_key::country, group_key::mission, group_key::lineage, group_key::category, group_key::branch,
     group_key::region, group_key::subregion},
};

TEST_CASE("the result does not depend on the threads, whether the rows are in month order or not") {
    // The bundled UN series (153,907 rows in month order), and the same rows backwards: in
    // order, each thread adds the rows of its own stretch of months (few possible groups) or
    // finds its months' rows by binary search; out of order, the stretches are dropped at the
    // first row outside them, and each thread looks at all rows.
    const pk::dataset forward = bundled_series();
    const auto rows = forward.contributions();
    pk::dataset backward{std::vector<pk::contribution>(rows.rbegin(), rows.rend())};
    for (const auto& c : forward.covered_months()) backward.cover(c.month, c.coverage);
    for (const auto& keys : key_sets_for_threads)
        for (std::size_t threads : {2u, 3u, 7u})
            for (const pk::dataset* data : std::initializer_list<const pk::dataset*>{&forward, &backward}) {
                INFO(keys.size() << " keys, " << threads << " threads, " << (data == &forward ? "in order" : "backwards"));
                check_same_as_one_thread(*data, keys, {}, threads);
            }
}

TEST_CASE("on several threads, the periods are measured in runs, one a thread, and the rows come out the same") {
    // The engine shares the periods out when it reads 2^18 cells or more (a cell per group and
    // counted month). Country x mission x category in the bundled series: counted here, the
    // groups times the months from the first covered to the last.
    const pk::dataset series = bundled_series();
    std::vector<std::uint64_t> codes;
    for (const auto& r : series.contributions())
        codes.push_back((std::uint64_t{r.country.index()} << 16) | (std::uint64_t{r.mission.index()} << 8) |
                        static_cast<std::uint64_t>(r.category));
    std::sort(codes.begin(), codes.end());
    const auto groups = static_cast<std::size_t>(std::unique(codes.begin(), codes.end()) - codes.begin());
    const auto months = series.covered_months();
    const auto span = static_cast<std::size_t>(months.back().month.index() - months.front().month.index() + 1);
    INFO(groups << " groups x " << span << " months");
    REQUIRE(groups * span >= (std::size_t{1} << 18));
    const std::vector<std::vector<group_key>> key_sets = {
        {group_key::country, group_key::mission, group_key::category, group_key::month},
        // By year, split by gender: a run measures each period's female and male parts.
        {group_key::year, group_key::gender, group_key::country, group_key::mission, group_key::category},
    };
    pk::group_options filtered;  // a filter that starts and ends inside a year
    filtered.filter.months = pk::month_range{month{2012, 5}, month{2019, 8}};
    for (const auto& keys : key_sets)
        for (std::size_t threads : {2u, 3u, 7u}) {
            INFO(keys.size() << " keys, " << threads << " threads");
            check_same_as_one_thread(series, keys, {}, threads);
            check_same_as_one_thread(series, keys, filtered, threads);
        }
}

TEST_CASE("on several threads: months without rows, a filter, one row out of order at the end") {
    const pk::dataset series = bundled_series();
    const auto rows = series.contributions();
    const auto months = series.covered_months();
    REQUIRE(months.size() > 24);
    // Covered months with no rows at all: before the first, after the last, and one in the
    // middle whose rows are left out (their months still count for averages and peaks).
    const pk::month gone = months[months.size() / 2].month;
    const pk::month before = pk::month::from_index(months.front().month.index() - 3);
    const pk::month after = pk::month::from_index(months.back().month.index() + 5);
    std::vector<pk::contribution> kept;
    for (const auto& r : rows)
        if (r.month != gone) kept.push_back(r);
    pk::dataset gaps{kept};
    for (const auto& c : months) gaps.cover(c.month, c.coverage);
    gaps.cover(before, months.front().coverage);
    gaps.cover(after, months.back().coverage);
    // The same rows with the very first one moved to the end: in order until the last row.
    std::vector<pk::contribution> late(rows.begin() + 1, rows.end());
    late.push_back(rows.front());
    pk::dataset out_of_order{late};
    for (const auto& c : months) out_of_order.cover(c.month, c.coverage);
    // A filter that cuts the counted months inside the data's: rows on both sides are
    // filtered out, in every stretch.
    pk::group_options filtered;
    filtered.filter.months = pk::month_range{months[months.size() / 4].month, months[months.size() * 3 / 4].month};
    for (const auto& keys : key_sets_for_threads)
        for (std::size_t threads : {2u, 5u}) {
            INFO(keys.size() << " keys, " << threads << " threads");
            check_same_as_one_thread(gaps, keys, {}, threads);
            check_same_as_one_thread(out_of_order, keys, {}, threads);
            check_same_as_one_thread(series, keys, filtered, threads);
            check_same_as_one_thread(gaps, keys, filtered, threads);
        }
}

TEST_CASE("on several threads, a month of one group past 32-bit sums is still exact") {
    // The one-pass path on several threads sums a month's group in 32 bits; a cell of more than
    // 65,537 rows could overflow, and drops that path for the two-pass one (64-bit sums). One
    // month holds at most 250 x 40 x 6 = 60,000 distinct keys, so only a dataset made by hand
    // with repeated keys (a reader reports them) gets there: 200 countries x 35 missions x 5
    // categories, each twice, 70,000 rows of one month, every row 65,535 women and 65,535 men:
    // 70,000 x 131,070 = 9,174,900,000 person-months, more than 2^32 (4,294,967,296).
    REQUIRE(pk::mission::count >= 36);
    const month m{2020, 6};
    std::vector<pk::contribution> rows;
    for (int copy = 0; copy < 2; ++copy)
        for (std::uint8_t c = 1; c <= 200; ++c)
            for (std::uint8_t mi = 1; mi <= 35; ++mi)
                for (personnel_category k : {personnel_category::troops, personnel_category::staff_officers,
                                             personnel_category::experts_on_mission, personnel_category::formed_police_units,
                                             personnel_category::individual_police})
                    rows.push_back(row(m, pk::country::from_index(c), pk::mission::from_index(mi), k, 65535, 65535));
    REQUIRE(rows.size() == 70000u);
    pk::dataset d{rows};
    d.cover(m, {true, true, true});
    for (std::size_t threads : {1u, 2u}) {
        INFO(threads << " threads");
        pk::group_options options;
        options.threads = threads;
        const auto g = pk::group(d, std::vector<group_key>{}, options);
        REQUIRE(g.rows().size() == 1u);
        CHECK(g.rows()[0].person_months == pk::person_months{9'174'900'000});
        CHECK(g.rows()[0].source_rows == 70000);
    }
}

TEST_CASE("the compile-time form: typed keys, the same engine") {
    const pk::dataset d = sample();
    const auto g = pk::group(d, pk::by::country, pk::by::year);
    const auto pm = g.person_months();
    CHECK(pm.at({vnm, pk::year{2020}}) == pk::person_months{26});
    CHECK(pm.at({idn, pk::year{2020}}) == pk::person_months{8});
    CHECK(pm.at({vnm, pk::year{2021}}) == pk::person_months{30});
    CHECK(g.average_strength().at({vnm, pk::year{2020}}).strength == pk::average_strength{6.5});
    CHECK(g.peak().at({vnm, pk::year{2020}}) == pk::strength{12});
    CHECK(g.year_end().at({idn, pk::year{2020}}) == pk::strength{4});
    CHECK(g.female_share().at({idn, pk::year{2020}}).female == pk::person_months{2});

    static_assert(std::is_same_v<std::remove_cvref_t<decltype(g)>::key_type, std::tuple<pk::country, pk::year>>);

    pk::group_options options;
    options.filter.categories = {personnel_category::troops};
    const auto troops = pk::group(d, options, pk::by::mission, pk::by::gender).person_months();
    CHECK(troops.at({unmiss, pk::gender::female}) == pk::person_months{6});  // 2 + 3 + 0 + 1
    CHECK(troops.at({unmiss, pk::gender::male}) == pk::person_months{22});   // 8 + 9 + 4 + 1

    const auto total = pk::group(d).person_months();
    CHECK(total.at({}) == pk::person_months{64});
}

TEST_CASE("a bloc key value holds its name: equal, ordered and written by it") {
    // A bloc's value keeps the name's first byte and, where other keys keep a code, its length:
    // names of one length (AU, EU), a name that starts another (EU, EUR), names at other
    // addresses with the same text.
    const std::string eu_copy = "EU";
    const auto au = pk::key_value::bloc_named("AU"), eu = pk::key_value::bloc_named("EU"),
               eur = pk::key_value::bloc_named("EUR"), eu_again = pk::key_value::bloc_named(eu_copy);
    CHECK(eu.bloc_name() == "EU");
    CHECK(eur.bloc_name() == "EUR");
    CHECK(eu == eu_again);
    CHECK(eu != au);
    CHECK(eu != eur);
    CHECK(au < eu);
    CHECK(eu < eur);  // by name, as text orders
    CHECK(std::string{eur.text().view()} == "EUR");
    CHECK(pk::key_value::bloc_named("").bloc_name().empty());
    // Other keys have no bloc name, whatever their code.
    CHECK(pk::key_value::of(pk::year{2013}).bloc_name().empty());
    CHECK(pk::key_value{}.bloc_name().empty());
    CHECK(pk::key_value::of(pk::year{2}) != pk::key_value::bloc_named("EU"));
    static_assert(sizeof(pk::key_value) <= 16, "a result row holds eleven key values inline");
}

TEST_CASE("group keys and measures parse from pk-report's names") {
    for (group_key k : pk::all_group_keys) CHECK(pk::parse_group_key(pk::name(k)) == k);
    CHECK_FALSE(pk::parse_group_key("Year").has_value());
    for (pk::measure m : pk::all_measures) CHECK(pk::parse_measure(pk::name(m)) == m);
    CHECK(pk::parse_measure("average-strength") == pk::measure::average);
    CHECK(pk::parse_measure("person-months") == pk::measure::total);

    CHECK(std::string{pk::key_value::of(pk::year{2013}).text().view()} == "2013");
    CHECK(std::string{pk::key_value::of(month{2013, 12}).text().view()} == "2013-12");
    CHECK(std::string{pk::key_value::of(vnm).text().view()} == "VNM");
    CHECK(std::string{pk::key_value::lineage_of(pk::mission{"MONUC"}).text().view()} == "MONUSCO");
    CHECK(std::string{pk::key_value::of(personnel_category::staff_officers).text().view()} == "Staff Officers");
    CHECK(std::string{pk::key_value::of(personnel_category::formed_police_units).text().view()} == "Formed Police Units");
    CHECK(std::string{pk::key_value::of(pk::branch::police).text().view()} == "police");
    CHECK(std::string{pk::key_value::bloc_named("ASEAN").text().view()} == "ASEAN");

    CHECK(std::string{pk::measure_value::fraction(pk::measure::average, 6.5).text().view()} == "6.5000");
    CHECK(std::string{pk::measure_value::count(pk::measure::peak, 12).text().view()} == "12");
}
