// The reader's branch-free scans (issue 11) against the plain functions they stand in for:
// mark_bytes against a byte-by-byte reading of the same bytes, count_from_digits against
// parse_count, category_from_un_label against category_from_label. Each may decline what the
// plain one accepts (the reader then asks the plain one); it may never give another answer.
#include <peacekeeping/csv/byte_marks.hpp>
#include <peacekeeping/csv/field_parsers.hpp>
#include <peacekeeping/csv/lookup.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

#include "support/catch.hpp"

namespace {

// A small deterministic generator (xorshift), so a failure is repeatable.
struct bytes_source {
    std::uint64_t state = 0x9E3779B97F4A7C15u;
    std::uint64_t next() noexcept {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        return state;
    }
};

bool same_marks(const pk::csv::byte_marks& a, const pk::csv::byte_marks& b) {
    return a.commas[0] == b.commas[0] && a.commas[1] == b.commas[1] && a.odd == b.odd;
}

}  // namespace

TEST_CASE("mark_bytes finds the commas and odd bytes the byte-by-byte reading finds") {
    // Bytes drawn mostly from a DPO row's alphabet, with quotes, NULs, other control bytes
    // and bytes >= 0x80 now and then, at every length the scan takes (16..128) and every position in a buffer (the
    // last block overlaps the one before it at every length that is not a multiple of 16).
    const std::string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghij0123456789 ,,,,,/'-";
    bytes_source random;
    std::string buffer(160, 'x');
    std::size_t odd_lines = 0;
    for (int round = 0; round < 20000; ++round) {
        for (char& c : buffer) {
            const auto r = random.next();
            c = r % 97 == 0    ? '"'
                : r % 101 == 0 ? '\0'
                : r % 103 == 0 ? static_cast<char>(r % 32)  // a control byte: a tab, a CR, ...
                : r % 89 == 0  ? static_cast<char>(0x80 + r % 128)
                               : alphabet[r % alphabet.size()];
        }
        const std::size_t size = pk::csv::min_marked_bytes + random.next() % (pk::csv::max_marked_bytes - 15);
        const std::size_t start = random.next() % (buffer.size() - size + 1);
        const auto fast = pk::csv::mark_bytes(buffer.data() + start, size);
        const auto reference = pk::csv::mark_bytes_one_by_one(buffer.data() + start, size);
        INFO("size " << size << ", start " << start);
        REQUIRE(same_marks(fast, reference));
        odd_lines += reference.odd ? 1 : 0;
    }
    CHECK(odd_lines > 1000);  // both answers were tried
    CHECK(odd_lines < 19000);

    // By hand: "VNM,704,Viet Nam,UNMISS" has commas at 3, 7 and 16; nothing odd.
    const std::string row = "VNM,704,Viet Nam,UNMISS";
    const auto marks = pk::csv::mark_bytes(row.data(), row.size());
    CHECK(marks.commas[0] == ((std::uint64_t{1} << 3) | (std::uint64_t{1} << 7) | (std::uint64_t{1} << 16)));
    CHECK(marks.commas[1] == 0);
    CHECK_FALSE(marks.odd);
    // A comma at byte 100 lands in the second word, bit 36.
    std::string wide(128, 'a');
    wide[100] = ',';
    CHECK(pk::csv::mark_bytes(wide.data(), wide.size()).commas[1] == std::uint64_t{1} << 36);
    wide[127] = '"';
    CHECK(pk::csv::mark_bytes(wide.data(), wide.size()).odd);
}

TEST_CASE("count_from_digits gives parse_count's value for every text it takes") {
    // Every text of 1 to 5 bytes over digits and their neighbours ('/' and ':' sit on either
    // side of the digits in ASCII, 0x2F and 0x3A), followed by the rest of a row, as in a line.
    const std::string symbols = "0123456789/:a ";
    std::size_t taken = 0;
    std::string text;
    for (std::size_t length = 1; length <= 5; ++length) {
        std::size_t combinations = 1;
        for (std::size_t k = 0; k < length; ++k) combinations *= symbols.size();
        for (std::size_t n = 0; n < combinations; ++n) {
            text.clear();
            for (std::size_t k = 0, rest = n; k < length; ++k, rest /= symbols.size()) text += symbols[rest % symbols.size()];
            const std::string line = text + ",31/12/2020";
            std::uint16_t value = 0;
            const bool fast = pk::csv::count_from_digits({line.data(), length}, line.data() + line.size(), value);
            const auto reference = pk::csv::parse_count(text);
            INFO("text \"" << text << "\"");
            if (fast) {
                REQUIRE(reference);
                REQUIRE(value == *reference);
                ++taken;
            } else {
                // It declines only what parse_count refuses: every readable count is taken here.
                REQUIRE_FALSE(reference);
            }
        }
    }
    // 10 + 100 + 1,000 + 10,000 digit strings, and the 65,536 of five digits up to 65535 of
    // the 100,000 (00000..65535): parse_count takes exactly these.
    CHECK(taken == 10 + 100 + 1000 + 10000 + 65536);
    // Too few bytes left in the line to load a word: declined, not read past the end.
    const std::string tail = "12";
    std::uint16_t value = 0;
    CHECK_FALSE(pk::csv::count_from_digits(tail, tail.data() + tail.size(), value));
    CHECK_FALSE(pk::csv::count_from_digits({}, tail.data() + tail.size(), value));
}

TEST_CASE("category_from_un_label gives the UN's five labels and declines the rest") {
    const std::string rest = ",0,12,31/12/2020";  // what follows the type in a DPO row
    auto from_line = [&](const std::string& label) {
        const std::string line = label + rest;
        return pk::csv::category_from_un_label({line.data(), label.size()}, line.data() + line.size());
    };
    CHECK(from_line("Troops") == pk::personnel_category::troops);
    CHECK(from_line("Staff Officer") == pk::personnel_category::staff_officers);
    CHECK(from_line("Individual Police") == pk::personnel_category::individual_police);
    CHECK(from_line("Experts on Mission") == pk::personnel_category::experts_on_mission);
    CHECK(from_line("Formed Police Units") == pk::personnel_category::formed_police_units);
    // Other spellings are category_from_label's to settle (it takes them; this declines them).
    for (const char* other : {"troops", "Staff Officers", "Experts On Mission", "Contingent Troop", "", "T", "Police"}) {
        INFO(other);
        CHECK_FALSE(from_line(other));
    }
    // Every one-byte change of each label: declined, or the same answer as category_from_label.
    for (const char* label : {"Troops", "Staff Officer", "Individual Police", "Experts on Mission", "Formed Police Units"}) {
        for (std::size_t at = 0; at < std::string{label}.size(); ++at) {
            for (char r : std::string{" aZ,\0\x80", 7}) {
                std::string changed = label;
                changed[at] = r;
                const auto fast = from_line(changed);
                INFO(changed);
                if (fast) CHECK(fast == pk::csv::category_from_label(changed));
                // No UN label is one byte away from another (a blank that replaces a blank
                // changes nothing).
                if (changed != label && (r == 'a' || r == ' ' || r == ',')) CHECK_FALSE(fast);
            }
        }
    }
}
