// The UN DPO long reader's one-pass path (un_dpo_long_format::parse_plain, issue 11) against
// the careful path (split_fields, then parse): whenever the fast path takes a line, it must give
// the very contribution the careful path gives; it may decline any line (the reader then reads
// it the careful way), but it must take the plain lines of real files, or it is no fast path.
#include <peacekeeping/csv/formats.hpp>

#include <cstddef>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/catch.hpp"

namespace {

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        std::string line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.pop_back();
        out.push_back(line);
        start = end + 1;
    }
    if (!out.empty() && out.front().compare(0, 3, "\xEF\xBB\xBF") == 0) out.front().erase(0, 3);
    return out;
}

// Both paths over one line, with two fresh copies of the format (the fast path's memos start
// empty) or the same long-lived one (memos full): counts what the fast path took.
struct comparison {
    std::size_t taken = 0, declined = 0, careful_valid = 0;
};

void compare_line(pk::csv::un_dpo_long_format& fast, pk::csv::un_dpo_long_format& careful, const std::string& line,
                  comparison& tally) {
    std::vector<pk::csv::field> fields;
    std::string scratch;
    pk::csv::row_outcome outcome;
    bool careful_ok = false;
    if (!pk::csv::split_fields(line, ',', fields, scratch) && fields.size() == careful.columns()) {
        outcome.reset();
        careful_ok = careful.parse(fields, outcome);
    }
    tally.careful_valid += careful_ok ? 1 : 0;
    pk::contribution row{};
    if (fast.parse_plain(line, row)) {
        ++tally.taken;
        INFO("line: " << line);
        REQUIRE(careful_ok);  // a line the fast path takes is valid
        REQUIRE(outcome.count == 1);
        REQUIRE(row == outcome.rows[0]);
    } else {
        ++tally.declined;
    }
}

pk::csv::un_dpo_long_format format_of(const std::string& header_line) {
    std::vector<pk::csv::field> cells;
    std::string scratch;
    REQUIRE_FALSE(pk::csv::split_fields(header_line, ',', cells, scratch));
    auto format = pk::csv::un_dpo_long_format::from_header(pk::csv::header{cells});
    REQUIRE(format);
    return *format;
}

// The UN's own column order (odp_contributionsbygender.csv), for rows written out below.
const std::string un_dpo_long_header =
    "ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";

}  // namespace

TEST_CASE("the one-pass path takes the plain lines of the bundled series and agrees with the careful path") {
    const auto lines = lines_of(slurp(std::filesystem::path{PK_SOURCE_DIR} / "examples" / "data" / "un_contributions_monthly.csv"));
    REQUIRE(lines.size() == 153908);  // the header and 153,907 rows (wc -l)
    auto fast = format_of(lines.front());
    auto careful = format_of(lines.front());
    comparison tally;
    for (std::size_t i = 1; i < lines.size(); ++i) compare_line(fast, careful, lines[i], tally);
    // The bundled file has no quote and no byte above 0x7F (grep -c '"' and grep -cP '[^\x00-\x7F]' give 0):
    // every row is plain and valid, so the fast path must take all of them.
    CHECK(tally.careful_valid == 153907);
    CHECK(tally.taken == 153907);
}

TEST_CASE("the one-pass path agrees with the careful path on the DPO fixtures, whatever their column order") {
    // Each fixture holds the same 14 valid rows (fixtures/README.txt). The fast path takes every
    // one of them except a quoted name with a doubled quote inside, which it leaves to the
    // careful path: `grep -c '""' F` gives 3 for odp_contributionsbygender.csv ("Korea,
    // ""Republic of"""), 0 for the others. Names quoted for a comma ("Moldova, Republic of")
    // or in UTF-8 ("Côte d'Ivoire") are taken: the name is checked, not read.
    struct fixture {
        const char* name;
        std::size_t plain;
    };
    for (const fixture& f : {fixture{"dpo_uchistorical.csv", 14}, fixture{"odp_contributionsbygender.csv", 11},
                             fixture{"teaching_copy.csv", 14}}) {
        INFO(f.name);
        const auto lines = lines_of(slurp(std::filesystem::path{PK_TEST_DIR} / "csv" / "fixtures" / f.name));
        auto fast = format_of(lines.front());
        auto careful = format_of(lines.front());
        comparison tally;
        for (std::size_t i = 1; i < lines.size(); ++i)
            if (!lines[i].empty()) compare_line(fast, careful, lines[i], tally);
        CHECK(tally.careful_valid == 14);
        CHECK(tally.taken == f.plain);
    }
}

TEST_CASE("the one-pass path never takes a line the careful path would read otherwise") {
    // Every byte of real rows replaced, in turn, by bytes that matter to one path or the other:
    // blanks (trimmed by the careful path), quotes, commas, an apostrophe, a NUL, a UTF-8 lead
    // byte, a digit, letters of either case. The format is long-lived, so its memos (the
    // country columns, the last date, the acronyms) are full of what earlier lines left.
    const std::string header = un_dpo_long_header;
    const std::vector<std::string> rows = {
        "ARG,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009",
        "ARG,32,Argentina,UNFICYP,Individual Police,13,250,30/11/2009",
        "VNM,704,Viet Nam,UNMISS,Experts on Mission,2,7,31/10/2014",
        "VNM,704,Viet Nam,UNISFA,Staff Officer,0,1,31/12/2022",
        "FRA,250,France,UNIFIL,Formed Police Units,0,12345,31/01/2020",
        // The shapes of a country's name the fast path skips without reading: quoted, UTF-8.
        "BOL,68,\"Bolivia, Plurinational State of\",MINUSTAH,Troops,10,198,30/11/2009",
        "CIV,384,C\xC3\xB4te d'Ivoire,MINUSMA,Individual Police,0,8,31/07/2014",
    };
    auto fast = format_of(header);
    auto careful = format_of(header);
    comparison tally;
    const std::string replacements{" \t\",'\0\xC3" "0Aa", 10};
    for (const auto& base : rows) {
        compare_line(fast, careful, base, tally);
        for (std::size_t at = 0; at < base.size(); ++at) {
            for (char r : replacements) {
                std::string changed = base;
                changed[at] = r;
                compare_line(fast, careful, changed, tally);
                compare_line(fast, careful, base, tally);  // and back: the memos hold the changed line's bytes
                std::string inserted = base;
                inserted.insert(at, 1, r);
                compare_line(fast, careful, inserted, tally);
            }
        }
    }
    // Each real row, unchanged, is taken (it is compared 1 + 3 x 10 x its length times).
    {
        auto fresh = format_of(header);
        comparison plain;
        for (const auto& base : rows) compare_line(fresh, careful, base, plain);
        CHECK(plain.taken == rows.size());
    }
    CHECK(tally.taken > rows.size());  // the fast path was really tried, and took the plain ones
    CHECK(tally.declined > 0);
}

TEST_CASE("country columns seen before are recalled, and only when every byte of them is the same") {
    // Rows of a month come country by country and the next month starts over: the fast path
    // remembers each country's leading columns (by their first four bytes) and recalls them
    // when they come again. A line whose first bytes match a remembered country's but whose
    // M49 code or name differs is not recalled: the careful path decides it.
    const std::string header = un_dpo_long_header;
    const std::vector<std::string> month = {
        "ARG,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009",
        "BOL,68,\"Bolivia, Plurinational State of\",MINUSTAH,Troops,10,198,30/11/2009",
        "CIV,384,C\xC3\xB4te d'Ivoire,MINUSMA,Individual Police,0,8,30/11/2009",
        "VNM,704,Viet Nam,UNMISS,Experts on Mission,2,7,30/11/2009",
    };
    auto fast = format_of(header);
    auto careful = format_of(header);
    comparison tally;
    for (int pass = 0; pass < 3; ++pass)
        for (const auto& line : month) compare_line(fast, careful, line, tally);
    CHECK(tally.taken == 12u);  // all of them, the quoted and the accented names included
    // The same first four bytes, other columns: a wrong M49 code (the careful path rejects it),
    // another spelling of the name (not read: the same country), a longer M49 field.
    const std::vector<std::string> traps = {
        "ARG,33,Argentina,MINUSTAH,Troops,33,526,30/11/2009",
        "ARG,32,Argentine Republic,MINUSTAH,Troops,33,526,30/11/2009",
        "ARG,032,Argentina,MINUSTAH,Troops,33,526,30/11/2009",
        "BOL,68,\"Bolivia, Plurinational State of\",MINUSTAH,Troops,10,198,30/11/2009",
        "BOL,68,Bolivia,MINUSTAH,Troops,10,198,30/11/2009",
    };
    for (const auto& trap : traps) {
        compare_line(fast, careful, trap, tally);
        for (const auto& line : month) compare_line(fast, careful, line, tally);
    }
    pk::contribution row{};
    CHECK_FALSE(fast.parse_plain(traps[0], row));  // ARG's M49 is 32
    REQUIRE(fast.parse_plain(traps[1], row));
    CHECK(row.country == pk::country{"ARG"});
}

TEST_CASE("a blank beside a field is taken where the field's reading trims it, and left otherwise") {
    // The careful path trims blanks around every field. The one-pass path has no blank test of
    // its own: the acronym and the category's label are trimmed by their lookups, so such a
    // line is taken, with the careful path's row; a blank beside a code, a count or the date
    // makes its reading refuse the field, and the line goes the careful way.
    const std::string header = un_dpo_long_header;
    const pk::contribution plain_row{pk::month{2009, 11}, pk::country{"ARG"}, pk::mission{"MINUSTAH"},
                                     pk::personnel_category::troops, 33, 526, 0};
    const std::vector<std::string> taken = {
        "ARG,32,Argentina, MINUSTAH,Troops,33,526,30/11/2009",
        "ARG,32,Argentina,MINUSTAH ,Troops,33,526,30/11/2009",
        "ARG,32,Argentina,MINUSTAH, Troops,33,526,30/11/2009",
        "ARG,32,Argentina,MINUSTAH,Troops  ,33,526,30/11/2009",
    };
    const std::vector<std::string> declined = {
        "ARG,32,Argentina,MINUSTAH,Troops, 33,526,30/11/2009",
        "ARG,32,Argentina,MINUSTAH,Troops,33,526 ,30/11/2009",
        "ARG,32,Argentina,MINUSTAH,Troops,33,526, 30/11/2009",
        "ARG,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009 ",
        "ARG ,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009",
        "ARG, 32,Argentina,MINUSTAH,Troops,33,526,30/11/2009",
    };
    for (const auto& line : taken) {
        auto fast = format_of(header);
        auto careful = format_of(header);
        comparison tally;
        compare_line(fast, careful, line, tally);  // the row, if taken, is the careful path's
        INFO("line: " << line);
        CHECK(tally.taken == 1u);
        pk::contribution row{};
        auto again = format_of(header);
        REQUIRE(again.parse_plain(line, row));
        CHECK(row == plain_row);
    }
    for (const auto& line : declined) {
        auto fast = format_of(header);
        auto careful = format_of(header);
        comparison tally;
        compare_line(fast, careful, line, tally);
        INFO("line: " << line);
        CHECK(tally.declined == 1u);
        CHECK(tally.careful_valid == 1u);  // the careful path trims the blank and reads the row
    }
}

TEST_CASE("blanks beside unreported, NA, an apostrophe or nothing at all are left to the careful path") {
    // The careful path trims these fields and then reads them in its own way; the one-pass
    // path declines each such line (were it to take one, compare_line requires the careful
    // path's row).
    const std::string header = un_dpo_long_header + ",Gender_Unreported_Personnel";
    const std::vector<std::string> lines = {
        "ARG,32,Argentina, unreported,Troops,33,526,30/11/2009,0",
        "ARG,32,Argentina,unreported ,Troops,33,526,30/11/2009,0",
        "ARG,32,Argentina,MINUSTAH, unreported,33,526,30/11/2009,0",
        "ARG,32,Argentina,MINUSTAH,unreported ,33,526,30/11/2009,0",
        "ARG,32,Argentina,MINUSTAH' ,Troops,33,526,30/11/2009,0",
        "ARG,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009, NA",
        "ARG,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009,NA ",
        "ARG,32,Argentina,MINUSTAH,Troops,33,526,30/11/2009,  ",
        "ARG,32,Argentina,   ,Troops,33,526,30/11/2009,0",
        "ARG,32,Argentina,MINUSTAH,   ,33,526,30/11/2009,0",
    };
    auto careful = format_of(header);
    comparison all;
    for (const auto& line : lines) {
        auto fast = format_of(header);
        comparison tally;
        compare_line(fast, careful, line, tally);
        all.taken += tally.taken;
        all.careful_valid += tally.careful_valid;
    }
    // The careful path reads all but the two blank-only fields it reports (a mission and a
    // category are required); the one-pass path takes none of them.
    CHECK(all.careful_valid == lines.size() - 2);
    CHECK(all.taken == 0u);
}
