// The ledger reader: every good row kept, every bad one reported as one exact
// FILE:LINE:COLUMN line. Columns are counted by hand in the comments (1-based bytes).
#include <peacekeeping/ledger/read.hpp>

#include <string>
#include <vector>

#include "support/catch.hpp"

namespace {

std::vector<std::string> lines_of(const pk::ledger_read_result& r) {
    std::vector<std::string> out;
    for (const auto& e : r.errors) out.push_back(e.to_string());
    return out;
}

const std::string header = "kind,label,rotation,role,mission,category,departed,returned,headcount,source,note\n";

}  // namespace

TEST_CASE("bad rows are reported exactly, good rows kept", "[ledger][read]") {
    const std::string text =
        header +
        // 2: good
        "deployment,Good,1,medical unit,UNMISS,Troops,2018-10,2019-11,63,https://example.org/a,ok\n"
        // 3: "deployment," 1-11, "Bad month," 12-21, "2," 22-23, "medical unit," 24-36,
        //    "UNMISS," 37-43, "Troops," 44-50: departed at 51
        "deployment,Bad month,2,medical unit,UNMISS,Troops,2019-13,2021-03,63,https://example.org/a,\n"
        // 4: ... "Negative," 12-20, "3," 21-22, "medical unit," 23-35, "UNMISS," 36-42,
        //    "Troops," 43-49, "2021-03," 50-57, "2022-04," 58-65: headcount at 66
        "deployment,Negative,3,medical unit,UNMISS,Troops,2021-03,2022-04,-33,https://example.org/a,\n"
        // 5: "Unknown role," 12-24, "4," 25-26: role at 27
        "deployment,Unknown role,4,medic,UNMISS,Troops,2022-04,2023-07,51,https://example.org/a,\n"
        // 6: "Unknown mission," 12-27, "5," 28-29, "medical unit," 30-42: mission at 43
        "deployment,Unknown mission,5,medical unit,UNMIZZ,Troops,2023-07,2024-09,51,https://example.org/a,\n"
        // 7: "aggregate," 1-10, "Officers," 11-19, "," 20, "military observer|" 21-38:
        //    the unknown second role at 39
        "aggregate,Officers,,military observer|spy,UNMISS|MINUSCA,Experts on Mission,2014-06..2022-05,,76,"
        "https://example.org/a,\n"
        // 8: "Liaison," 12-19, "," 20, "liaison officer," 21-36, "UNMISS," 37-43: category at 44
        "deployment,Liaison,,liaison officer,UNMISS,Troops,2014-06,2015-06,2,https://example.org/a,\n"
        // 9: "Backwards," 12-21, "6," 22-23, "medical unit," 24-36, "UNMISS," 37-43,
        //    "Troops," 44-50, "2024-09," 51-58: returned at 59
        "deployment,Backwards,6,medical unit,UNMISS,Troops,2024-09,2024-09,63,https://example.org/a,\n"
        // 10: a detail in UNISFA, which the only valid aggregate (line 11) does not name: kind at 1
        "detail,Stray,,military observer,UNISFA,Experts on Mission,2022-02,2023-02,7,https://example.org/a,\n"
        // 11, 12: a valid aggregate and a detail inside it
        "aggregate,Officers,,military observer|liaison officer,UNMISS|MINUSCA,Experts on Mission,"
        "2014-06..2022-05,,76,https://example.org/a,\n"
        "detail,First two,,liaison officer,UNMISS,Experts on Mission,2014-06,2015-06,2,https://example.org/a,\n"
        // 13: "No URL," 12-18, "7," 19-20, "medical unit," 21-33, "UNMISS," 34-40, "Troops," 41-47,
        //     "2025-09," 48-55, "," 56, "63," 57-59: source at 60
        "deployment,No URL,7,medical unit,UNMISS,Troops,2025-09,,63,V13,\n"
        // 14: 7 fields, 53 bytes: the missing ones would start at 54
        "deployment,Short,8,medical unit,UNMISS,Troops,2025-09\n";

    const auto r = pk::read_ledger_text(text, "ledger.csv");
    const std::vector<std::string> expected = {
        "ledger.csv:3:51: error: expected a month like 2018-10 (or a date like 2018-10-15) in column \"departed\", "
        "found \"2019-13\"",
        "ledger.csv:4:66: error: expected a headcount (a whole number from 1 to 65535) in column \"headcount\", "
        "found \"-33\"",
        "ledger.csv:5:27: error: expected a role (military observer, liaison officer, military adviser, staff "
        "officer, medical unit, engineering unit, infantry, aviation unit, logistics unit, signals unit, individual "
        "police, formed police unit) in column \"role\", found \"medic\"",
        "ledger.csv:6:43: error: expected a known mission acronym (closest: UNMISS, UNMIK, UNMIL) in column \"mission\", found \"UNMIZZ\"",
        "ledger.csv:7:39: error: expected a role (military observer, liaison officer, military adviser, staff "
        "officer, medical unit, engineering unit, infantry, aviation unit, logistics unit, signals unit, individual "
        "police, formed police unit) in column \"role\", found \"spy\"",
        "ledger.csv:8:44: error: expected Experts on Mission (the UN category of liaison officer) in column "
        "\"category\", found \"Troops\"",
        "ledger.csv:9:59: error: expected a month after the departure month 2024-09 in column \"returned\", "
        "found \"2024-09\"",
        "ledger.csv:10:1: error: expected a detail row inside an aggregate row (its departure month, mission and "
        "role within the aggregate's, its headcount within what the aggregate leaves) in column \"kind\", found "
        "\"detail\"",
        "ledger.csv:13:60: error: expected a source URL (http:// or https://), or several separated by spaces in "
        "column \"source\", found \"V13\"",
        "ledger.csv:14:54: error: expected 11 fields, as in the header, found \"7 fields\"",
    };
    CHECK(lines_of(r) == expected);
    CHECK(r.data_lines == 13);
    REQUIRE(r.entries.size() == 3);  // lines 2, 11 and 12
    CHECK(r.entries[0].label == "Good");
    CHECK(r.entries[0].departed == pk::month_range{pk::month{2018, 10}, pk::month{2018, 10}});
    CHECK(r.entries[0].returned == pk::month{2019, 11});
    CHECK(r.entries[0].roles == pk::role_set{pk::role::medical_unit});
    CHECK(r.entries[1].kind == pk::entry_kind::aggregate);
    CHECK(r.entries[1].missions.size() == 2);
    CHECK(r.entries[2].kind == pk::entry_kind::detail);
}

TEST_CASE("a read_error is a value: whole errors compare", "[ledger][read]") {
    const auto r = pk::read_ledger_text(header + "deployment,X,1,medical unit,UNMISS,Troops,2018-10,,0,https://e.org,\n",
                                        "l.csv");
    // "deployment," 1-11, "X," 12-13, "1," 14-15, "medical unit," 16-28, "UNMISS," 29-35,
    // "Troops," 36-42, "2018-10," 43-50, "," 51: headcount at 52. Zero people is no deployment.
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.front() ==
          pk::read_error{"l.csv", 2, 52, "headcount", "a headcount (a whole number from 1 to 65535)", "0", 0});
}

TEST_CASE("the ledger's own rules: several missions, wordings, open returns", "[ledger][read]") {
    const auto r = pk::read_ledger_text(
        header +
            // Several missions only in an aggregate: at 1-11 "deployment,", "Two," 12-15, "," 16,
            // "staff officer," 17-30: mission at 31.
            "deployment,Two,,staff officer,UNMISS|UNISFA,Staff Officer,2022-02,2023-02,2,https://e.org,\n"
            // A national wording, quoted fields, a date for a month, still deployed.
            "deployment,\"Hospital, rotation 7\",7,level-2 field hospital,unmiss,Troops,2025-09-22,,63,"
            "\"https://a.org https://b.org\",\"[V13] sent off 22 Sep 2025\"\n"
            // An aggregate cannot have a return month: "aggregate," 1-10, "A," 11-12, "," 13,
            // "staff officer," 14-27, "UNMISS," 28-34, "Staff Officer," 35-48, "2020-01..2020-12," 49-65:
            // returned at 66.
            "aggregate,A,,staff officer,UNMISS,Staff Officer,2020-01..2020-12,2021-01,3,https://e.org,\n",
        "l.csv");
    const std::vector<std::string> expected = {
        "l.csv:2:31: error: expected one mission (only an aggregate row may name several) in column \"mission\", "
        "found \"UNMISS|UNISFA\"",
        "l.csv:4:66: error: expected nothing (an aggregate row's returns are not known) in column \"returned\", "
        "found \"2021-01\"",
    };
    CHECK(lines_of(r) == expected);
    REQUIRE(r.entries.size() == 1);
    const auto& e = r.entries.front();
    CHECK(e.label == "Hospital, rotation 7");
    CHECK(e.roles == pk::role_set{pk::role::medical_unit});
    CHECK(e.missions == pk::mission_set{pk::mission{"UNMISS"}});
    CHECK(e.departed.first() == pk::month{2025, 9});
    CHECK_FALSE(e.returned.has_value());
    CHECK(e.present_at(pk::month{2030, 1}));
    CHECK(e.source == "https://a.org https://b.org");
}

TEST_CASE("a header without the ledger's columns is one file error", "[ledger][read]") {
    const auto r = pk::read_ledger_text("kind,label,role\ndeployment,X,medical unit\n", "h.csv");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.front().to_string() ==
          "h.csv:1:1: error: expected a ledger header with the columns kind, label, rotation, role, mission, "
          "category, departed, returned, headcount, source, note (missing: rotation, mission, category, departed, "
          "returned, headcount, source, note), found \"kind,label,role\"");
    CHECK(r.entries.empty());
}

TEST_CASE("a ledger file that cannot be opened throws, saying which", "[ledger][read]") {
    CHECK_THROWS_AS(pk::read_ledger_file("/nonexistent/ledger.csv"), pk::read_failure);
}
