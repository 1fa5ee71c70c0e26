#pragma once
// The readers' per-row lookups, built for speed (issue 11): a country by its alpha-3 code, a
// mission by its acronym, a personnel type by its UN label and a month by its date text. Each
// gives exactly what the value types' own functions give (country::from_code,
// mission::from_acronym, parse_personnel_category, month::parse); those stay the reference
// and are called for anything the fast path does not settle.
#include <array>
#include <bit>  // std::endian
#include <cstdint>
#include <cstring>
#include <optional>
#include <string_view>

#include <peacekeeping/config.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/detail/ascii.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk::csv {

namespace tables {

// Every alpha-3 code as a number 0..26^3-1, mapped to its country's index (0: no country).
// 17,576 bytes built at compile time from the ISO table, so a lookup is one load instead of
// country::from_code's binary search over 249 codes.
using alpha3_table = std::array<std::uint8_t, 26 * 26 * 26>;
consteval alpha3_table make_alpha3_table() {
    alpha3_table table{};
    for (std::size_t i = 1; i <= country::count; ++i) {
        const auto code = country::from_index(static_cast<std::uint8_t>(i)).code();
        const auto slot = (static_cast<std::size_t>(code[0] - 'A') * 26 + static_cast<std::size_t>(code[1] - 'A')) * 26 +
                          static_cast<std::size_t>(code[2] - 'A');
        table[slot] = static_cast<std::uint8_t>(i);
    }
    return table;
}
inline constexpr alpha3_table alpha3_indices = make_alpha3_table();

// Mission acronyms in an open-addressing table of catalogue indices (0: empty; index 0, the
// unreported mission, is never matched by from_acronym). 512 slots for at most 255 acronyms:
// a lookup is a hash of a few bytes and usually one comparison, instead of
// mission::from_acronym's scan of the catalogue.
inline constexpr std::size_t mission_slots = 512;
// The length and three bytes, each with bit 5 set: letters then hash alike in either case
// (other bytes may collide, which the comparison after settles). Precondition: not empty.
constexpr std::uint32_t acronym_hash(std::string_view text) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<std::uint32_t>(static_cast<unsigned char>(text[i]) | 0x20u); };
    const std::size_t n = text.size();
    const std::uint32_t h = static_cast<std::uint32_t>(n) ^ byte(1 % n) << 5 ^ byte(n - 1) << 10 ^ byte(n / 2) << 15;
    return h * 2654435761u >> 16;  // Knuth's multiplicative mixing
}
using mission_table = std::array<std::uint8_t, mission_slots>;
consteval mission_table make_mission_table() {
    mission_table table{};
    for (std::size_t i = 1; i < mission::count; ++i) {
        const auto acronym = mission::from_index(static_cast<std::uint8_t>(i)).acronym();
        for (std::size_t slot = acronym_hash(acronym) % mission_slots;; slot = (slot + 1) % mission_slots) {
            if (table[slot] == 0) {
                table[slot] = static_cast<std::uint8_t>(i);
                break;
            }
            // The same acronym twice (in any case): from_acronym returns the first.
            if (pk::detail::same_acronym(mission::from_index(table[slot]).acronym(), acronym)) break;
        }
    }
    return table;
}
inline constexpr mission_table mission_indices = make_mission_table();

}  // namespace tables

// country::from_code, by table.
inline std::optional<country> country_from_code(std::string_view text) noexcept {
    if (text.size() != 3) return std::nullopt;
    std::size_t slot = 0;
    for (char c : text) {
        const auto letter = static_cast<unsigned>(static_cast<unsigned char>(pk::detail::ascii_upper(c))) - 'A';
        if (letter >= 26) return std::nullopt;
        slot = slot * 26 + letter;
    }
    const std::uint8_t index = tables::alpha3_indices[slot];
    if (index == 0) return std::nullopt;
    return country::from_index(index);
}

// mission::from_acronym, by hash: an acronym of the catalogue in any case is found here, and
// everything else (blanks around it, printed aliases, misses) is left to from_acronym.
inline std::optional<mission> mission_from_acronym(std::string_view text) noexcept {
    if (text.empty()) return mission::from_acronym(text);
    for (std::size_t slot = tables::acronym_hash(text) % tables::mission_slots;;
         slot = (slot + 1) % tables::mission_slots) {
        const std::uint8_t index = tables::mission_indices[slot];
        if (index == 0) break;
        const auto candidate = mission::from_index(index);
        // Files write the catalogue's spelling: compare bytes first, then ignoring case.
        if (candidate.acronym() == text || pk::detail::same_acronym(candidate.acronym(), text)) return candidate;
    }
    return mission::from_acronym(text);
}

// Whether `size` bytes at `a` and `b` are equal, eight (or four) at a time, the last ones overlapping: no
// call to memcmp for the few bytes a date or a row's leading columns have.
inline bool same_bytes(const char* a, const char* b, std::size_t size) noexcept {
    if (size < 8) {
        if (size < 4) return std::memcmp(a, b, size) == 0;
        std::uint32_t x, y, z, w;  // the first and the last four (they overlap)
        std::memcpy(&x, a, 4);
        std::memcpy(&y, b, 4);
        std::memcpy(&z, a + size - 4, 4);
        std::memcpy(&w, b + size - 4, 4);
        return x == y && z == w;
    }
    std::uint64_t x, y;
    for (std::size_t i = 0; i + 8 <= size; i += 8) {
        std::memcpy(&x, a + i, 8);
        std::memcpy(&y, b + i, 8);
        if (x != y) return false;
    }
    std::memcpy(&x, a + size - 8, 8);
    std::memcpy(&y, b + size - 8, 8);
    return x == y;
}

// Whether the first `size` bytes of `line` (of `line_size` bytes) are those of `known`, where
// `known` has at least 32 readable bytes. With SSE2, a line of at least 32 bytes and at most
// 32 bytes to compare (a DPO row's country columns: "ARG,32,Argentina," and the like), two
// block comparisons and one mask, inline; otherwise same_bytes. The caller checks
// line_size >= size.
inline bool same_leading_bytes(const char* line, std::size_t line_size, const char* known, std::size_t size) noexcept {
#if PK_HAS_SSE2
    if (size <= 32 && line_size >= 32) {
        using block = char __attribute__((vector_size(16)));
        block a0, a1, b0, b1;
        std::memcpy(&a0, line, 16);
        std::memcpy(&a1, line + 16, 16);
        std::memcpy(&b0, known, 16);
        std::memcpy(&b1, known + 16, 16);
        const std::uint64_t equal = static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(a0 == b0)) |
                                    std::uint64_t{static_cast<std::uint32_t>(__builtin_ia32_pmovmskb128(a1 == b1))} << 16;
        const std::uint64_t wanted = (std::uint64_t{1} << size) - 1;
        return (equal & wanted) == wanted;
    }
#endif
    return same_bytes(line, known, size);
}

// parse_personnel_category, with the five labels of the UN's files (the first five of its
// table, so an exact match is what the table's scan would find) settled by their length.
inline std::optional<personnel_category> category_from_label(std::string_view text) noexcept {
    // Compared a word at a time (same_bytes), not with memcmp: this runs for every row of the
    // UN's long files (issue 11).
    const char* p = text.data();
    switch (text.size()) {
        case 6: if (same_bytes(p, "Troops", 6)) return personnel_category::troops; break;
        case 13: if (same_bytes(p, "Staff Officer", 13)) return personnel_category::staff_officers; break;
        case 17: if (same_bytes(p, "Individual Police", 17)) return personnel_category::individual_police; break;
        case 18: if (same_bytes(p, "Experts on Mission", 18)) return personnel_category::experts_on_mission; break;
        case 19: if (same_bytes(p, "Formed Police Units", 19)) return personnel_category::formed_police_units; break;
        default: break;
    }
    return parse_personnel_category(text);
}

// The five labels of the UN's files compared without a branch on which it is: the field's
// first, middle and last eight bytes (one word for a label under eight bytes) against the
// label of the field's length. Read from a line whose bytes go on to `line_end` at least
// eight bytes past the field's start (every field of a DPO row but its last). nullopt: not
// one of the five, spelled exactly (category_from_label then settles it).
namespace tables {
struct label_words {
    std::uint64_t first = 0, middle = 0, last = 0;
    std::uint8_t category = 0xFF;  // 0xFF: no label of this length
};
constexpr std::uint64_t word_at(std::string_view text, std::size_t at, std::size_t size) noexcept {
    std::uint64_t word = 0;  // little-endian: byte k of the text is bits 8k..8k+7
    for (std::size_t k = 0; k < size; ++k) word |= std::uint64_t{static_cast<unsigned char>(text[at + k])} << (8 * k);
    return word;
}
constexpr label_words words_of(std::string_view label, personnel_category category) noexcept {
    const std::size_t n = label.size();
    if (n < 8) {
        const std::uint64_t word = word_at(label, 0, n);
        return {word, word, word, static_cast<std::uint8_t>(category)};
    }
    return {word_at(label, 0, 8), word_at(label, (n - 8) / 2, 8), word_at(label, n - 8, 8),
            static_cast<std::uint8_t>(category)};
}
using label_table = std::array<label_words, 32>;
// The UN DPO labels are the first five of personnel/category.hpp's table (its comment says so).
inline constexpr std::size_t un_label_count = 5;
consteval label_table make_label_table() {
    label_table table{};
    for (std::size_t i = 0; i < un_label_count; ++i) {
        const auto& entry = pk::detail::category_labels[i];
        // The table is found by length: two labels of one length would not build.
        if (table[entry.label.size()].category != 0xFF) throw "two UN labels of one length";
        table[entry.label.size()] = words_of(entry.label, entry.category);
    }
    return table;
}
inline constexpr label_table un_labels = make_label_table();
}  // namespace tables

[[gnu::always_inline]] inline std::optional<personnel_category> category_from_un_label(std::string_view text, const char* line_end) noexcept {
    if constexpr (std::endian::native != std::endian::little) return std::nullopt;
    const std::size_t n = text.size();
    if (n > 24 || line_end - text.data() < 8) return std::nullopt;
    const char* p = text.data();
    // Under eight bytes: one word, the bytes past the field masked off, compared three times.
    const std::size_t middle = n < 8 ? 0 : (n - 8) / 2, last = n < 8 ? 0 : n - 8;
    const std::uint64_t mask = n < 8 ? (std::uint64_t{1} << (8 * n)) - 1 : ~std::uint64_t{0};
    std::uint64_t first_word, middle_word, last_word;
    std::memcpy(&first_word, p, 8);
    std::memcpy(&middle_word, p + middle, 8);
    std::memcpy(&last_word, p + last, 8);
    const tables::label_words& label = tables::un_labels[n & 31];
    const bool same = ((first_word & mask) == label.first) & ((middle_word & mask) == label.middle) &
                      ((last_word & mask) == label.last);
    if (!same || label.category == 0xFF) return std::nullopt;
    return static_cast<personnel_category>(label.category);
}

// parse_count's value of 1 to 5 digits, without a branch on how many: the digits moved to the
// top of one word and combined in three multiplications. Read from a line whose bytes go on
// to `line_end` at least eight bytes past the field's start. False where parse_count gives
// nullopt, and for a field it does not settle here (the caller then asks parse_count).
[[gnu::always_inline]] inline bool count_from_digits(std::string_view text, const char* line_end, std::uint16_t& out) noexcept {
    if constexpr (std::endian::native != std::endian::little) return false;
    const std::size_t n = text.size();
    if (n == 0 || n > 5 || line_end - text.data() < 8) return false;
    std::uint64_t word;
    std::memcpy(&word, text.data(), 8);
    const unsigned shift = static_cast<unsigned>(8 * (8 - n));
    word <<= shift;  // the field's bytes on top, zero bytes (leading zeros) below
    const std::uint64_t zeros = 0x3030303030303030u << shift, high_nibbles = 0xF0F0F0F0F0F0F0F0u << shift;
    // Each byte 0x30..0x39: its high nibble is 3, and adding 6 leaves it 3 (no carry: every
    // byte is 0x30..0x3F once the first test holds).
    if ((word & high_nibbles) != zeros || ((word + (0x0606060606060606u << shift)) & high_nibbles) != zeros) return false;
    std::uint64_t digits = word - zeros;
    digits = (digits * 10 + (digits >> 8)) & 0x00FF00FF00FF00FFu;
    digits = (digits * 100 + (digits >> 16)) & 0x0000FFFF0000FFFFu;
    digits = (digits * 10000 + (digits >> 32)) & 0xFFFFFFFFu;
    if (digits > 65535) return false;
    out = static_cast<std::uint16_t>(digits);
    return true;
}

// month::parse, remembering the last date text: files are ordered by date, so nearly every
// row repeats the previous row's date and costs one comparison of a few bytes.
class month_cache {
public:
    std::optional<month> operator()(std::string_view text) noexcept {
        month m;
        if (!read(text, m)) return std::nullopt;
        return m;
    }
    // The same as a flag and an out-parameter: the readers' hot loop (issue 11), where an
    // optional<month> handed back through memory stalls the load that follows it on every row.
    [[gnu::always_inline]] bool read(std::string_view text, month& out) noexcept {
        // A date of ten bytes (31/12/2020, 2020-12-31), the usual case, is two overlapping
        // words; the general comparison and the parse stay out of the inlined path.
        if (text.size() == 10 && size_ == 10) {
            std::uint64_t a, b, c, d;
            std::memcpy(&a, text.data(), 8);
            std::memcpy(&b, text_, 8);
            std::memcpy(&c, text.data() + 2, 8);
            std::memcpy(&d, text_ + 2, 8);
            if (((a ^ b) | (c ^ d)) == 0) {
                out = value_;
                return true;
            }
        }
        return read_other(text, out);
    }

private:
    [[gnu::noinline]] bool read_other(std::string_view text, month& out) noexcept {
        if (text.size() == size_ && size_ != 0 && same_bytes(text.data(), text_, size_)) {
            out = value_;
            return true;
        }
        auto found = month::parse(text);
        if (!found) return false;
        if (text.size() <= sizeof text_) {
            std::memcpy(text_, text.data(), text.size());
            size_ = text.size();
            value_ = *found;
        }
        out = *found;
        return true;
    }

    char text_[16]{};
    std::size_t size_ = 0;  // 0: nothing remembered
    month value_{};
};

}  // namespace pk::csv
