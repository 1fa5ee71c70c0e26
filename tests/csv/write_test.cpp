// pk::write_un_dpo_long: the columns come from the record (Hana), the values in DPO's style;
// and nothing is lost: every shipped CSV file and every fixture, read, written and read back,
// gives an equal dataset (same rows, same covered months and coverage).
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/csv/write.hpp>

#include <filesystem>
#include <sstream>
#include <string>

#include "support/catch.hpp"

namespace {

std::string written(const pk::dataset& d) {
    std::ostringstream out;
    pk::write_un_dpo_long(out, d);
    return out.str();
}

void check_round_trip(const pk::read_result& first, const std::string& name) {
    INFO(name);
    const std::string text = written(first.data);
    const auto again = pk::read_text(text, name + " (written)");
    CHECK(again.ok());
    CHECK(again.format == pk::source_format::un_dpo_long);
    CHECK(again.data.size() == first.data.size());
    CHECK(again.data == first.data);
    // Written again, the text is the same, byte for byte.
    CHECK(written(again.data) == text);
}

}  // namespace

TEST_CASE("the writer's columns and values", "[csv][write]") {
    pk::dataset d;
    d.add({.month = pk::month{2014, 7}, .country = pk::country{"VNM"}, .mission = pk::mission{"UNMISS"},
           .category = pk::personnel_category::experts_on_mission, .female = 0, .male = 2, .gender_unreported = 0});
    d.add({.month = pk::month{2020, 2}, .country = pk::country{"ALB"}, .mission = pk::mission{"UNMISS"},
           .category = pk::personnel_category::staff_officers, .female = 1, .male = 65535, .gender_unreported = 0});
    // Hana walks month, country, mission, category, female, male; the gender-unreported column
    // appears only when some row needs it. Dates are the month's last day, dd/mm/yyyy
    // (29 February 2020: a leap year); Staff Officer is DPO's singular.
    CHECK(written(d) ==
          "Last_Reporting_Date,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel\n"
          "31/07/2014,VNM,UNMISS,Experts on Mission,0,2\n"
          "29/02/2020,ALB,UNMISS,Staff Officer,1,65535\n");
    d.add({.month = pk::month{2020, 12}, .country = pk::country{"VNM"}, .mission = pk::mission::unreported(),
           .category = pk::personnel_category::unreported, .female = 0, .male = 0, .gender_unreported = 76});
    CHECK(written(d) ==
          "Last_Reporting_Date,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,"
          "Gender_Unreported_Personnel\n"
          "31/07/2014,VNM,UNMISS,Experts on Mission,0,2,0\n"
          "29/02/2020,ALB,UNMISS,Staff Officer,1,65535,0\n"
          "31/12/2020,VNM,unreported,unreported,0,0,76\n");
    // An empty dataset is a header alone, which reads back as a valid empty file.
    CHECK(written(pk::dataset{}) ==
          "Last_Reporting_Date,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel\n");
    const auto empty = pk::read_text(written(pk::dataset{}), "empty");
    CHECK(empty.ok());
    CHECK(empty.data.empty());
}

TEST_CASE("a small dataset of every kind of row survives the round trip", "[csv][write]") {
    const auto r = pk::read_text(
        "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date,"
        "Gender_Unreported_Personnel\n"
        "VNM,UNMISS,Troops,10,53,31-Dec-20,0\n"
        "VNM,UNMISS,Staff Officer,0,4,31-Dec-20,0\n"
        "VNM,MINUSCA,Formed Police Units,0,0,31-Dec-20,7\n"
        "VNM,unreported,unreported,12,64,31-Jan-21,0\n"
        "KOR,UNMIL,Individual Police,1,2,31-Jul-14,0\n",
        "small");
    REQUIRE(r.ok());
    check_round_trip(r, "small");
}

TEST_CASE("the fixtures survive the round trip", "[csv][write][fixtures]") {
    const auto fixtures = std::filesystem::path{PK_TEST_DIR} / "csv" / "fixtures";
    for (const char* name : {"odp_contributionsbygender.csv", "dpo_uchistorical.csv", "teaching_copy.csv"}) {
        const auto r = pk::read_file(fixtures / name);
        REQUIRE(r.ok());
        check_round_trip(r, name);
    }
}

TEST_CASE("every shipped contribution file survives the round trip", "[csv][write][data]") {
#ifndef PK_SHARED_DATA_DIR
    WARN("PK_SHARED_DATA_DIR is not defined (../shared/data missing): round trip of the real files skipped");
#else
    const std::filesystem::path data{PK_SHARED_DATA_DIR};
    for (const char* relative :
         {"ipi/Gender.Full.csv", "ipi/current_month_2014-03-31.csv", "ipi_2014/update_archive_20140430.csv",
          "ipi_2014/update_archive_20140531.csv", "ipi_2014/update_archive_20140630.csv",
          "ipi_2014/update_archive_20140731.csv", "ipi_2014/update_archive_20140831.csv",
          "un_dpo_rank/odp_contributionranks_2020-12-31.csv", "un_dpo_rank/Rank_2021-01-31.csv",
          "un_dpo_rank/odp_contributionranks_2022-01-31.csv"}) {
        const auto r = pk::read_file(data / relative);
        REQUIRE(r.ok());
        REQUIRE_FALSE(r.data.empty());
        check_round_trip(r, relative);
    }
    // The 2014 gender file, read as the README says it must be.
    const auto full = pk::read_file(data / "ipi_2014" / "full_gender_data_to_2014-08-31.csv",
                                    {.drop_identical_duplicates = true, .only = pk::month_range::parse("2014-03..2014-08")});
    REQUIRE(full.ok());
    check_round_trip(full, "full_gender_data 2014-03..2014-08");
    // Read whole, it has errors (README: older, less clean release) but its valid rows
    // still survive the round trip.
    const auto whole = pk::read_file(data / "ipi_2014" / "full_gender_data_to_2014-08-31.csv");
    CHECK_FALSE(whole.ok());
    check_round_trip(whole, "full_gender_data, valid rows");
#endif
}
