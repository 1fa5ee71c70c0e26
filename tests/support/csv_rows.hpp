#pragma once
// A tiny CSV reader for the tests that check the library against the real files (country,
// mission): they must not depend on the library's own CSV reader (tested elsewhere).
// Handles what the data files contain: a UTF-8 BOM, CRLF or LF, fields in double quotes
// with "" for a quote and commas inside. Not for general use.
#include <cstddef>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

namespace pk_test {

inline std::vector<std::string> split_csv_line(std::string_view line, char separator = ',') {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (quoted) {
            if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { fields.back() += '"'; ++i; }
            else if (c == '"') quoted = false;
            else fields.back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == separator) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

struct csv_table {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    std::optional<std::size_t> column(std::string_view name) const {
        for (std::size_t i = 0; i < header.size(); ++i) if (header[i] == name) return i;
        return std::nullopt;
    }
};

// nullopt if the file cannot be read.
inline std::optional<csv_table> read_csv(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) return std::nullopt;
    csv_table table;
    std::string line;
    bool first = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (first && line.starts_with("\xEF\xBB\xBF")) line.erase(0, 3);
        if (line.empty()) continue;
        if (first) table.header = split_csv_line(line); else table.rows.push_back(split_csv_line(line));
        first = false;
    }
    return table;
}

inline std::string read_text(const std::string& path) {
    std::ifstream in{path, std::ios::binary};
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

}  // namespace pk_test
