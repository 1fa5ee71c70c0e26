// pk::read_text / pk::read_file on small texts and the fixtures of tests/csv/fixtures/: the
// three UN DPO long styles, bytes (BOM, CRLF, quotes, curly apostrophes, blanks), each format's
// rules, the options (only, drop_identical_duplicates, strict).
#include <peacekeeping/csv/read.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include "support/catch.hpp"

namespace {

const std::filesystem::path fixtures = std::filesystem::path{PK_TEST_DIR} / "csv" / "fixtures";

struct sums {
    long long female = 0, male = 0, unreported = 0, total = 0;
};
sums sum(const pk::dataset& d) {
    sums s;
    for (const auto& c : d) {
        s.female += c.female;
        s.male += c.male;
        s.unreported += c.gender_unreported;
        s.total += c.total().people();
    }
    return s;
}

// (Unused when ../shared/data is missing: its one caller is compiled out.)
[[maybe_unused]] std::vector<pk::contribution> sorted_rows(const pk::dataset& d) {
    std::vector<pk::contribution> rows(d.begin(), d.end());
    std::sort(rows.begin(), rows.end());
    return rows;
}

pk::contribution row(pk::month m, pk::country c, pk::mission mi, pk::personnel_category cat, std::uint16_t female,
                     std::uint16_t male, std::uint16_t unreported = 0) {
    return {.month = m, .country = c, .mission = mi, .category = cat, .female = female, .male = male,
            .gender_unreported = unreported};
}

constexpr pk::month july2014{2014, 7};
constexpr pk::country vnm{"VNM"};
constexpr pk::mission unmiss{"UNMISS"};
using cat = pk::personnel_category;

const char* const long_header =
    "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";

}  // namespace

TEST_CASE("the three UN DPO long fixtures read to the same 14 rows", "[csv][read][fixtures]") {
    // fixtures/README.txt: 14 contributions of 2014-07-31; female 87, male 1059, total 1146.
    std::vector<pk::read_result> results;
    for (const char* name : {"odp_contributionsbygender.csv", "dpo_uchistorical.csv", "teaching_copy.csv"}) {
        INFO(name);
        auto r = pk::read_file(fixtures / name);
        CHECK(r.ok());
        CHECK(r.format == pk::source_format::un_dpo_long);
        CHECK(r.data_lines == 14u);
        CHECK(r.valid_lines == 14u);
        CHECK(r.data.size() == 14u);
        const auto s = sum(r.data);
        CHECK(s.female == 87);
        CHECK(s.male == 1059);
        CHECK(s.total == 1146);
        CHECK(s.unreported == 0);
        REQUIRE(r.data.covered_months().size() == 1u);
        CHECK(r.data.covered_months()[0] == pk::covered_month{july2014, {}});
        results.push_back(std::move(r));
    }
    CHECK(results[0].data == results[1].data);
    CHECK(results[1].data == results[2].data);
    // The first row of each: Viet Nam's two experts in UNMISS (DOMAIN.md §6).
    CHECK(results[0].data.contributions()[0] == row(july2014, vnm, unmiss, cat::experts_on_mission, 0, 2));
    // Per country, from the README's per-pair totals: TZA UNAMID 880, CIV 129 + 122 = 251.
    long long tza = 0, civ = 0;
    for (const auto& c : results[0].data) {
        if (c.country == pk::country{"TZA"}) tza += c.total().people();
        if (c.country == pk::country{"CIV"}) civ += c.total().people();
    }
    CHECK(tza == 880);
    CHECK(civ == 251);
}

TEST_CASE("the fixtures hold the IPI file's figures", "[csv][read][fixtures][data]") {
#ifndef PK_SHARED_DATA_DIR
    WARN("PK_SHARED_DATA_DIR is not defined (../shared/data missing): cross-check with the IPI file skipped");
#else
    // The same 2014-07-31 rows read from ipi_2014/full_gender_data_to_2014-08-31.csv (each row
    // there twice: README), restricted to the fixtures' eight (country, mission) pairs.
    const auto ipi = pk::read_file(std::filesystem::path{PK_SHARED_DATA_DIR} / "ipi_2014" /
                                       "full_gender_data_to_2014-08-31.csv",
                                   {.drop_identical_duplicates = true, .only = pk::month_range{july2014, july2014}});
    REQUIRE(ipi.ok());
    const auto fixture = pk::read_file(fixtures / "teaching_copy.csv");
    std::vector<pk::contribution> wanted;
    for (const auto& c : ipi.data)
        for (const auto& f : fixture.data)
            if (c.country == f.country && c.mission == f.mission) {
                wanted.push_back(c);
                break;
            }
    CHECK(wanted.size() == 14u);
    CHECK(sorted_rows(fixture.data) == [&] { std::sort(wanted.begin(), wanted.end()); return wanted; }());
#endif
}

TEST_CASE("bytes: BOM, line ends, quotes, apostrophes and blanks do not change the rows", "[csv][read][bytes]") {
    const std::string header = "ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,"
                               "Male_Personnel,Last_Reporting_Date";
    const std::vector<std::string> plain{
        "CIV,384,Cote d'Ivoire,MINUSMA,Troops,0,121,31-Jul-14",
        "MDA,498,Moldova,UNOCI,Experts on Mission,1,4,31-Jul-14",
        "VNM,704,Viet Nam,UNMISS,Experts on Mission,0,2,31-Jul-14",
    };
    // The same rows, written differently: curly apostrophe, quoted names with commas and
    // escaped quotes, quoted numbers, blanks around fields.
    const std::vector<std::string> dressed{
        "CIV , 384 , C\xC3\xB4te d\xE2\x80\x99Ivoire , MINUSMA , Troops , 0 , 121 , 31-Jul-14",
        "\"MDA\",\"498\",\"Moldova, Republic of\",\"UNOCI\",\"Experts on Mission\",\"1\",\"4\",\"31-Jul-14\"",
        "VNM,704,\"Viet Nam (\"\"Vietnam\"\" in IPI)\",UNMISS,  \"Experts on Mission\"  ,0,2,31-Jul-14",
    };
    auto join = [](const std::string& head, const std::vector<std::string>& rows, const std::string& eol) {
        std::string text = head + eol;
        for (const auto& r : rows) text += r + eol;
        return text;
    };
    const auto reference = pk::read_text(join(header, plain, "\n"), "reference");
    REQUIRE(reference.ok());
    REQUIRE(reference.data.size() == 3u);
    const std::string bom = "\xEF\xBB\xBF";
    for (const auto* rows : {&plain, &dressed})
        for (const std::string eol : {"\n", "\r\n"})
            for (const std::string& start : {std::string{}, bom}) {
                INFO("dressed: " << (rows == &dressed) << ", CRLF: " << (eol.size() == 2) << ", BOM: " << !start.empty());
                const auto r = pk::read_text(start + join(header, *rows, eol), "variant");
                CHECK(r.ok());
                CHECK(r.data == reference.data);
                // Without a final line end, too.
                auto text = start + join(header, *rows, eol);
                text.resize(text.size() - eol.size());
                CHECK(pk::read_text(text, "variant").data == reference.data);
            }
    // Blank lines anywhere are skipped and not counted as data lines.
    const auto spaced = pk::read_text("\n\r\n" + header + "\n\n" + plain[0] + "\n   \n" + plain[1] + "\n\n", "spaced");
    CHECK(spaced.ok());
    CHECK(spaced.data_lines == 2u);
    CHECK(spaced.data.size() == 2u);
}

TEST_CASE("format detection from the header", "[csv][read][formats]") {
    struct detect_case {
        std::string text;
        pk::source_format format;
    };
    const detect_case cases[] = {
        {std::string{long_header} + "\n", pk::source_format::un_dpo_long},
        // Lower case (DPO-UCHISTORICAL) and other column orders are the same format.
        {"last_reporting_date,male_personnel,female_personnel,personnel_type,mission_acronym,isocode3\n",
         pk::source_format::un_dpo_long},
        {"Contributor_ISO-3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n",
         pk::source_format::un_dpo_long},
        {"ISOCode3,M49_Code,Contributing_Country,Personnel_Contribution_Rank,Female_Personnel,Male_Personnel,"
         "Total_Uniformed_Personnel,Last_Reporting_Date\n",
         pk::source_format::un_dpo_rank},
        {"Date,Contributor_ISO-3,Mission,Individual_Police_Male,Individual_Police_Female,Individual_Police_Total,"
         "Formed_Police_Units_Male,Formed_Police_Units_Female,Formed_Police_Units_Total,Experts_on_Mission_Male,"
         "Experts_on_Mission_Female,Experts_on_Mission_Total,Troops_Male,Troops_Female,Troops_Total,Total_Male,"
         "Total_Female,Total_Total\n",
         pk::source_format::ipi_gender},
        {"Date,Contributor_ISO-3,Mission,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,Civilian_Police,"
         "Troops,Observers,Total\n",
         pk::source_format::ipi_snapshot},
    };
    for (const auto& c : cases) {
        INFO(c.text);
        const auto r = pk::read_text(c.text, "header.csv");
        CHECK(r.ok());
        CHECK(r.format == c.format);
        CHECK(r.data.empty());
    }
    // A header missing one column of each format is none of them.
    const auto missing = pk::read_text("ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel\n", "m.csv");
    CHECK_FALSE(missing.format);
    REQUIRE(missing.errors.size() == 1u);
    CHECK(missing.errors[0].expected == pk::known_formats_description);
}

TEST_CASE("UN DPO long: categories, unreported values, the gender-unreported column", "[csv][read][formats]") {
    const std::string text = std::string{long_header} + ",Gender_Unreported_Personnel\n" +
                             "VNM,UNMISS,Staff Officer,0,4,31-Dec-20,\n"
                             "VNM,UNMISS,Troops,10,53,31-Dec-20,NA\n"
                             "VNM,unreported,unreported,12,64,31-Dec-20,0\n"
                             "VNM,MINUSCA,Experts on Mission,0,0,31-Dec-20,3\n";
    const auto r = pk::read_text(text, "long.csv");
    REQUIRE(r.ok());
    const pk::month dec2020{2020, 12};
    const std::vector<pk::contribution> expected{
        row(dec2020, vnm, unmiss, cat::staff_officers, 0, 4),
        row(dec2020, vnm, unmiss, cat::troops, 10, 53),
        row(dec2020, vnm, pk::mission::unreported(), cat::unreported, 12, 64),
        row(dec2020, vnm, pk::mission{"MINUSCA"}, cat::experts_on_mission, 0, 0, 3),
    };
    CHECK(std::vector<pk::contribution>(r.data.begin(), r.data.end()) == expected);
    // The month's rows do not all name a mission, a category or a gender split: coverage says so.
    CHECK(r.data.coverage(dec2020) == pk::month_coverage{.missions = false, .genders = false, .categories = false});
}

TEST_CASE("IPI gender: NA, aggregate rows, stray apostrophes, sums", "[csv][read][formats]") {
    const std::string header =
        "Date,Contributor,Contributor_ISO-3,Mission,Individual_Police_Male,Individual_Police_Female,"
        "Individual_Police_Total,Formed_Police_Units_Male,Formed_Police_Units_Female,Formed_Police_Units_Total,"
        "Experts_on_Mission_Male,Experts_on_Mission_Female,Experts_on_Mission_Total,Troops_Male,Troops_Female,"
        "Troops_Total,Total_Male,Total_Female,Total_Total\r\n";
    // Rows in full_gender_data's style (CRLF, NA, "all" totals, apostrophes from 2014-03 on).
    const std::string text = header +
        "2009-11-30,all,all,all,6316,591,6964,5460,276,5736,2244,90,2350,80993,2060,83063,95013,3017,98113\r\n"
        "2009-11-30,Albania,ALB,all,NA,NA,NA,NA,NA,NA,NA,NA,NA,63,0,63,63,0,63\r\n"
        "2014-07-31,Vietnam',VNM',UNMISS',NA,NA,NA,NA,NA,NA,2,0,2,NA,NA,NA,2,0,2\r\n"
        "2014-07-31,Tanzania',TZA',UNAMID',26,27,53,NA,NA,NA,11,1,12,768,47,815,805,75,880\r\n"
        // Totals given, split not: people kept as gender-unreported.
        "2014-07-31,Albania',ALB',UNMISS',NA,NA,1,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,1\r\n"
        // All NA: valid, no people.
        "2009-11-30,United States,USA,UNMIS,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA,NA\r\n";
    const auto r = pk::read_text(text, "ipi.csv");
    REQUIRE(r.ok());
    CHECK(r.format == pk::source_format::ipi_gender);
    CHECK(r.data_lines == 6u);
    CHECK(r.valid_lines == 6u);
    CHECK(r.aggregate_lines == 2u);
    const pk::country tza{"TZA"}, alb{"ALB"};
    const pk::mission unamid{"UNAMID"};
    const std::vector<pk::contribution> expected{
        row(july2014, vnm, unmiss, cat::experts_on_mission, 0, 2),
        row(july2014, tza, unamid, cat::individual_police, 27, 26),
        row(july2014, tza, unamid, cat::experts_on_mission, 1, 11),
        row(july2014, tza, unamid, cat::troops, 47, 768),
        row(july2014, alb, unmiss, cat::individual_police, 0, 0, 1),
    };
    CHECK(std::vector<pk::contribution>(r.data.begin(), r.data.end()) == expected);
    CHECK(sum(r.data).total == 2 + 880 + 1);
}

TEST_CASE("IPI snapshot: NA, apostrophes, no gender split", "[csv][read][formats]") {
    // update_archive_20140731.csv's rows for VNM and KOR/UNMIL (columns cut to the ones read).
    const std::string text =
        "Date,Contributor,Contributor_ISO-3,Mission,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,"
        "Civilian_Police,Troops,Observers,Total\r\n"
        "2014-07-31,Vietnam,VNM,UNMISS,2,NA,NA,NA,NA,2,2\r\n"
        "2014-07-31,Republic of Korea,KOR,UNMIL,1,NA,3,3,1,1,5\r\n"
        "2014-07-31,South Sudan',SSD',UNMISS',NA,NA,NA,NA,NA,NA,NA\r\n";
    const auto r = pk::read_text(text, "snapshot.csv");
    REQUIRE(r.ok());
    const pk::country kor{"KOR"};
    const pk::mission unmil{"UNMIL"};
    const std::vector<pk::contribution> expected{
        row(july2014, vnm, unmiss, cat::experts_on_mission, 0, 0, 2),
        row(july2014, kor, unmil, cat::troops, 0, 0, 1),
        row(july2014, kor, unmil, cat::experts_on_mission, 0, 0, 1),
        row(july2014, kor, unmil, cat::individual_police, 0, 0, 3),
    };
    CHECK(std::vector<pk::contribution>(r.data.begin(), r.data.end()) == expected);
    CHECK(r.data.coverage(july2014) == pk::month_coverage{.genders = false});
}

TEST_CASE("UN DPO rank: country totals with no mission or category", "[csv][read][formats]") {
    const std::string text =
        "\xEF\xBB\xBFISOCode3,M49_Code,Contributing_Country,Personnel_Contribution_Rank,Female_Personnel,"
        "Male_Personnel,Total_Uniformed_Personnel,Last_Reporting_Date\r\n"
        "VNM,704,Viet Nam,65,15,58,73,31-Jan-22\r\n"
        "PNG,598,Papua New Guinea,122,0,0,0,31-Jan-22\r\n"
        "\r\n";
    const auto r = pk::read_text(text, "rank.csv");
    REQUIRE(r.ok());
    CHECK(r.data_lines == 2u);
    const pk::month jan2022{2022, 1};
    const std::vector<pk::contribution> expected{
        row(jan2022, vnm, pk::mission::unreported(), cat::unreported, 15, 58),
        // A zero row is a row: kept (README: PNG 0,0,0 in the Jan-2022 file).
        row(jan2022, pk::country{"PNG"}, pk::mission::unreported(), cat::unreported, 0, 0),
    };
    CHECK(std::vector<pk::contribution>(r.data.begin(), r.data.end()) == expected);
    CHECK(r.data.coverage(jan2022) == pk::month_coverage{.missions = false, .categories = false});
    // A rank that is not a number is an error of its column.
    const auto bad = pk::read_text(
        "ISOCode3,Personnel_Contribution_Rank,Female_Personnel,Male_Personnel,Total_Uniformed_Personnel,"
        "Last_Reporting_Date\nVNM,sixty-five,15,58,73,31-Jan-22\n",
        "rank.csv");
    REQUIRE(bad.errors.size() == 1u);
    CHECK(bad.errors[0].to_string() ==
          "rank.csv:2:5: error: expected a rank (a whole number) in column \"Personnel_Contribution_Rank\", found \"sixty-five\"");
}

TEST_CASE("only: rows outside the period are skipped before they are checked", "[csv][read][options]") {
    const std::string text = std::string{long_header} + "\n" +
                             "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14\n"     // inside
                             "VNM,UNMISS,Experts on Mission,0,-2,30-Jun-14\n"    // outside, bad count: not checked
                             "VNM,UNMIZZ,Experts on Mission,0,2,30-Jun-14\n"     // outside, bad mission: not checked
                             "VNM,UNMISS,Experts on Mission,0,2,31-Jun-14\n"     // no valid date: an error
                             "VNM,UNMISS,Experts on Mission,0,-2,31-Aug-14\n";   // inside, bad count: an error
    const auto r = pk::read_text(text, "only.csv", {.only = pk::month_range{july2014, pk::month{2014, 8}}});
    CHECK(r.data.size() == 1u);
    CHECK(r.outside_period_lines == 2u);
    REQUIRE(r.errors.size() == 2u);
    CHECK(r.errors[0].line == 5u);
    CHECK(r.errors[1].line == 6u);
    CHECK(r.valid_lines + r.errors.size() == r.data_lines);
    // Without the option, all four bad rows are errors.
    CHECK(pk::read_text(text, "only.csv").errors.size() == 4u);
}

TEST_CASE("drop_identical_duplicates drops a line only if all of it repeats", "[csv][read][options]") {
    const std::string header =
        "Date,Contributor_ISO-3,Mission,Individual_Police_Male,Individual_Police_Female,Individual_Police_Total,"
        "Formed_Police_Units_Male,Formed_Police_Units_Female,Formed_Police_Units_Total,Experts_on_Mission_Male,"
        "Experts_on_Mission_Female,Experts_on_Mission_Total,Troops_Male,Troops_Female,Troops_Total,Total_Male,"
        "Total_Female,Total_Total\n";
    const std::string first = "2011-06-30,ALB,UNMIL,12,1,13,0,0,0,0,0,0,0,0,0,12,1,13\n";
    // Repeats the first line's police exactly, but also brings troops nobody else reported.
    const std::string more = "2011-06-30,ALB,UNMIL,12,1,13,0,0,0,0,0,0,5,0,5,17,1,18\n";
    const auto r = pk::read_text(header + first + first + more, "dup.csv", {.drop_identical_duplicates = true});
    // Line 3 is an exact repeat: dropped. Line 4 is not all a repeat: reported, not dropped unseen.
    CHECK(r.identical_duplicates_dropped == 1u);
    REQUIRE(r.errors.size() == 1u);
    CHECK(r.errors[0].line == 4u);
    CHECK(r.data.size() == 1u);
    CHECK(r.valid_lines + r.errors.size() == r.data_lines);
    // Strict mode: the same line is the first error.
    try {
        (void)pk::read_text(header + first + first + more, "dup.csv", {.strict = true, .drop_identical_duplicates = true});
        FAIL("no exception");
    } catch (const pk::read_failure& failure) {
        CHECK(failure.error().line == 4u);
    }
}

TEST_CASE("strict mode throws the first bad row, with its position", "[csv][read][options]") {
    const std::string text = std::string{long_header} + "\n" +
                             "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14\n"
                             "VNM,UNMISS,Troops,x,2,31-Jul-14\n"
                             "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14\n";
    const auto lenient = pk::read_text(text, "strict.csv");
    REQUIRE(lenient.errors.size() == 2u);  // the bad count, then the duplicate of line 2
    try {
        (void)pk::read_text(text, "strict.csv", {.strict = true});
        FAIL("no exception");
    } catch (const pk::read_failure& failure) {
        CHECK(failure.error() == lenient.errors[0]);
        // "VNM,UNMISS,Troops," is 18 bytes: the count starts in column 19.
        CHECK(failure.error().to_string() ==
              "strict.csv:3:19: error: expected a count (a whole number from 0 to 65535) in column "
              "\"Female_Personnel\", found \"x\"");
    }
    // Strict on a clean text reads it all.
    const auto clean = pk::read_text(std::string{long_header} + "\nVNM,UNMISS,Experts on Mission,0,2,31-Jul-14\n", "ok.csv",
                                     {.strict = true});
    CHECK(clean.data.size() == 1u);
}

TEST_CASE("read_error is a regular value that prints like a compiler", "[csv][error]") {
    pk::read_error e{.file = "f.csv", .line = 3, .column = 7, .column_name = "Male_Personnel",
                     .expected = "a count", .found = "-3", .page = 0};
    CHECK(e.to_string() == "f.csv:3:7: error: expected a count in column \"Male_Personnel\", found \"-3\"");
    auto copy = e;
    CHECK(copy == e);
    copy.line = 4;
    CHECK(e < copy);
    // Control bytes, bytes that are not UTF-8 and the BOM are escaped; UTF-8 text is not;
    // long found texts are cut after 80 bytes.
    e.found = std::string{"a\tb\0c", 5} + "\xff" + "C\xC3\xB4te d\xE2\x80\x99Ivoire" + "\xEF\xBB\xBF" + "\"\\";
    CHECK(e.message() ==
          "expected a count in column \"Male_Personnel\", found \"a\\x09b\\x00c\\xffC\xC3\xB4te d\xE2\x80\x99Ivoire"
          "\\xef\\xbb\\xbf\\\"\\\\\"");
    e.found = std::string(100, 'x');
    CHECK(e.message() == "expected a count in column \"Male_Personnel\", found \"" + std::string(80, 'x') + "...\"");
    e.column_name.clear();
    e.page = 2;
    e.found = "y";
    CHECK(e.message() == "expected a count on page 2, found \"y\"");
}

namespace {

// The bundled series' lines again and again, each copy's dates moved on by 20 years (its
// dd/mm/yyyy dates: the year is the line's first field's last four bytes), so no key repeats.
// Each row gets a country-name column the reader does not read: 60 bytes in the first copy
// and one after it (`long_names_first`), or one byte throughout.
std::string bundled_copies(int copies, bool long_names_first) {
    std::ifstream in{std::string{PK_SOURCE_DIR} + "/examples/data/un_contributions_monthly.csv", std::ios::binary};
    std::string header;
    std::getline(in, header);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) lines.push_back(line);
    std::string text = header + ",Contributing_Country\n";
    for (int copy = 0; copy < copies; ++copy) {
        const std::string name = long_names_first && copy == 0 ? std::string(60, 'n') : "n";
        for (const auto& line : lines) {
            const int year = std::stoi(line.substr(6, 4)) + 20 * copy;
            text += line.substr(0, 6) + std::to_string(year) + line.substr(10) + "," + name + "\n";
        }
    }
    return text;
}

void check_file_reads_as_text(const std::string& text, const std::string& stem) {
    const auto path = std::filesystem::temp_directory_path() / (stem + std::to_string(std::random_device{}()) + ".csv");
    {
        std::ofstream out{path, std::ios::binary};
        out << text;
    }
    REQUIRE(std::filesystem::file_size(path) > (std::uint64_t{16} << 20));  // read_file's parallel threshold
    const auto from_file = pk::read_file(path.string(), {.display_name = "x.csv"});
    const auto from_text = pk::read_text(text, "x.csv");  // one chunk, in memory
    std::filesystem::remove(path);
    CHECK(from_file.data_lines == from_text.data_lines);
    CHECK(from_file.valid_lines == from_text.valid_lines);
    REQUIRE(from_file.errors.size() == from_text.errors.size());
    for (std::size_t i = 0; i < from_file.errors.size(); ++i) CHECK(from_file.errors[i] == from_text.errors[i]);
    const auto a = from_file.data.contributions(), b = from_text.data.contributions();
    REQUIRE(a.size() == b.size());
    CHECK(std::equal(a.begin(), a.end(), b.begin()));
    CHECK(std::equal(from_file.data.covered_months().begin(), from_file.data.covered_months().end(),
                     from_text.data.covered_months().begin(), from_text.data.covered_months().end()));
}

}  // namespace

TEST_CASE("a file read in parallel chunks gives the rows, errors and months its text gives", "[csv][read][parallel]") {
    // Three copies of the bundled series (461,721 rows, about 20 MB): past 16 MiB, read_file
    // cuts the file into chunks, read by one thread per core, and moves each chunk's rows down
    // to their place as the chunks before it are done. The text in memory is read in one chunk.
    const std::string plain = bundled_copies(3, false);
    check_file_reads_as_text(plain, "pk_parallel_plain_");
    // Bad lines in several chunks: their line numbers follow the chunks before them.
    std::string with_errors = plain;
    for (std::size_t at : {with_errors.size() / 7, with_errors.size() / 2, with_errors.size() * 6 / 7}) {
        const auto line_start = with_errors.find('\n', at) + 1;
        with_errors.insert(line_start, "31/02/2009,ARG,MINURSO,Troops,0,3,0,n\nnot a row\n");
    }
    check_file_reads_as_text(with_errors, "pk_parallel_errors_");
    // Rows are reserved by the first 1 MiB's rows per byte: long lines there, short ones after,
    // and the later chunks' rows overflow their slices, which are then copied, not moved.
    check_file_reads_as_text(bundled_copies(4, true), "pk_parallel_overflow_");
}
