// Aggregation on the real IPI series (data/ipi/Gender.Full.csv, 29,115 rows, 52 month-ends
// 2009-11..2014-02): figures computed another way (awk), and properties that must hold for any
// grouping.
//
// The awk figures come from this prefix, which splits on the quotes so that names with commas
// ("Moldova, Republic of") stay whole; a[16] is "Total Total", a[15] "Total Female",
// a[12]/a[13] "Troops Female"/"Troops Total":
//   P='NR>1{d=substr($3,2,10); c=$6; m=$8; n=split($9,a,",")}'
//   awk -F'"' "$P"'NR>1{t+=a[16]} END{print t}' Gender.Full.csv                 -> 5094325
//   awk -F'"' "$P"'NR>1&&substr(d,1,4)=="2013"{t+=a[16]; f+=a[15]} END{print t, f}'  -> 1140039 43240
//   awk -F'"' "$P"'NR>1&&substr(d,1,4)=="2013"{f+=a[12]; t+=a[13]} END{print f, t}'  -> 27131 965105
//   awk -F'"' "$P"'NR>1&&c=="BGD"{s[d]+=a[16]} END{for(k in s) print k, s[k]}' | sort
//       -> peak 10852 at 2010-02-28; 8828 at 2012-12-31; 2012 sum 113158
//   awk -F'"' "$P"'NR>1&&(m=="MONUC"||m=="MONUSCO"){t+=a[16]} END{print t}'       -> 1022667
//   awk -F'"' "$P"'NR>1&&m=="MONUSCO"{t+=a[16]} END{print t}'                     -> 857851
//   awk -F'"' "$P"'NR>1&&substr(d,1,4)=="2013"&&c~/^(IDN|MYS|PHL|SGP|THA|BRN|VNM|LAO|MMR|KHM)$/{t+=a[16]} END{print t}'
//       -> 46200 (ASEAN 2013)
//   EU 2013: the 27 members of all 2013 plus GBR: 60050; Croatia's Jul-Dec 2013 (joined 2013-07): 167
//       (its whole 2013 is 544) -> 60217
//   awk -F'"' "$P"'NR>1&&substr(d,1,7)=="2014-02"{t+=a[16]} END{print t}'           -> 98350
#include <peacekeeping/aggregate/by.hpp>
#include <peacekeeping/aggregate/gender_parity.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/rank.hpp>
#include <peacekeeping/csv/read.hpp>

#include <cmath>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "support/catch.hpp"

#ifdef PK_SHARED_DATA_DIR
namespace {

using pk::group_key;

// A loader written for this test alone, independent of the library's readers: quoted text
// fields (which may hold commas), then 15 counts; four categories become four records.
pk::dataset load_ipi() {
    std::ifstream in{std::string{PK_SHARED_DATA_DIR} + "/ipi/Gender.Full.csv"};
    REQUIRE(in);
    pk::dataset d;
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        std::vector<std::string> f;
        std::string cell;
        bool quoted = false;
        for (char ch : line) {
            if (ch == '"') quoted = !quoted;
            else if (ch == ',' && !quoted) { f.push_back(cell); cell.clear(); }
            else cell += ch;
        }
        f.push_back(cell);
        REQUIRE(f.size() == 20);
        const auto m = pk::month::parse(f[1]);
        const auto c = pk::country::from_code(f[3]);
        const auto mi = pk::mission::from_acronym(f[4]);
        REQUIRE(m);
        REQUIRE(c);
        INFO(f[4]);
        REQUIRE(mi);
        d.cover(*m);
        // Male, Female, Total triples from column 5: IP, FPU, EoM, Troops.
        const pk::personnel_category categories[] = {pk::personnel_category::individual_police,
                                                     pk::personnel_category::formed_police_units,
                                                     pk::personnel_category::experts_on_mission,
                                                     pk::personnel_category::troops};
        for (std::size_t i = 0; i < 4; ++i) {
            const auto male = static_cast<std::uint16_t>(std::stoi(f[5 + 3 * i]));
            const auto female = static_cast<std::uint16_t>(std::stoi(f[6 + 3 * i]));
            if (male + female != 0) d.add({*m, *c, *mi, categories[i], female, male, 0});
        }
    }
    return d;
}

const pk::dataset& ipi() {
    static const pk::dataset data = load_ipi();
    return data;
}

std::int64_t sum(const pk::grouping& g) {
    std::int64_t total = 0;
    for (const auto& r : g.rows()) total += r.person_months.value();
    return total;
}

}  // namespace

TEST_CASE("IPI: figures computed with awk") {
    const auto& d = ipi();
    REQUIRE(d.covered_months().size() == 52);

    const auto total = pk::group(d, std::vector<group_key>{});
    REQUIRE(total.rows().size() == 1);
    CHECK(total.rows()[0].person_months == pk::person_months{5094325});
    CHECK(total.rows()[0].average.covered == pk::months{52});
    CHECK(total.rows()[0].average.strength.people() == pk_test::Approx(5094325.0 / 52));
    CHECK(total.rows()[0].year_end == pk::strength{98350});
    CHECK(total.rows()[0].year_end_month == pk::month{2014, 2});

    const auto by_year = pk::group(d, pk::by::year);
    const auto year_2013 = by_year.rows().at({pk::year{2013}});
    CHECK(year_2013.person_months == pk::person_months{1140039});
    CHECK(year_2013.average.covered == pk::months{12});
    CHECK(year_2013.female_share.female == pk::person_months{43240});
    CHECK(year_2013.female_share.female_and_male == pk::person_months{1140039});
    // 2009 has two covered months (Nov, Dec): its average divides by 2, not 12.
    CHECK(by_year.average_strength().at({pk::year{2009}}).covered == pk::months{2});

    const auto troops = pk::group(d, pk::by::year, pk::by::category).female_share();
    CHECK(troops.at({pk::year{2013}, pk::personnel_category::troops}).female == pk::person_months{27131});
    CHECK(troops.at({pk::year{2013}, pk::personnel_category::troops}).female_and_male == pk::person_months{965105});

    const auto bgd = pk::group(d, pk::by::country).rows().at({pk::country{"BGD"}});
    CHECK(bgd.peak == pk::strength{10852});
    const auto bgd_years = pk::group(d, pk::by::country, pk::by::year).rows();
    CHECK(bgd_years.at({pk::country{"BGD"}, pk::year{2012}}).year_end == pk::strength{8828});
    CHECK(bgd_years.at({pk::country{"BGD"}, pk::year{2012}}).person_months == pk::person_months{113158});
    CHECK(bgd_years.at({pk::country{"BGD"}, pk::year{2012}}).average.strength.people() == pk_test::Approx(113158.0 / 12));

    CHECK(pk::group(d, pk::by::lineage).person_months().at({pk::mission{"MONUSCO"}}) == pk::person_months{1022667});
    CHECK(pk::group(d, pk::by::mission).person_months().at({pk::mission{"MONUSCO"}}) == pk::person_months{857851});

    const auto blocs = pk::group(d, pk::by::bloc, pk::by::year).person_months();
    CHECK(blocs.at({"ASEAN", pk::year{2013}}) == pk::person_months{46200});
    CHECK(blocs.at({"EU", pk::year{2013}}) == pk::person_months{60217});
}

TEST_CASE("IPI: for any grouping, the groups add up to the grand total") {
    const auto& d = ipi();
    const std::int64_t grand = 5094325;
    // Every key but bloc (a country may be in no bloc, or in two) puts each row in one group;
    // IPI gives every gender, so the gender parts add up too.
    for (group_key k : pk::all_group_keys) {
        if (k == group_key::bloc) continue;
        INFO(pk::name(k));
        CHECK(sum(pk::group(d, std::vector<group_key>{k})) == grand);
    }
    const std::vector<std::vector<group_key>> combinations = {
        {group_key::country, group_key::year},
        {group_key::mission, group_key::category, group_key::gender},
        {group_key::region, group_key::subregion, group_key::branch, group_key::month},
        {group_key::lineage, group_key::country, group_key::category, group_key::year},
        {group_key::country, group_key::mission, group_key::lineage, group_key::category, group_key::branch,
         group_key::region, group_key::subregion, group_key::gender, group_key::year},  // sparse path
    };
    for (const auto& keys : combinations) CHECK(sum(pk::group(d, keys)) == grand);
}

TEST_CASE("IPI: average strength x covered months = person-months, for every row") {
    const auto& d = ipi();
    for (const auto& keys : std::vector<std::vector<group_key>>{
             {group_key::country, group_key::year}, {group_key::mission}, {group_key::bloc, group_key::month}}) {
        for (const auto& r : pk::group(d, keys).rows()) {
            CHECK(r.average.strength.people() * r.average.covered.count() ==
                  pk_test::Approx(static_cast<double>(r.person_months.value())));
        }
    }
}

TEST_CASE("IPI: filter then group equals group then pick") {
    const auto& d = ipi();
    pk::group_options options;
    options.filter.countries = {pk::country{"BGD"}, pk::country{"PAK"}};
    options.filter.categories = {pk::personnel_category::troops};
    options.filter.months = pk::month_range{pk::month{2010, 3}, pk::month{2012, 8}};
    const auto filtered = pk::group(d, options, pk::by::year, pk::by::mission).rows();

    pk::group_options months_only;
    months_only.filter.months = options.filter.months;
    const auto all = pk::group(d, months_only, pk::by::country, pk::by::category, pk::by::year, pk::by::mission).rows();
    std::map<std::tuple<pk::year, pk::mission>, std::int64_t> picked;
    std::map<std::tuple<pk::year, pk::mission>, std::int64_t> picked_peak_sum;
    for (const auto& [key, row] : all) {
        const auto& [c, category, y, mi] = key;
        if ((c == pk::country{"BGD"} || c == pk::country{"PAK"}) && category == pk::personnel_category::troops)
            picked[{y, mi}] += row.person_months.value();
    }
    REQUIRE(filtered.size() == picked.size());
    for (const auto& [key, row] : filtered) {
        CHECK(row.person_months.value() == picked.at(key));
        // The period is the year cut to the filter: 2010 counts Mar..Dec, 10 months.
        if (std::get<0>(key) == pk::year{2010}) CHECK(row.average.covered == pk::months{10});
    }

    // A bloc filter equals grouping by bloc and picking the bloc.
    pk::group_options asean;
    asean.filter.blocs = {"ASEAN"};
    const auto asean_years = pk::group(d, asean, pk::by::year).person_months();
    const auto by_bloc = pk::group(d, pk::by::bloc, pk::by::year).person_months();
    for (const auto& [key, pm] : asean_years) CHECK(pm == by_bloc.at({"ASEAN", std::get<0>(key)}));
}

TEST_CASE("IPI through the library's reader: the same totals as the test's own loader") {
    const pk::read_result result = pk::read_file(std::string{PK_SHARED_DATA_DIR} + "/ipi/Gender.Full.csv");
    CHECK(result.errors.empty());
    const auto by_year = pk::group(result.data, pk::by::year).person_months();
    CHECK(by_year.at({pk::year{2013}}) == pk::person_months{1140039});
    CHECK(sum(pk::group(result.data, std::vector<group_key>{})) == 5094325);
    CHECK(pk::group(result.data, std::vector<group_key>{}).covered_months() == 52);
}

TEST_CASE("IPI: gender parity years exist, with no targets before the strategy") {
    const auto parity = pk::gender_parity(ipi());
    REQUIRE_FALSE(parity.empty());
    CHECK(parity.front().year == pk::year{2009});
    CHECK(parity.back().year == pk::year{2014});
    for (const auto& p : parity) CHECK_FALSE(p.target.has_value());
}
#endif
