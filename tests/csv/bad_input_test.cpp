// The bad-input corpus (tests/csv/bad/, issue 10): one small file per class of error, each
// with a sibling .expected holding the exact error lines. For every file the test checks
//   - the printed errors equal the .expected file, line for line;
//   - every good row is kept: each line without an error, read alone under the header, gives
//     rows that are all in the file's dataset; and the number of good lines, counted by hand
//     (the table below), equals valid_lines;
//   - valid_lines + row errors == data_lines;
//   - strict mode throws pk::read_failure carrying exactly the first error.
// make_corpus.py wrote the files; its comments say how each column was computed.
#include <peacekeeping/csv/read.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "support/catch.hpp"

namespace {

const std::filesystem::path corpus = std::filesystem::path{PK_TEST_DIR} / "csv" / "bad";

std::string slurp(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

std::string printed_errors(const pk::read_result& r) {
    std::string out;
    for (const auto& e : r.errors) out += e.to_string() + "\n";
    return out;
}

std::vector<std::string> physical_lines(const std::string& text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start < text.size()) {
        auto end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        lines.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    return lines;
}

// Each line that has no error, read alone under the header, gives rows found in `whole`.
void check_good_lines_kept(const std::string& name, const std::string& text, const pk::read_result& whole) {
    const auto lines = physical_lines(text);
    REQUIRE(!lines.empty());
    std::set<std::uint32_t> bad_lines;
    for (const auto& e : whole.errors) bad_lines.insert(e.line);
    std::size_t good = 0;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const auto number = static_cast<std::uint32_t>(i + 1);
        if (bad_lines.count(number) != 0) continue;
        if (lines[i].find_first_not_of(" \t\r") == std::string::npos) continue;  // blank
        const auto alone = pk::read_text(lines[0] + "\n" + lines[i], name);
        INFO(name << " line " << number);
        REQUIRE(alone.ok());
        REQUIRE(alone.valid_lines == 1u);
        for (const auto& row : alone.data)
            CHECK(std::count(whole.data.begin(), whole.data.end(), row) >= 1);
        ++good;
    }
    CHECK(good == whole.valid_lines);
}

struct corpus_file {
    const char* name;
    std::size_t data_lines;  // non-blank lines after the header
    std::size_t good_lines;  // counted by hand: see each file
    std::size_t rows;        // contributions of the good lines, by hand
};

// Counted by hand from the files (line numbers are the file's, the header is line 1):
const corpus_file files[] = {
    {"bad_date.csv", 6, 3, 3},                      // good: 2, 4, 7
    {"non_numeric_count.csv", 6, 2, 2},             // good: 2, 7
    {"negative_count.csv", 4, 2, 2},                // good: 2, 4
    {"count_too_large.csv", 5, 2, 2},               // good: 2, 4 (65535, the largest count)
    {"total_mismatch.csv", 4, 2, 2},                // good: 2 (BGD), 4 (RWA)
    {"total_mismatch_ipi.csv", 3, 2, 2},            // good: 2, 4; one category each
    {"categories_mismatch.csv", 4, 2, 3},           // good: 2 (1 category), 5 (IP and Troops)
    {"categories_mismatch_snapshot.csv", 5, 2, 3},  // good: 2 (experts), 6 (experts, troops)
    {"unknown_country.csv", 4, 2, 2},               // good: 2, 5
    {"unknown_mission.csv", 4, 2, 2},               // good: 2, 4
    {"unknown_personnel_type.csv", 4, 2, 2},        // good: 2, 5 (Staff Officer)
    {"m49_mismatch.csv", 4, 2, 2},                  // good: 3 ("008" is 8), 5 (no code)
    {"short_row.csv", 4, 2, 2},                     // good: 2, 4
    {"long_row.csv", 4, 2, 2},                      // good: 2, 5
    {"unterminated_quote.csv", 6, 4, 4},            // good: 2, 4, 6, 7: nothing swallowed
    {"text_after_quote.csv", 3, 2, 2},              // good: 2, 4 (a blank after a quote is fine)
    {"invalid_utf8.csv", 7, 3, 3},                  // good: 2, 4, 8 (a curly apostrophe in UTF-8)
    {"header_only.csv", 0, 0, 0},                   // valid: no rows
    {"bom_in_middle.csv", 5, 3, 3},                 // good: 2, 4, 6 (the BOM of line 1 is fine)
    {"nul_byte.csv", 4, 2, 2},                      // good: 2, 5
    {"duplicate_key.csv", 5, 3, 3},                 // good: 2, 3, 6
    {"interleaved.csv", 15, 8, 8},                  // good: every even line
};

}  // namespace

TEST_CASE("every file of the corpus prints exactly its expected errors and keeps its good rows", "[csv][bad]") {
    for (const auto& f : files) {
        const auto path = corpus / f.name;
        const auto expected_path = path.parent_path() / (path.stem().string() + ".expected");
        INFO(f.name);
        REQUIRE(std::filesystem::exists(path));
        REQUIRE(std::filesystem::exists(expected_path));
        const auto result = pk::read_file(path, {.display_name = f.name});
        CHECK(printed_errors(result) == slurp(expected_path));
        CHECK(result.format.has_value());
        CHECK(result.data_lines == f.data_lines);
        CHECK(result.valid_lines == f.good_lines);
        CHECK(result.data.size() == f.rows);
        // Every error is a row error here (a line after the header): one per bad line.
        for (const auto& e : result.errors) {
            CHECK(e.line > 1u);
            CHECK(e.file == f.name);
        }
        CHECK(result.valid_lines + result.errors.size() == result.data_lines);
        check_good_lines_kept(f.name, slurp(path), result);

        // The same text from memory reads the same.
        const auto from_memory = pk::read_text(slurp(path), f.name);
        CHECK(from_memory.errors == result.errors);
        CHECK(from_memory.data == result.data);

        // Strict mode: the first error, thrown; nothing thrown for a clean file.
        if (result.errors.empty()) {
            CHECK_NOTHROW((void)pk::read_file(path, {.strict = true, .display_name = f.name}));
        } else {
            try {
                (void)pk::read_file(path, {.strict = true, .display_name = f.name});
                FAIL("strict mode did not throw");
            } catch (const pk::read_failure& failure) {
                CHECK(failure.error() == result.errors.front());
                CHECK(std::string{failure.what()} == result.errors.front().to_string());
            }
        }
    }
}

TEST_CASE("file-level errors: an empty file, an unknown header", "[csv][bad]") {
    // An empty file has no header: one error at 1:1, no data lines, no format.
    const auto empty = pk::read_file(corpus / "empty.csv", {.display_name = "empty.csv"});
    CHECK(printed_errors(empty) == slurp(corpus / "empty.expected"));
    CHECK_FALSE(empty.format);
    CHECK(empty.data_lines == 0u);
    CHECK(empty.data.empty());
    CHECK_THROWS_AS((void)pk::read_file(corpus / "empty.csv", {.strict = true}), pk::read_failure);
    // So is a text of blank lines; the error points at the last line read.
    const auto blank = pk::read_text("\n  \r\n\n", "blank.csv");
    REQUIRE(blank.errors.size() == 1u);
    CHECK(blank.errors[0].to_string() == "blank.csv:3:1: error: expected a header line, found \"end of file\"");

    // A header of no known format: the error lists the formats; no line after it is read.
    const auto unknown = pk::read_file(corpus / "unknown_header.csv", {.display_name = "unknown_header.csv"});
    CHECK(printed_errors(unknown) == slurp(corpus / "unknown_header.expected"));
    CHECK_FALSE(unknown.format);
    CHECK(unknown.data_lines == 0u);
    CHECK(unknown.data.empty());

    // A file that cannot be opened throws, naming it and why.
    try {
        (void)pk::read_file(corpus / "no_such_file.csv", {.display_name = "no_such_file.csv"});
        FAIL("no exception");
    } catch (const pk::read_failure& failure) {
        CHECK(failure.error().file == "no_such_file.csv");
        CHECK(failure.error().expected == "a readable file");
        CHECK(failure.error().found == "No such file or directory");
    }
}

TEST_CASE("duplicates: exact repeats can be dropped, different figures are always reported", "[csv][bad]") {
    const auto path = corpus / "duplicate_key.csv";
    const auto dropped = pk::read_file(path, {.drop_identical_duplicates = true, .display_name = "duplicate_key.csv"});
    // Line 4 repeats line 2 exactly: dropped and counted. Line 5 has other figures: reported.
    CHECK(dropped.identical_duplicates_dropped == 1u);
    REQUIRE(dropped.errors.size() == 1u);
    CHECK(dropped.errors[0].line == 5u);
    CHECK(dropped.valid_lines == 4u);  // lines 2, 3, 4 (dropped) and 6
    CHECK(dropped.data.size() == 3u);
    CHECK(dropped.valid_lines + dropped.errors.size() == dropped.data_lines);
    // Strict mode with dropping: line 4 is no error, line 5 is the first.
    try {
        (void)pk::read_file(path, {.strict = true, .drop_identical_duplicates = true, .display_name = "d.csv"});
        FAIL("no exception");
    } catch (const pk::read_failure& failure) {
        CHECK(failure.error().line == 5u);
    }
}

TEST_CASE("a 5 MB line is rejected alone, in bounded memory", "[csv][bad][long]") {
    // line_reader::max_line_bytes is 4 MiB; this line is 5,000,000 bytes of 'x' and a row's
    // tail. Made here, not shipped.
    const std::string header = "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";
    const std::string good1 = "VNM,UNMISS,Experts on Mission,0,2,31-Jul-14";
    const std::string good2 = "ALB,UNMISS,Individual Police,0,1,31-Jul-14";
    const std::string huge = std::string(5'000'000, 'x') + ",UNMISS,Troops,0,1,31-Jul-14";
    const std::string expected = "long_line.csv:3:1: error: expected a line of at most 4 MiB, found \"a longer line\"\n";

    for (const bool last_line : {false, true}) {
        INFO("the long line is the last line: " << last_line);
        const std::string text = last_line ? header + "\r\n" + good1 + "\r\n" + huge
                                           : header + "\r\n" + good1 + "\r\n" + huge + "\r\n" + good2 + "\r\n";
        // From memory.
        const auto in_memory = pk::read_text(text, "long_line.csv");
        CHECK(printed_errors(in_memory) == expected);
        CHECK(in_memory.valid_lines == (last_line ? 1u : 2u));
        CHECK(in_memory.data_lines == (last_line ? 2u : 3u));
        // From a file: streamed in blocks, the long line skipped without being held.
        const auto path = std::filesystem::temp_directory_path() / "pk_long_line_test.csv";
        {
            std::ofstream out{path, std::ios::binary};
            out << text;
        }
        const auto from_file = pk::read_file(path, {.display_name = "long_line.csv"});
        std::filesystem::remove(path);
        CHECK(printed_errors(from_file) == expected);
        CHECK(from_file.data == in_memory.data);
        CHECK(from_file.valid_lines + from_file.errors.size() == from_file.data_lines);
    }
}

TEST_CASE("a line just under the limit, longer than a block, is read whole", "[csv][long]") {
    // 2 MiB of padding in a quoted, ignored column: longer than the 1 MiB block, shorter than the
    // 4 MiB limit, so the buffer grows and the row is read.
    const std::string header = "Contributing_Country,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date";
    const std::string text = header + "\n\"" + std::string(std::size_t{2} << 20, 'y') +
                             "\",VNM,UNMISS,Experts on Mission,0,2,31-Jul-14\nAlbania,ALB,UNMISS,Individual Police,0,1,31-Jul-14\n";
    const auto path = std::filesystem::temp_directory_path() / "pk_two_mib_line_test.csv";
    {
        std::ofstream out{path, std::ios::binary};
        out << text;
    }
    const auto result = pk::read_file(path);
    std::filesystem::remove(path);
    CHECK(result.ok());
    CHECK(result.data.size() == 2u);
    CHECK(result.data == pk::read_text(text, "memory").data);
}

TEST_CASE("junk behind a valid header: errors past max_errors are counted, not kept", "[csv][bad]") {
    // 25 junk lines between two good ones, with room for 10 errors: 10 kept (the first, by line),
    // 15 counted, both good rows kept; every data line is accounted for: 2 + 10 + 15 = 27.
    std::string text = "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    text += "VNM,UNMISS,Troops,10,53,31-Dec-20\n";
    for (int i = 0; i < 25; ++i) text += "junk\n";
    text += "VNM,UNISFA,Troops,21,163,31-Dec-20\n";
    pk::read_options options;
    options.max_errors = 10;
    const auto r = pk::read_text(text, "junk.csv", options);
    CHECK(r.data.size() == 2);
    CHECK(r.errors.size() == 10);
    CHECK(r.errors_not_kept == 15);
    CHECK(r.errors.front().line == 3);
    CHECK(r.errors.back().line == 12);
    CHECK(r.valid_lines + r.errors.size() + r.errors_not_kept == r.data_lines);
    CHECK(r.data_lines == 27);
}

TEST_CASE("an error quotes at most 200 bytes of what it found, cut between characters", "[csv][bad]") {
    // An unterminated quote followed by 300 two-byte characters (é, C3 A9): the quoted text is
    // cut at 200 bytes or just before, never inside a character.
    std::string text = "ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,Last_Reporting_Date\n";
    text += "VNM,\"";
    for (int i = 0; i < 300; ++i) text += "\xC3\xA9";
    text += "\n";
    const auto r = pk::read_text(text, "long_quote.csv");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors.front().found.size() <= 200);
    CHECK(r.errors.front().found.size() >= 198);
    CHECK((static_cast<unsigned char>(r.errors.front().found.back()) & 0xC0u) != 0xC0u);  // not a cut lead byte
}
