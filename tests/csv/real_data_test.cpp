// Every shipped CSV under ../shared/data, read with the format and counts expected, and its
// totals compared with figures computed another way: the awk command is written beside each
// figure (run in /work/shared/data with mawk; CRLF stripped where the file has it). NA and
// the empty last line of the 2021/2022 rank files add 0 in awk, as they do here.
#include <peacekeeping/csv/read.hpp>

#include <filesystem>
#include <map>
#include <string>

#include "support/catch.hpp"

#ifdef PK_SHARED_DATA_DIR

namespace {

const std::filesystem::path data_dir{PK_SHARED_DATA_DIR};

struct totals {
    long long female = 0, male = 0, unreported = 0, total = 0;
    std::map<pk::personnel_category, long long> by_category;
    std::map<pk::month, long long> by_month;
};

totals totals_of(const pk::dataset& d) {
    totals t;
    for (const auto& c : d) {
        t.female += c.female;
        t.male += c.male;
        t.unreported += c.gender_unreported;
        t.total += c.total().people();
        t.by_category[c.category] += c.total().people();
        t.by_month[c.month] += c.total().people();
    }
    return t;
}

using cat = pk::personnel_category;

}  // namespace

TEST_CASE("ipi/Gender.Full.csv", "[csv][data]") {
    const auto r = pk::read_file(data_dir / "ipi" / "Gender.Full.csv");
    CHECK(r.ok());
    CHECK(r.format == pk::source_format::ipi_gender);
    // README: 29,115 data rows, 52 month-ends (2009-11-30 to 2014-02-28).
    CHECK(r.data_lines == 29115u);
    CHECK(r.valid_lines == 29115u);
    REQUIRE(r.data.period());
    CHECK(*r.data.period() == pk::month_range{pk::month{2009, 11}, pk::month{2014, 2}});
    CHECK(r.data.covered_months().size() == 52u);
    // One contribution per non-zero category cell. Counted from the end of the line, because
    // "Moldova, Republic of" has a comma inside quotes:
    //   awk -F, 'NR>1{n+=($(NF-3)>0)+($(NF-6)>0)+($(NF-9)>0)+($(NF-12)>0)} END{print n}'  -> 44054
    CHECK(r.data.size() == 44054u);
    auto t = totals_of(r.data);
    // awk -F, 'NR>1{t+=$NF; f+=$(NF-1); m+=$(NF-2)} END{print t, f, m}' ipi/Gender.Full.csv
    //   -> 5094325 181721 4912604
    CHECK(t.total == 5094325);
    CHECK(t.female == 181721);
    CHECK(t.male == 4912604);
    CHECK(t.unreported == 0);
    // Category totals: Troops Total $(NF-3), Experts $(NF-6), FPU $(NF-9), IP $(NF-12):
    //   -> 4280793 109115 375499 328918 (they add up to 5094325)
    CHECK(t.by_category[cat::troops] == 4280793);
    CHECK(t.by_category[cat::experts_on_mission] == 109115);
    CHECK(t.by_category[cat::formed_police_units] == 375499);
    CHECK(t.by_category[cat::individual_police] == 328918);
    // awk -F, 'NR>1 && $2=="2013-12-31"{t+=$NF} END{print t}'  -> 98200
    CHECK(t.by_month[pk::month{2013, 12}] == 98200);
}

TEST_CASE("ipi/current_month_2014-03-31.csv and the update_archive snapshots", "[csv][data]") {
    struct snapshot {
        std::filesystem::path file;
        pk::month month;
        std::size_t rows;           // README (and awk 'NR>1{n++}')
        std::size_t contributions;  // awk 'NR>1{c+=($71+0>0)+($67+0>0)+($68+0>0)+($69+0>0)}'
        long long total;            // awk 'NR>1{t+=$73}'
        long long troops;           // awk 'NR>1{t+=$71}'
    };
    // Columns 67..73: Experts_on_Mission, Formed_Police_Units, Inidividual_Police,
    // Civilian_Police, Troops, Observers, Total ("+0" makes NA count as 0 in comparisons).
    const snapshot files[] = {
        {data_dir / "ipi" / "current_month_2014-03-31.csv", pk::month{2014, 3}, 573, 894, 97811, 83841},
        {data_dir / "ipi_2014" / "update_archive_20140430.csv", pk::month{2014, 4}, 571, 890, 97729, 83936},
        {data_dir / "ipi_2014" / "update_archive_20140531.csv", pk::month{2014, 5}, 575, 901, 99048, 84782},
        {data_dir / "ipi_2014" / "update_archive_20140630.csv", pk::month{2014, 6}, 580, 907, 98365, 84327},
        {data_dir / "ipi_2014" / "update_archive_20140731.csv", pk::month{2014, 7}, 575, 897, 96824, 83595},
        {data_dir / "ipi_2014" / "update_archive_20140831.csv", pk::month{2014, 8}, 581, 903, 97947, 84743},
    };
    for (const auto& f : files) {
        INFO(f.file.string());
        const auto r = pk::read_file(f.file);
        CHECK(r.ok());
        CHECK(r.format == pk::source_format::ipi_snapshot);
        CHECK(r.data_lines == f.rows);
        CHECK(r.valid_lines == f.rows);
        CHECK(r.data.size() == f.contributions);
        auto t = totals_of(r.data);
        CHECK(t.total == f.total);
        CHECK(t.by_category[cat::troops] == f.troops);
        // No gender split in these files: every person is gender-unreported.
        CHECK(t.unreported == f.total);
        CHECK(t.female + t.male == 0);
        REQUIRE(r.data.covered_months().size() == 1u);
        CHECK(r.data.covered_months()[0] == pk::covered_month{f.month, {.genders = false}});
    }
    // March 2014 by category: awk 'NR>1{e+=$67; p+=$68; i+=$69}' -> 1871 7278 4821.
    auto march = totals_of(pk::read_file(files[0].file).data);
    CHECK(march.by_category[cat::experts_on_mission] == 1871);
    CHECK(march.by_category[cat::formed_police_units] == 7278);
    CHECK(march.by_category[cat::individual_police] == 4821);
    // Viet Nam's one row of 2014-07 (README): 2 experts on mission in UNMISS.
    const auto july = pk::read_file(files[4].file);
    long long viet_nam = 0;
    for (const auto& c : july.data)
        if (c.country == pk::country{"VNM"}) {
            CHECK(c.mission == pk::mission{"UNMISS"});
            CHECK(c.category == cat::experts_on_mission);
            viet_nam += c.total().people();
        }
    CHECK(viet_nam == 2);
}

TEST_CASE("the UN DPO rank files", "[csv][data]") {
    struct rank_file {
        const char* name;
        pk::month month;
        long long total, female, male;  // awk -F, 'NR>1{t+=$7; f+=$5; m+=$6} END{print t, f, m}'
        long long vnm_female, vnm_male; // README "Viet Nam"
    };
    const rank_file files[] = {
        {"odp_contributionranks_2020-12-31.csv", pk::month{2020, 12}, 81832, 5795, 76037, 12, 64},
        {"Rank_2021-01-31.csv", pk::month{2021, 1}, 81932, 5763, 76169, 12, 63},
        {"odp_contributionranks_2022-01-31.csv", pk::month{2022, 1}, 75252, 5831, 69421, 15, 58},
    };
    for (const auto& f : files) {
        INFO(f.name);
        const auto r = pk::read_file(data_dir / "un_dpo_rank" / f.name);
        CHECK(r.ok());
        CHECK(r.format == pk::source_format::un_dpo_rank);
        // awk -F, 'NR>1 && NF>1{n++}' -> 122 in each (the 2021/2022 files end with an empty line).
        CHECK(r.data_lines == 122u);
        CHECK(r.data.size() == 122u);
        auto t = totals_of(r.data);
        CHECK(t.total == f.total);
        CHECK(t.female == f.female);
        CHECK(t.male == f.male);
        CHECK(t.female + t.male == t.total);
        bool found = false;
        for (const auto& c : r.data)
            if (c.country == pk::country{"VNM"}) {
                found = true;
                CHECK(c.month == f.month);
                CHECK(c.female == f.vnm_female);
                CHECK(c.male == f.vnm_male);
                CHECK(c.mission == pk::mission::unreported());
                CHECK(c.category == cat::unreported);
            }
        CHECK(found);
    }
    // Viet Nam's totals by README: 76 (2020-12), 75 (2021-01), 73 (2022-01).
    CHECK(files[0].vnm_female + files[0].vnm_male == 76);
    CHECK(files[1].vnm_female + files[1].vnm_male == 75);
    CHECK(files[2].vnm_female + files[2].vnm_male == 73);
}

TEST_CASE("full_gender_data for 2014-03..2014-08 equals the monthly snapshots", "[csv][data]") {
    const auto path = data_dir / "ipi_2014" / "full_gender_data_to_2014-08-31.csv";
    const auto only = pk::month_range::parse("2014-03..2014-08");
    const auto r = pk::read_file(path, {.drop_identical_duplicates = true, .only = only});
    // README: use this file for 2014-03-31..2014-08-31 only; there it is clean once the exact
    // repeats are dropped.
    CHECK(r.ok());
    CHECK(r.format == pk::source_format::ipi_gender);
    // grep -c '' -> 43256 lines: 43,255 data lines (README).
    CHECK(r.data_lines == 43255u);
    CHECK(r.valid_lines == 43255u);
    // awk -F, 'NR>1 && $1<"2014-03-31"{n++}' -> 35201 lines before the period.
    CHECK(r.outside_period_lines == 35201u);
    // README: 4,599 exact duplicate rows. 11 of them repeat all-zero rows, which give no
    // contribution and so are no duplicate of anything:
    //   awk -F, 'NR>1 && $1>="2014-03-31"{sub(/\r$/,""); if (seen[$0]++ && $19+0==0) z++}' -> 11
    CHECK(r.identical_duplicates_dropped == 4599u - 11u);
    // One contribution per non-zero category cell of the distinct rows, the same as in the
    // snapshots (894 + 890 + 901 + 907 + 897 + 903, counted there):
    CHECK(r.data.size() == 894u + 890u + 901u + 907u + 897u + 903u);
    auto t = totals_of(r.data);
    // The month totals equal the snapshot files' (awk 'NR>1{t+=$73}' on each file).
    CHECK(t.by_month[pk::month{2014, 3}] == 97811);
    CHECK(t.by_month[pk::month{2014, 4}] == 97729);
    CHECK(t.by_month[pk::month{2014, 5}] == 99048);
    CHECK(t.by_month[pk::month{2014, 6}] == 98365);
    CHECK(t.by_month[pk::month{2014, 7}] == 96824);
    CHECK(t.by_month[pk::month{2014, 8}] == 97947);
    CHECK(t.by_month.size() == 6u);
    // Female, from the file itself: awk -F, 'NR>1{sub(/\r$/,""); if ($1>="2014-03-31" && !s[$0]++) f+=$18}'
    //   -> 3690 + 3632 + 3654 + 3745 + 3696 + 3847 = 22264
    CHECK(t.female == 22264);
    CHECK(t.unreported == 0);
    // And row by row: the same (month, country, mission, category) totals as the snapshots.
    std::map<pk::contribution_key, long long> from_gender, from_snapshots;
    for (const auto& c : r.data) from_gender[pk::key_of(c)] += c.total().people();
    for (const char* name : {"update_archive_20140430.csv", "update_archive_20140531.csv", "update_archive_20140630.csv",
                             "update_archive_20140731.csv", "update_archive_20140831.csv"})
        for (const auto& c : pk::read_file(data_dir / "ipi_2014" / name).data) from_snapshots[pk::key_of(c)] += c.total().people();
    for (const auto& c : pk::read_file(data_dir / "ipi" / "current_month_2014-03-31.csv").data)
        from_snapshots[pk::key_of(c)] += c.total().people();
    CHECK(from_gender == from_snapshots);
}

TEST_CASE("the CSV files that are not contribution formats say so", "[csv][data]") {
    for (const auto& relative : {"un_dpo_rank/mission_summary_dec2020.csv", "un_dpo_derived/CountryByYear.csv",
                                 "iso3166/all.csv"}) {
        INFO(relative);
        const auto r = pk::read_file(data_dir / relative, {.display_name = relative});
        CHECK_FALSE(r.format);
        REQUIRE(r.errors.size() == 1u);
        CHECK(r.errors[0].line == 1u);
        CHECK(r.errors[0].expected == pk::known_formats_description);
        CHECK(r.data.empty());
    }
}

#else

TEST_CASE("real data", "[csv][data]") {
    WARN("PK_SHARED_DATA_DIR is not defined (../shared/data not found at configure time): real-data tests skipped");
}

#endif
