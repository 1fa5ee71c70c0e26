#pragma once
// pk::csv::split_fields: one line into fields, in place.
//
// RFC 4180 quoting ("a ""quoted"" field, with a comma"), spaces around fields trimmed. A quoted
// field never spans lines in any of the formats we read, so an unterminated quote is an error
// of its own line only: it can never swallow the rest of the file.
#include <cstdint>
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

// Splits `text` into `fields` (cleared first). Unescaped quoted fields are written to
// `scratch`, which is reserved to the line's size first so the views stay valid: after the
// first long line no call allocates.
inline std::optional<split_error> split_fields(std::string_view text, char delimiter, std::vector<field>& fields,
                                               std::string& scratch) {
    fields.clear();
    scratch.clear();
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
