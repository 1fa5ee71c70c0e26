#pragma once
// pk::csv::split_fields: one line into fields, in place.
//
// RFC 4180 quoting ("a ""quoted"" field, with a comma"), spaces around fields trimmed. A quoted
// field never spans lines in any of the formats we read, so an unterminated quote is an error
// of its own line only: it can never swallow the rest of the file.
#include <bit>  // std::countr_zero, std::endian
#include <cstdint>
#include <cstring>  // std::memchr
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pk::csv {

struct field {
    std::string_view text;
    std::uint32_t column = 1;  // 1-based byte column of the field's first character
};

struct split_error {
    std::uint32_t column = 1;
    std::string_view expected;
    std::string_view found;
};

namespace detail_tokenizer {
// The bytes of `block` equal to `byte`, as their high bits (exact: no carries between bytes).
constexpr std::uint64_t bytes_equal(std::uint64_t block, char byte) noexcept {
    constexpr std::uint64_t low7 = 0x7F7F7F7F7F7F7F7Fu;
    const std::uint64_t x = block ^ (0x0101010101010101u * static_cast<unsigned char>(byte));
    return ~(((x & low7) + low7) | x | low7);
}
}  // namespace detail_tokenizer

// The fields of a line with no quote, blanks around each trimmed; false (fields half made)
// at the first quote, and with `plain_text_only` also at the first NUL or byte >= 0x80 (the
// readers' fast path: such a line is checked and split again the careful way). Little-endian
// only: a byte's place in the block is its bit's.
template <bool plain_text_only = false>
inline bool split_unquoted(std::string_view text, char delimiter, std::vector<field>& fields) {
    const char* const first = text.data();
    const std::size_t n = text.size();
    const char* start = first;  // of the current field
    auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
    auto emit = [&](const char* end) {
        const char* p = start;
        while (p != end && is_blank(*p)) ++p;
        const char* trimmed = end;
        while (trimmed != p && is_blank(trimmed[-1])) --trimmed;
        fields.push_back({std::string_view{p, static_cast<std::size_t>(trimmed - p)},
                          static_cast<std::uint32_t>(p - first + 1)});
    };
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t block;
        std::memcpy(&block, first + i, 8);
        if (detail_tokenizer::bytes_equal(block, '"') != 0) return false;
        if constexpr (plain_text_only) {
            constexpr std::uint64_t ones = 0x0101010101010101u, high_bits = 0x8080808080808080u;
            if ((((block - ones) & ~block) | block) & high_bits) return false;  // a NUL or a byte >= 0x80
        }
        for (auto found = detail_tokenizer::bytes_equal(block, delimiter); found != 0; found &= found - 1) {
            const char* at = first + i + static_cast<std::size_t>(std::countr_zero(found) >> 3);
            emit(at);
            start = at + 1;
        }
    }
    for (; i < n; ++i) {
        if (first[i] == '"') return false;
        if constexpr (plain_text_only)
            if (first[i] == '\0' || static_cast<unsigned char>(first[i]) >= 0x80) return false;
        if (first[i] == delimiter) {
            emit(first + i);
            start = first + i + 1;
        }
    }
    emit(first + n);  // the last field (empty after a trailing delimiter)
    return true;
}

// Splits `text` into `fields` (cleared first). Unescaped quoted fields are written to
// `scratch`, which is reserved to the line's size first so the views stay valid: after the
// first long line no call allocates.
inline std::optional<split_error> split_fields(std::string_view text, char delimiter, std::vector<field>& fields,
                                               std::string& scratch) {
    fields.clear();
    scratch.clear();
    // Nearly every line has no quote at all: split it without the quoting state, finding the
    // delimiters eight bytes at a time. It gives the same fields as the loop below gives such a
    // line (which never reaches its quoted branch); at the first quote it leaves the line to it.
    // (A blank or quote delimiter is left to the loop: blanks around fields are skipped there.)
    if constexpr (std::endian::native == std::endian::little) {
        if (delimiter != ' ' && delimiter != '\t' && delimiter != '"') {
            if (split_unquoted(text, delimiter, fields)) return std::nullopt;
            fields.clear();
        }
    }
    if (scratch.capacity() < text.size()) scratch.reserve(text.size());
    std::size_t i = 0;
    const std::size_t n = text.size();
    auto is_blank = [](char c) { return c == ' ' || c == '\t'; };
    for (;;) {
        while (i < n && is_blank(text[i])) ++i;
        const auto column = static_cast<std::uint32_t>(i + 1);
        if (i < n && text[i] == '"') {
            const std::size_t open = i;
            const std::size_t start = scratch.size();
            ++i;
            bool closed = false;
            while (i < n) {
                if (text[i] == '"') {
                    if (i + 1 < n && text[i + 1] == '"') {
                        scratch.push_back('"');
                        i += 2;
                        continue;
                    }
                    closed = true;
                    ++i;
                    break;
                }
                scratch.push_back(text[i++]);
            }
            if (!closed)
                return split_error{static_cast<std::uint32_t>(open + 1), "a closing quote before the end of the line",
                                   text.substr(open)};
            while (i < n && is_blank(text[i])) ++i;
            if (i < n && text[i] != delimiter)
                return split_error{static_cast<std::uint32_t>(i + 1), "a delimiter after the closing quote",
                                   text.substr(i, 20)};
            fields.push_back({std::string_view{scratch}.substr(start), column});
        } else {
            std::size_t end = i;
            while (end < n && text[end] != delimiter) ++end;
            std::size_t last = end;
            while (last > i && is_blank(text[last - 1])) --last;
            fields.push_back({text.substr(i, last - i), column});
            i = end;
        }
        if (i >= n) break;
        ++i;  // the delimiter
        if (i == n) {  // a trailing delimiter: one more, empty field
            fields.push_back({text.substr(n), static_cast<std::uint32_t>(n + 1)});
            break;
        }
    }
    return std::nullopt;
}

}  // namespace pk::csv
