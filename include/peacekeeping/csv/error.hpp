#pragma once
// pk::read_error: one bad row (or one bad file), as a value.
//
// Context is layered as in fast-cpp-csv-parser, but kept as data: the field parser knows what
// it expected and what it found, the row loop adds line, column and column name, the reader
// adds the file. It prints like a compiler diagnostic:
//     FILE:LINE:COLUMN: error: expected a count (a whole number from 0 to 65535) in column "Male_Personnel", found "-3"
#include <compare>
#include <cstdint>
#include <iosfwd>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>  // std::move

namespace pk {

namespace detail {
// The length of the well-formed UTF-8 sequence (RFC 3629: shortest form, no surrogates, at
// most U+10FFFF) that starts at text[i], or 0 when none does. The readers reject lines that
// are not UTF-8, and messages escape the bytes that are not, so neither hides a bad byte.
constexpr std::size_t utf8_sequence_length(std::string_view text, std::size_t i) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
    const unsigned char lead = byte(i);
    if (lead < 0x80) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80, high = 0xBF;  // the allowed range of the second byte
    if (lead >= 0xC2 && lead <= 0xDF) length = 2;
    else if (lead == 0xE0) { length = 3; low = 0xA0; }
    else if (lead >= 0xE1 && lead <= 0xEC) length = 3;
    else if (lead == 0xED) { length = 3; high = 0x9F; }
    else if (lead >= 0xEE && lead <= 0xEF) length = 3;
    else if (lead == 0xF0) { length = 4; low = 0x90; }
    else if (lead >= 0xF1 && lead <= 0xF3) length = 4;
    else if (lead == 0xF4) { length = 4; high = 0x8F; }
    else return 0;
    if (i + length > text.size()) return 0;
    if (byte(i + 1) < low || byte(i + 1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if (byte(i + k) < 0x80 || byte(i + k) > 0xBF) return 0;
    return length;
}
// U+FEFF, the byte order mark: allowed only as the first bytes of a file.
inline constexpr std::string_view utf8_byte_order_mark = "\xEF\xBB\xBF";
}  // namespace detail

struct read_error {
    std::string file;
    std::uint32_t line = 0;    // 1-based; 0 when the error is about the whole file
    std::uint32_t column = 0;  // 1-based byte column of the field's first character
    std::string column_name;   // the header cell, when there is one
    std::string expected;      // "a count (a whole number from 0 to 65535)", "a known country (closest: ...)"
    std::string found;         // the text as it was in the file
    std::uint32_t page = 0;    // PDF reports: the page (line is then the line on that page)

    // What was wrong, without the position: 'expected X in column "C", found "Y"'.
    std::string message() const {
        std::string out = "expected " + expected;
        if (!column_name.empty()) out += " in column \"" + column_name + "\"";
        if (page != 0) out += " on page " + std::to_string(page);
        out += ", found \"";
        // Found text is shown escaped, so control bytes, NULs, bytes that are not UTF-8 and the
        // invisible byte order mark never reach a terminal raw. At most 80 bytes are shown; a
        // character that starts before the limit is shown whole.
        const std::string_view text{found};
        auto escape = [&out](unsigned char c) {
            constexpr char hex[] = "0123456789abcdef";
            out += "\\x";
            out += hex[c >> 4];
            out += hex[c & 15];
        };
        std::size_t i = 0;
        while (i < text.size() && i < 80) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
                ++i;
            } else if (c < 0x20 || c == 0x7f) {
                escape(c);
                ++i;
            } else if (const auto length = detail::utf8_sequence_length(text, i); length == 0) {
                escape(c);
                ++i;
            } else if (text.substr(i, 3) == detail::utf8_byte_order_mark) {
                for (char b : detail::utf8_byte_order_mark) escape(static_cast<unsigned char>(b));
                i += 3;
            } else {
                out += text.substr(i, length);
                i += length;
            }
        }
        if (i < text.size()) out += "...";
        out += "\"";
        return out;
    }
    // "FILE:LINE:COLUMN: error: MESSAGE"
    std::string to_string() const {
        return file + ":" + std::to_string(line) + ":" + std::to_string(column) + ": error: " + message();
    }

    friend bool operator==(const read_error&, const read_error&) = default;
    friend std::strong_ordering operator<=>(const read_error&, const read_error&) = default;

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const read_error& e) {
        return os << e.to_string();
    }
};

// Thrown only when nothing can be returned (a file that cannot be opened) or in strict mode.
class read_failure : public std::runtime_error {
public:
    explicit read_failure(read_error error) : std::runtime_error{error.to_string()}, error_{std::move(error)} {}
    const read_error& error() const noexcept { return error_; }

private:
    read_error error_;
};

}  // namespace pk
