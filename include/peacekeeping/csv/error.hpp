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
#include <utility>  // std::move

namespace pk {

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
        // Found text is shown escaped, so control bytes and NULs never reach a terminal raw.
        for (char ch : std::string_view{found}.substr(0, 80)) {
            const auto c = static_cast<unsigned char>(ch);
            if (c == '"' || c == '\\') {
                out += '\\';
                out += static_cast<char>(c);
            } else if (c < 0x20 || c == 0x7f) {
                constexpr char hex[] = "0123456789abcdef";
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += static_cast<char>(c);
            }
        }
        if (found.size() > 80) out += "...";
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
