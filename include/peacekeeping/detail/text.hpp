#pragma once
// Folding of text as found in the data files, so that spellings of one thing compare equal:
// "Côte d’Ivoire", "Cote d'Ivoire", "COTE D IVOIRE " and "Côte d`Ivoire" all differ only in
// what these helpers fold away.
//
// Folding (see folded_chars): ASCII letters to lower case; Latin letters with diacritics to
// their base letters (ô -> o, ç -> c, ß -> ss, Æ -> ae); apostrophes of every style removed
// (U+0027 ', U+2019 ’, U+2018 ‘, U+0060 `, U+00B4 ´, U+02BC ʼ, U+201B, U+2032 ′), not made
// spaces, because some files drop the mark with its space ("d'Ivoire") and some without;
// zero-width characters and the BOM removed; runs of white space (ASCII, no-break, the
// U+2000 spaces, ideographic) made one ' ' and trimmed at both ends; Unicode dashes made
// '-'. Everything else is kept byte for byte, so unlike texts stay unlike.
//
// Bytes that are not valid UTF-8 are read as Windows-1252 (of which Latin-1 is a part):
// that is the other encoding spreadsheets export, and it keeps "C\xF4te" foldable.
//
// Nothing here allocates: folding streams one byte at a time (folded_chars) or fills a
// fixed buffer on the stack (fold<N>), so a reader can fold every cell of a large file.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include <peacekeeping/detail/ascii.hpp>  // ascii_lower, ascii_upper: shared by every header

namespace pk::detail {

// Decodes the code point at `pos` and moves `pos` past it. A byte that does not start a
// valid, shortest-form UTF-8 sequence is decoded alone, as Windows-1252.
constexpr char32_t next_code_point(std::string_view text, std::size_t& pos) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text[i]); };
    const unsigned char lead = byte(pos);
    if (lead < 0x80) { ++pos; return lead; }
    std::size_t length = 0;
    char32_t value = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) { length = 2; value = lead & 0x1Fu; minimum = 0x80; }
    else if (lead >= 0xE0 && lead <= 0xEF) { length = 3; value = lead & 0x0Fu; minimum = 0x800; }
    else if (lead >= 0xF0 && lead <= 0xF4) { length = 4; value = lead & 0x07u; minimum = 0x10000; }
    bool valid = length != 0 && pos + length <= text.size();
    for (std::size_t i = 1; valid && i < length; ++i) {
        const unsigned char next = byte(pos + i);
        if ((next & 0xC0u) != 0x80u) valid = false;
        value = value << 6 | (next & 0x3Fu);
    }
    if (valid && value >= minimum && value <= 0x10FFFF && !(value >= 0xD800 && value <= 0xDFFF)) {
        pos += length;
        return value;
    }
    ++pos;
    // Windows-1252: 0x80..0x9F hold punctuation where Latin-1 has control codes; only the
    // ones folding cares about are mapped (quotes and dashes), the rest stay as they are.
    switch (lead) {
        case 0x91: return 0x2018;
        case 0x92: return 0x2019;
        case 0x93: return 0x201C;
        case 0x94: return 0x201D;
        case 0x96: return 0x2013;
        case 0x97: return 0x2014;
        default: return lead;
    }
}

constexpr bool is_apostrophe(char32_t c) noexcept {
    return c == 0x27 || c == 0x60 || c == 0xB4 || c == 0x2BC || c == 0x2018 || c == 0x2019 ||
           c == 0x201B || c == 0x2032;
}

constexpr bool is_space(char32_t c) noexcept {
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || c == 0x85 || c == 0xA0 || c == 0x1680 ||
           (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F || c == 0x205F ||
           c == 0x3000;
}

// Characters that carry nothing a reader can see: zero-width space and joiners, the soft
// hyphen, and the byte-order mark (which a CSV reader might leave on the first cell).
constexpr bool is_invisible(char32_t c) noexcept {
    return c == 0xAD || c == 0x200B || c == 0x200C || c == 0x200D || c == 0x2060 || c == 0xFEFF;
}

constexpr bool is_dash(char32_t c) noexcept { return (c >= 0x2010 && c <= 0x2015) || c == 0x2212; }


// The lower-case ASCII letters a Latin letter folds to, or "" if it is not one we fold.
// Covers Latin-1 (U+00C0..U+00FF), Latin Extended-A (U+0100..U+017F) and the Romanian
// comma-below letters: every letter in the names of ISO 3166 and UN M49.
constexpr std::string_view latin_base(char32_t c) noexcept {
    if (c >= 0xC0 && c <= 0xFF) {
        // One entry per code point from U+00C0; '.' marks × and ÷, which are not letters.
        constexpr std::string_view singles = "aaaaaa?ceeeeiiiidnooooo.ouuuuy??aaaaaa?ceeeeiiiidnooooo.ouuuuy?y";
        const char base = singles[c - 0xC0];
        if (base == '.') return {};
        if (base != '?') return singles.substr(c - 0xC0, 1);
        if (c == 0xC6 || c == 0xE6) return "ae";
        if (c == 0xDE || c == 0xFE) return "th";
        return "ss";  // U+00DF
    }
    if (c >= 0x100 && c <= 0x17F) {
        // '1' marks Ĳ ĳ (ij), '2' marks Œ œ (oe).
        constexpr std::string_view extended_a =
            "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiii11jjkkkllllllllllnnnnnnnnnoooooo22"
            "rrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";
        const char base = extended_a[c - 0x100];
        if (base == '1') return "ij";
        if (base == '2') return "oe";
        return extended_a.substr(c - 0x100, 1);
    }
    if (c == 0x218 || c == 0x219) return "s";
    if (c == 0x21A || c == 0x21B) return "t";
    return {};
}

// Streams the folded form of a text, one byte per next() call: compares and hashes without
// a buffer.
class folded_chars {
public:
    constexpr explicit folded_chars(std::string_view text) noexcept : text_{text} {}

    // The next byte of the folded text, or -1 at its end.
    constexpr int next() noexcept {
        if (pending_begin_ != pending_end_) return static_cast<unsigned char>(pending_[pending_begin_++]);
        while (pos_ < text_.size()) {
            const std::size_t start = pos_;
            const char32_t c = next_code_point(text_, pos_);
            if (is_space(c)) {
                space_pending_ = started_;  // no space before the first visible character
                continue;
            }
            if (is_apostrophe(c) || is_invisible(c)) continue;
            set_pending(c, start);
            started_ = true;
            if (space_pending_) {
                space_pending_ = false;
                return ' ';
            }
            return static_cast<unsigned char>(pending_[pending_begin_++]);
        }
        return -1;  // a pending space is dropped: trailing white space is trimmed
    }

private:
    constexpr void set_pending(char32_t c, std::size_t start) noexcept {
        pending_begin_ = 0;
        pending_end_ = 0;
        if (c < 0x80) {
            pending_[pending_end_++] = ascii_lower(static_cast<char>(c));
        } else if (const std::string_view base = latin_base(c); !base.empty()) {
            for (char b : base) pending_[pending_end_++] = b;
        } else if (is_dash(c)) {
            pending_[pending_end_++] = '-';
        } else {
            // Kept as written: its original bytes (at most 4), or for a Windows-1252 byte the byte.
            for (std::size_t i = start; i < pos_; ++i) pending_[pending_end_++] = text_[i];
        }
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    char pending_[4]{};  // the rest of the current character's folded bytes
    std::uint8_t pending_begin_ = 0, pending_end_ = 0;
    bool started_ = false;
    bool space_pending_ = false;
};

// A short text in a fixed buffer that knows when it ran out of room, so that callers never
// act on a silently cut text.
template <std::size_t Capacity>
class bounded_text {
public:
    constexpr void push_back(char c) noexcept {
        if (size_ < Capacity) data_[size_++] = c; else overflowed_ = true;
    }
    constexpr void append(std::string_view text) noexcept { for (char c : text) push_back(c); }
    constexpr void clear() noexcept { size_ = 0; overflowed_ = false; }
    constexpr std::string_view view() const noexcept { return {data_, size_}; }
    constexpr std::size_t size() const noexcept { return size_; }
    constexpr bool empty() const noexcept { return size_ == 0; }
    constexpr bool overflowed() const noexcept { return overflowed_; }

private:
    char data_[Capacity]{};
    std::size_t size_ = 0;
    bool overflowed_ = false;
};

// The folded form of `text` in a stack buffer; check overflowed() for texts over Capacity.
template <std::size_t Capacity>
constexpr bounded_text<Capacity> fold(std::string_view text) noexcept {
    bounded_text<Capacity> out;
    folded_chars chars{text};
    for (int c = chars.next(); c >= 0 && !out.overflowed(); c = chars.next()) out.push_back(static_cast<char>(c));
    return out;
}

// True if the texts are equal once folded: equal_folded("Côte d’Ivoire ", "cote d'ivoire").
constexpr bool equal_folded(std::string_view a, std::string_view b) noexcept {
    folded_chars left{a}, right{b};
    for (;;) {
        const int l = left.next();
        if (l != right.next()) return false;
        if (l < 0) return true;
    }
}

// Removes white space (as is_space defines it, so also U+00A0) from both ends.
constexpr std::string_view trim(std::string_view text) noexcept {
    std::size_t begin = 0, end = text.size();
    while (begin < end) {
        std::size_t pos = begin;
        if (!is_space(next_code_point(text, pos))) break;
        begin = pos;
    }
    while (end > begin) {
        // Step back to the start of the last code point (at most 4 bytes back).
        std::size_t start = end - 1;
        while (start > begin && end - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0u) == 0x80u) --start;
        std::size_t pos = start;
        const char32_t c = next_code_point(text, pos);
        if (pos != end || !is_space(c)) break;
        end = start;
    }
    return text.substr(begin, end - begin);
}

// Optimal-string-alignment distance on bytes, in half steps: inserting, deleting or replacing
// a byte costs 2, swapping two neighbours costs 1, because a swapped pair is the commonest
// slip in typing a code: "VMN" is 1 from "VNM" but 2 from "OMN". Texts are compared on their
// first `max_length` bytes only: the rows live on the stack, and suggestions never need more.
constexpr std::size_t edit_distance(std::string_view a, std::string_view b) noexcept {
    constexpr std::size_t max_length = 80;
    a = a.substr(0, max_length);
    b = b.substr(0, max_length);
    std::size_t before[max_length + 1]{}, previous[max_length + 1]{}, current[max_length + 1]{};
    for (std::size_t j = 0; j <= b.size(); ++j) previous[j] = 2 * j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = 2 * i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t cost = a[i - 1] == b[j - 1] ? 0 : 2;
            std::size_t best = previous[j - 1] + cost;
            if (previous[j] + 2 < best) best = previous[j] + 2;
            if (current[j - 1] + 2 < best) best = current[j - 1] + 2;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] && before[j - 2] + 1 < best)
                best = before[j - 2] + 1;
            current[j] = best;
        }
        for (std::size_t j = 0; j <= b.size(); ++j) {
            before[j] = previous[j];
            previous[j] = current[j];
        }
    }
    return previous[b.size()];
}

}  // namespace pk::detail
