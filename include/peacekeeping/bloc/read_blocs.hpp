#pragma once
// User-defined blocs from a small CSV file.
//
// Format (UTF-8, optional BOM, LF or CRLF; no quoting, so no commas inside a field):
//
//   bloc,country_iso3,from,to,source
//   G5 Sahel,MLI,2014-02,2022-05,Nouakchott communique
//   G5 Sahel,NER,2014-02,2023-12,
//   G5 Sahel,TCD,2014-02,,
//
//   bloc          the bloc's short name (1 to 64 bytes), printed as the group key
//   country_iso3  ISO 3166-1 alpha-3 code (upper or lower case)
//   from          first month of membership, YYYY-MM (a date YYYY-MM-DD means its month)
//   to            last month of membership, inclusive; empty while the country is a member
//   source        optional: where the dates come from; the file and line when empty
//
// The header row is required (the `source` column may be left out). Blank lines and lines
// starting with '#' are skipped. Rows of one bloc may be anywhere in the file; a country may
// have several rows (it left and came back). Every good row is kept and every bad one
// reported as a pk::read_error (FILE:LINE:COLUMN), as the contribution readers do.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/csv/error.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

struct bloc_read_result {
    std::vector<bloc> blocs;  // in order of first appearance
    std::vector<read_error> errors;
};

namespace detail {
struct bloc_field {
    std::string_view text;
    std::uint32_t column;  // 1-based byte column
};

inline std::vector<bloc_field> split_bloc_line(std::string_view line) {
    std::vector<bloc_field> fields;
    std::size_t start = 0;
    while (true) {
        const std::size_t comma = line.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? line.size() : comma;
        std::string_view text = line.substr(start, end - start);
        while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
        while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
        fields.push_back({text, static_cast<std::uint32_t>(start + 1)});
        if (comma == std::string_view::npos) break;
        start = comma + 1;
    }
    return fields;
}
}  // namespace detail

// Parses the text of a bloc file; `file` names it in errors.
[[nodiscard]] inline bloc_read_result parse_blocs(std::string_view text, std::string_view file) {
    bloc_read_result out;
    constexpr std::string_view bom = "\xEF\xBB\xBF";
    if (text.substr(0, bom.size()) == bom) text.remove_prefix(bom.size());
    const std::string_view names[] = {"bloc", "country_iso3", "from", "to", "source"};

    auto error = [&](std::uint32_t line, std::uint32_t column, std::string_view column_name, std::string expected,
                     std::string_view found) {
        out.errors.push_back({std::string{file}, line, column, std::string{column_name}, std::move(expected), std::string{found}, 0});
    };

    bool header_seen = false;
    std::uint32_t line_number = 0;
    std::size_t position = 0;
    while (position < text.size()) {
        const std::size_t newline = text.find('\n', position);
        std::string_view line = text.substr(position, newline == std::string_view::npos ? std::string_view::npos : newline - position);
        position = newline == std::string_view::npos ? text.size() : newline + 1;
        ++line_number;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.find_first_not_of(" \t") == std::string_view::npos || line.front() == '#') continue;

        const auto fields = detail::split_bloc_line(line);
        if (!header_seen) {
            header_seen = true;
            bool ok = fields.size() == 4 || fields.size() == 5;
            for (std::size_t i = 0; ok && i < fields.size(); ++i) ok = fields[i].text == names[i];
            if (!ok) error(line_number, 1, "", "the header \"bloc,country_iso3,from,to[,source]\"", line);
            continue;
        }
        if (fields.size() != 4 && fields.size() != 5) {
            error(line_number, 1, "", "4 or 5 comma-separated fields", line);
            continue;
        }
        bool good = true;
        const auto& name_field = fields[0];
        if (name_field.text.empty() || name_field.text.size() > bloc::max_name_size) {
            error(line_number, name_field.column, names[0], "a bloc name of 1 to 64 bytes", name_field.text);
            good = false;
        }
        const auto member = country::from_code(fields[1].text);
        if (!member) {
            error(line_number, fields[1].column, names[1], "an ISO 3166-1 alpha-3 code", fields[1].text);
            good = false;
        }
        const auto first = month::parse(fields[2].text);
        if (!first) {
            error(line_number, fields[2].column, names[2], "a month (YYYY-MM)", fields[2].text);
            good = false;
        }
        std::optional<month> last;
        if (!fields[3].text.empty()) {
            last = month::parse(fields[3].text);
            if (!last) {
                error(line_number, fields[3].column, names[3], "a month (YYYY-MM) or nothing", fields[3].text);
                good = false;
            } else if (first && *last < *first) {
                error(line_number, fields[3].column, names[3], "a month not before `from`", fields[3].text);
                good = false;
            }
        }
        if (!good) continue;
        std::string source = fields.size() == 5 && !fields[4].text.empty()
                                 ? std::string{fields[4].text}
                                 : std::string{file} + ":" + std::to_string(line_number);
        bloc* target = nullptr;
        for (auto& b : out.blocs)
            if (b.name() == name_field.text) target = &b;
        if (target == nullptr) target = &out.blocs.emplace_back(std::string{name_field.text});
        target->add({*member, *first, last, std::move(source)});
    }
    if (!header_seen) error(1, 1, "", "the header \"bloc,country_iso3,from,to[,source]\"", "");
    return out;
}

// Reads a bloc file. Throws pk::read_failure only when the file cannot be opened.
[[nodiscard]] inline bloc_read_result read_blocs(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) throw read_failure{read_error{path.string(), 0, 0, "", "a readable file", "cannot open it", 0}};
    const std::string text{std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
    return parse_blocs(text, path.string());
}

}  // namespace pk
