// The byte level of the readers: csv::split_fields (quotes, escaped quotes, blanks, empty
// fields), csv::line_reader (LF, CRLF, a last line without a newline, memory and file give the
// same lines) and the field parsers (counts, whole numbers, stray apostrophes, suggestions).
#include <peacekeeping/csv/field_parsers.hpp>
#include <peacekeeping/csv/line_reader.hpp>
#include <peacekeeping/csv/tokenizer.hpp>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "support/catch.hpp"

namespace {

std::vector<std::string> split(std::string_view text, char delimiter = ',') {
    std::vector<pk::csv::field> fields;
    std::string scratch;
    auto problem = pk::csv::split_fields(text, delimiter, fields, scratch);
    REQUIRE_FALSE(problem);
    std::vector<std::string> out;
    for (const auto& f : fields) out.emplace_back(f.text);
    return out;
}

std::vector<std::uint32_t> columns(std::string_view text) {
    std::vector<pk::csv::field> fields;
    std::string scratch;
    REQUIRE_FALSE(pk::csv::split_fields(text, ',', fields, scratch));
    std::vector<std::uint32_t> out;
    for (const auto& f : fields) out.push_back(f.column);
    return out;
}

struct read_line {
    std::string text;
    std::uint32_t number;
    bool too_long;
    friend bool operator==(const read_line&, const read_line&) = default;
};

std::vector<read_line> lines_of(pk::csv::line_reader& reader) {
    std::vector<read_line> out;
    pk::csv::line l;
    while (reader.next(l)) out.push_back({std::string{l.text}, l.number, l.too_long});
    return out;
}

std::vector<read_line> lines_from_memory(std::string_view text) {
    pk::csv::line_reader reader{text};
    return lines_of(reader);
}

std::vector<read_line> lines_from_file(const std::string& text) {
    // One file per process: CTest runs each test case as its own process, several at once.
    const auto path = std::filesystem::temp_directory_path() /
                      ("pk_line_reader_test_" + std::to_string(std::random_device{}()) + ".txt");
    {
        std::ofstream out{path, std::ios::binary};
        out << text;
    }
    // Both ways of reading a file give the same lines: through the mapped window (a regular
    // file, on POSIX) and through fread's block.
    std::vector<read_line> by_access[2];
    for (const auto access : {pk::csv::line_reader::file_access::mapped_where_possible, pk::csv::line_reader::streamed}) {
        std::FILE* file = std::fopen(path.c_str(), "rb");
        REQUIRE(file != nullptr);
        pk::csv::line_reader reader{file, access};
        CHECK(reader.is_mapped() == (PK_HAS_MMAP && access != pk::csv::line_reader::streamed));
        by_access[access == pk::csv::line_reader::streamed ? 1 : 0] = lines_of(reader);
        CHECK_FALSE(reader.failed());
        std::fclose(file);
    }
    std::filesystem::remove(path);
    CHECK(by_access[0] == by_access[1]);
    return by_access[0];
}

}  // namespace

TEST_CASE("plain fields, blanks around them, empty fields", "[csv][tokenizer]") {
    CHECK(split("VNM,704,Viet Nam") == std::vector<std::string>{"VNM", "704", "Viet Nam"});
    // Blanks around a field are not part of it; blanks inside are.
    CHECK(split("  VNM , 704\t,  Viet Nam  ") == std::vector<std::string>{"VNM", "704", "Viet Nam"});
    CHECK(split("a,,b") == std::vector<std::string>{"a", "", "b"});
    CHECK(split(",") == std::vector<std::string>{"", ""});
    CHECK(split("a,b,") == std::vector<std::string>{"a", "b", ""});  // a trailing delimiter: one more field
    CHECK(split("") == std::vector<std::string>{""});
    CHECK(split("Mission;Established;Troops", ';') == std::vector<std::string>{"Mission", "Established", "Troops"});
    // A quote inside an unquoted field is an ordinary byte.
    CHECK(split("Sana'a,N'Djamena,ab\"c") == std::vector<std::string>{"Sana'a", "N'Djamena", "ab\"c"});
    // Columns are 1-based byte columns of each field's first character (after blanks).
    CHECK(columns("VNM,704,Viet Nam") == std::vector<std::uint32_t>{1, 5, 9});
    CHECK(columns("  VNM , 704") == std::vector<std::uint32_t>{3, 9});
    CHECK(columns("a,b,") == std::vector<std::uint32_t>{1, 3, 5});
}

TEST_CASE("quoted fields: commas, escaped quotes, blanks", "[csv][tokenizer]") {
    // data/README.txt: Gender.Full.csv quotes every text field; "Moldova, Republic of" has a comma.
    CHECK(split(R"("1",2013-12-31,"Moldova, Republic of","MDA")") ==
          std::vector<std::string>{"1", "2013-12-31", "Moldova, Republic of", "MDA"});
    // RFC 4180: a quote inside quotes is doubled.
    CHECK(split(R"("Korea, ""Republic of""",KOR)") == std::vector<std::string>{R"(Korea, "Republic of")", "KOR"});
    CHECK(split(R"("""",x)") == std::vector<std::string>{"\"", "x"});
    CHECK(split(R"("",x)") == std::vector<std::string>{"", "x"});
    // Blanks outside the quotes go; blanks inside stay.
    CHECK(split(R"(  " Viet Nam "  ,VNM)") == std::vector<std::string>{" Viet Nam ", "VNM"});
    // UTF-8 passes through untouched: the curly apostrophe of the 2021/2022 rank files.
    CHECK(split("CIV,C\xC3\xB4te d\xE2\x80\x99Ivoire") ==
          std::vector<std::string>{"CIV", "C\xC3\xB4te d\xE2\x80\x99Ivoire"});
    // x at 1, the quote at 5, "quoted" with its quotes is 8 bytes (5..12), the comma 13, y 14.
    CHECK(columns(R"(x,  "quoted",y)") == std::vector<std::uint32_t>{1, 5, 14});
    // Many quoted fields on one line: every view stays valid (the scratch never reallocates).
    std::string line;
    std::vector<std::string> expected;
    for (int i = 0; i < 200; ++i) {
        if (i) line += ',';
        line += "\"f" + std::to_string(i) + "\"\"q\"";
        expected.push_back("f" + std::to_string(i) + "\"q");
    }
    CHECK(split(line) == expected);
}

TEST_CASE("quote errors stay on their line and say where", "[csv][tokenizer]") {
    std::vector<pk::csv::field> fields;
    std::string scratch;
    auto unterminated = pk::csv::split_fields(R"(VNM,"UNMISS,Troops)", ',', fields, scratch);
    REQUIRE(unterminated);
    CHECK(unterminated->column == 5u);
    CHECK(unterminated->expected == "a closing quote before the end of the line");
    CHECK(unterminated->found == R"("UNMISS,Troops)");
    auto after = pk::csv::split_fields(R"("VNM"x,UNMISS)", ',', fields, scratch);
    REQUIRE(after);
    CHECK(after->column == 6u);
    CHECK(after->expected == "a delimiter after the closing quote");
    CHECK(after->found == "x,UNMISS");
}

TEST_CASE("lines: LF, CRLF, no final newline, blank lines", "[csv][line_reader]") {
    const std::vector<read_line> expected{{"a,b", 1, false}, {"c,d", 2, false}, {"", 3, false}, {"e", 4, false}};
    for (const std::string text : {"a,b\nc,d\n\ne\n", "a,b\r\nc,d\r\n\r\ne\r\n", "a,b\r\nc,d\n\r\ne", "a,b\nc,d\n\ne"}) {
        INFO(text);
        CHECK(lines_from_memory(text) == expected);
        CHECK(lines_from_file(text) == expected);
    }
    CHECK(lines_from_memory("").empty());
    CHECK(lines_from_file("").empty());
    // A lone CR inside a line is kept; only the one before LF goes.
    CHECK(lines_from_memory("a\rb\r\n") == std::vector<read_line>{{"a\rb", 1, false}});
    // An empty last line (the trailing CRLF of the 2021/2022 rank files) is a line.
    CHECK(lines_from_file("x\r\n\r\n") == std::vector<read_line>{{"x", 1, false}, {"", 2, false}});
}

TEST_CASE("lines longer than a block are read from files whole", "[csv][line_reader]") {
    // Three lines around the 1 MiB block size and one of 3 MiB: the buffer grows, the lines
    // stay whole and numbered.
    const std::string a(std::size_t{1} << 20, 'a');
    const std::string b((std::size_t{1} << 20) - 1, 'b');
    const std::string c(std::size_t{3} << 20, 'c');
    const std::string text = a + "\n" + b + "\r\n" + c + "\nend";
    const std::vector<read_line> expected{{a, 1, false}, {b, 2, false}, {c, 3, false}, {"end", 4, false}};
    CHECK(lines_from_file(text) == expected);
    CHECK(lines_from_memory(text) == expected);
}

TEST_CASE("lines of every length around the 64-byte masks and the block's end, from a file", "[csv][line_reader]") {
    // The file path finds line ends in masks of 64 bytes and falls back to memchr near the end
    // of the bytes read and at a refill. 60,000 lines of 0 to 199 bytes (about 6 MB: several
    // 1 MiB blocks), some ending in CRLF, put every line end at every place in a mask and
    // lines across every block boundary: the file must give exactly the lines written.
    std::mt19937 random{20261202};
    std::string text;
    std::vector<read_line> expected;
    for (std::uint32_t n = 1; n <= 60000; ++n) {
        const std::size_t length = random() % 200;
        std::string line(length, 'a');
        for (char& c : line) c = static_cast<char>('a' + random() % 26);
        if (length > 3 && random() % 7 == 0) line[length / 2] = '\r';  // a lone CR stays
        text += line;
        text += random() % 3 == 0 ? "\r\n" : "\n";
        expected.push_back({line, n, false});
    }
    CHECK(lines_from_file(text) == expected);
    CHECK(lines_from_memory(text) == expected);
    // The mask itself, against a byte-by-byte look.
    for (std::size_t start = 0; start + 64 <= 4096; start += 37) {
        std::uint64_t by_bytes = 0;
        for (std::size_t i = 0; i < 64; ++i) by_bytes |= std::uint64_t{text[start + i] == '\n'} << i;
        CHECK(pk::csv::newlines_of_64(text.data() + start) == by_bytes);
    }
}

TEST_CASE("a file read from an offset up to a limit, across mapped windows, as its text in memory", "[csv][line_reader]") {
    // A parallel read gives each thread a stretch of the file: a reader opened at the
    // stretch's first line and stopped at its end. 180,000 lines of 0 to 199 bytes (about
    // 18 MB) cross the 8 MiB mapped window twice; stretches start at line starts that are not
    // on a page boundary, and the limits cut the windows short (the first window of a reader
    // reaches past a short stretch's end and is cut back by stop_at).
    std::mt19937 random{20261203};
    std::string text;
    std::vector<std::size_t> line_starts;
    for (int n = 0; n < 180000; ++n) {
        line_starts.push_back(text.size());
        const std::size_t length = random() % 200;
        for (std::size_t i = 0; i < length; ++i) text += static_cast<char>('a' + random() % 26);
        text += random() % 3 == 0 ? "\r\n" : "\n";
    }
    REQUIRE(text.size() > 2 * pk::csv::line_reader::window_bytes);
    const auto path = std::filesystem::temp_directory_path() /
                      ("pk_line_reader_stretch_" + std::to_string(std::random_device{}()) + ".txt");
    {
        std::ofstream out{path, std::ios::binary};
        out << text;
    }
    const std::size_t picks[][2] = {{0, 1000}, {1, 70000}, {4097, 4100}, {60000, 60001}, {100000, 180000}, {0, 180000}, {179999, 180000}};
    for (const auto& pick : picks) {
        const std::size_t start = line_starts[pick[0]];
        const std::size_t stop = pick[1] < line_starts.size() ? line_starts[pick[1]] : text.size();
        INFO("bytes " << start << " to " << stop);
        pk::csv::line_reader in_memory{std::string_view{text}.substr(start)};
        REQUIRE(in_memory.stop_at(stop - start));
        const auto expected = lines_of(in_memory);
        CHECK(expected.size() == pick[1] - pick[0]);
        const auto start_of = [&](std::size_t n) { return n < line_starts.size() ? line_starts[n] : text.size(); };
        for (const auto access : {pk::csv::line_reader::file_access::mapped_where_possible, pk::csv::line_reader::streamed})
        for (const bool limit_first : {true, false}) {
            std::FILE* file = std::fopen(path.c_str(), "rb");
            REQUIRE(file != nullptr);
            REQUIRE(std::fseek(file, static_cast<long>(start), SEEK_SET) == 0);
            pk::csv::line_reader reader{file, access};
            // The limit set before any line is read (a chunk's reader), or after the first
            // (the reader of the header, whose first block was read before the chunks were cut).
            if (limit_first) CHECK(reader.stop_at(stop - start));
            pk::csv::line first;
            REQUIRE(reader.next(first));
            const read_line first_line{std::string{first.text}, first.number, first.too_long};  // valid until next()
            if (!limit_first) CHECK(reader.stop_at(stop - start));
            CHECK(reader.offset() == start_of(pick[0] + 1) - start);
            INFO("mapped " << reader.is_mapped() << ", limit first " << limit_first);
            auto lines = lines_of(reader);
            lines.insert(lines.begin(), first_line);
            CHECK(lines == expected);
            CHECK_FALSE(reader.failed());
            // A limit behind what was returned is refused.
            CHECK_FALSE(reader.stop_at(0));
            std::fclose(file);
        }
    }
    std::filesystem::remove(path);
}

TEST_CASE("a file cut shorter while it is read is read to its new end", "[csv][line_reader]") {
    // Another program truncates the file while the first 8 MiB window is being read: the next
    // window is mapped only up to the new end (a page past it would raise SIGBUS), so the
    // reader gives exactly the lines of the file's first 10 MiB, the cut last one included.
    std::mt19937 random{20261204};
    std::string text;
    while (text.size() < (std::size_t{20} << 20)) {
        const std::size_t length = random() % 120;
        for (std::size_t i = 0; i < length; ++i) text += static_cast<char>('a' + random() % 26);
        text += '\n';
    }
    const std::size_t cut = std::size_t{10} << 20;
    const auto path = std::filesystem::temp_directory_path() /
                      ("pk_line_reader_cut_" + std::to_string(std::random_device{}()) + ".txt");
    {
        std::ofstream out{path, std::ios::binary};
        out << text;
    }
    std::FILE* file = std::fopen(path.c_str(), "rb");
    REQUIRE(file != nullptr);
    pk::csv::line_reader reader{file};
    std::vector<read_line> got;
    pk::csv::line l;
    while (reader.next(l)) {
        got.push_back({std::string{l.text}, l.number, l.too_long});
        if (got.size() == 1000) std::filesystem::resize_file(path, cut);  // within the first window
    }
    CHECK_FALSE(reader.failed());
    std::fclose(file);
    std::filesystem::remove(path);
    CHECK(got == lines_from_memory(std::string_view{text}.substr(0, cut)));
}

TEST_CASE("a line over the limit is cut and flagged, and the next line is read", "[csv][line_reader]") {
    const auto limit = pk::csv::line_reader::max_line_bytes;
    CHECK(limit == std::size_t{4} << 20);  // 4 MiB, as read.hpp's message says
    for (const std::size_t length : {limit + 1, limit + 1000, std::size_t{5'000'000}, 3 * limit}) {
        INFO(length);
        const std::string text = "first\n" + std::string(length, 'z') + "\nlast\n";
        for (const auto& lines : {lines_from_memory(text), lines_from_file(text)}) {
            REQUIRE(lines.size() == 3u);
            CHECK(lines[0] == read_line{"first", 1, false});
            CHECK(lines[1].number == 2u);
            CHECK(lines[1].too_long);
            CHECK(lines[1].text.size() == limit);
            CHECK(lines[2] == read_line{"last", 3, false});
        }
    }
    // Exactly at the limit: not too long.
    const std::string text = std::string(limit, 'q') + "\nx";
    for (const auto& lines : {lines_from_memory(text), lines_from_file(text)}) {
        REQUIRE(lines.size() == 2u);
        CHECK_FALSE(lines[0].too_long);
        CHECK(lines[0].text.size() == limit);
    }
}

TEST_CASE("counts: whole numbers from 0 to 65535", "[csv][field_parsers]") {
    CHECK(pk::csv::parse_count("0") == 0);
    CHECK(pk::csv::parse_count("76") == 76);
    CHECK(pk::csv::parse_count("65535") == 65535);
    CHECK(pk::csv::parse_count("00012") == 12);
    CHECK_FALSE(pk::csv::parse_count("65536"));
    CHECK_FALSE(pk::csv::parse_count("99999"));
    CHECK_FALSE(pk::csv::parse_count("100000"));
    CHECK_FALSE(pk::csv::parse_count("-3"));
    CHECK_FALSE(pk::csv::parse_count("+3"));
    CHECK_FALSE(pk::csv::parse_count(""));
    CHECK_FALSE(pk::csv::parse_count("NA"));
    CHECK_FALSE(pk::csv::parse_count("1,234"));
    CHECK_FALSE(pk::csv::parse_count("12.0"));
    CHECK_FALSE(pk::csv::parse_count(" 5"));
    CHECK(pk::csv::parse_whole_number("81832") == 81832u);
    CHECK(pk::csv::parse_whole_number("8") == 8u);
    CHECK(pk::csv::parse_whole_number("008") == 8u);
    CHECK(pk::csv::parse_whole_number("999999999") == 999999999u);
    CHECK_FALSE(pk::csv::parse_whole_number("9999999999"));
    CHECK_FALSE(pk::csv::parse_whole_number("-1"));
    CHECK_FALSE(pk::csv::parse_whole_number(""));
}

TEST_CASE("stray apostrophes and suggestions", "[csv][field_parsers]") {
    // data/README.txt: IPI's 2014 files write "South Sudan'", "VNM'", "UNMISS'".
    CHECK(pk::csv::without_stray_apostrophe("VNM'") == "VNM");
    CHECK(pk::csv::without_stray_apostrophe("UNMISS'") == "UNMISS");
    CHECK(pk::csv::without_stray_apostrophe("Sana'a") == "Sana'a");
    CHECK(pk::csv::without_stray_apostrophe("N'Djamena") == "N'Djamena");
    CHECK(pk::csv::without_stray_apostrophe("") == "");
    // The closest codes: VNM is one swap from VMN (edit_distance counts a swap as 1, anything
    // else as 2); IMN, OMN and VEN are one replacement away, in code order.
    CHECK(pk::csv::expected_country_code("VMN") == "an ISO 3166-1 alpha-3 country code (closest: VNM, IMN, OMN)");
    // UNMISSS: UNMISS is one deletion (2), UNMIS two (4); then UNISFA and UNTMIS at 6 with a
    // length one off (ranked by distance, then length difference, then acronym order).
    CHECK(pk::csv::expected_mission_acronym("UNMISSS") == "a known mission acronym (closest: UNMISS, UNMIS, UNISFA)");
    CHECK(pk::csv::expected_mission_acronym("QQQQQQQQQQQQ") == "a known mission acronym");
}
