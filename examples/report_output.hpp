#pragma once
// pk-report's output: a grouping as a table of text cells, written as csv, json, markdown, an
// aligned table, or an SVG chart. Kept apart from the option parsing so each writer is short.
#include <peacekeeping/aggregate/rank.hpp>
#include <peacekeeping/peacekeeping.hpp>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <optional>
#include <ostream>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "svg_text.hpp"

namespace pk::report {

enum class output_format { table, csv, json, markdown, svg };

inline std::optional<output_format> parse_output_format(std::string_view text) {
    if (text == "table") return output_format::table;
    if (text == "csv") return output_format::csv;
    if (text == "json") return output_format::json;
    if (text == "markdown") return output_format::markdown;
    if (text == "svg") return output_format::svg;
    return std::nullopt;
}

// A row's keys are the grouping's: the grouping outlives the table it is made into. (Copied
// into a vector each, the keys of 140,000 rows cost an allocation a row, issue 11.)
struct table_row {
    std::optional<std::size_t> rank;
    std::span<const key_value> keys;
    measure_value value;
};

struct table {
    std::vector<group_key> keys;
    pk::measure measure = pk::measure::average;
    bool ranked = false;
    std::vector<table_row> rows;
};

// Ranks the rows (already in key order) by the library's competition ranking, as the UN ranks
// contributors (1, 2, 2, 4), and sorts them by rank, then by the keys. A row with no value
// (a female share over nobody) ranks last.
inline void rank_rows(std::vector<table_row>& rows) {
    std::vector<double> values;
    values.reserve(rows.size());
    for (const auto& r : rows) values.push_back(r.value.has_value() ? r.value.number() : -1.0);
    const auto ranks = competition_ranks(values);
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].rank = ranks[i];
    std::stable_sort(rows.begin(), rows.end(), [](const table_row& a, const table_row& b) { return *a.rank < *b.rank; });
}

// Rows whose person-months are not zero, in key order; ranked and cut to `top` if asked
// (rows tied at the cut all stay: a rank is never split). `g` must outlive the table.
inline table make_table(const grouping& g, pk::measure m, std::optional<std::size_t> top) {
    table t;
    t.keys.assign(g.keys().begin(), g.keys().end());
    t.measure = m;
    t.rows.reserve(g.rows().size());
    for (const auto& row : g.rows()) {
        if (row.person_months.value() == 0) continue;
        t.rows.push_back({std::nullopt, row.keys(), row.value(m)});
    }
    if (top) {
        t.ranked = true;
        rank_rows(t.rows);
        auto cut = std::find_if(t.rows.begin(), t.rows.end(), [&](const table_row& r) { return *r.rank > *top; });
        t.rows.erase(cut, t.rows.end());
    }
    return t;
}

inline std::vector<std::string> header_of(const table& t) {
    std::vector<std::string> out;
    if (t.ranked) out.emplace_back("rank");
    for (auto k : t.keys) out.emplace_back(name(k));
    out.emplace_back(name(t.measure));
    return out;
}

inline std::vector<std::string> cells_of(const table& t, const table_row& r) {
    std::vector<std::string> out;
    if (t.ranked) out.push_back(std::to_string(*r.rank));
    for (const auto& k : r.keys) out.emplace_back(k.text().view());
    out.emplace_back(r.value.text().view());
    return out;
}

// Appends `text` as a CSV cell: quoted, its quotes doubled, when it holds a comma, a quote or
// a line end.
inline void append_csv_cell(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"\n") == std::string_view::npos) {
        out += text;
        return;
    }
    out += '"';
    for (char c : text) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
}

inline std::string json_escaped(std::string_view text) {
    std::string out = "\"";
    for (char c : text) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += c;
        } else if (static_cast<unsigned char>(c) < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(static_cast<unsigned char>(c)));
            out += buffer;
        } else {
            out += c;
        }
    }
    return out + "\"";
}

// Display width of UTF-8 text: one column per code point (enough for the names we print).
inline std::size_t display_width(std::string_view text) {
    std::size_t n = 0;
    for (char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

// Written through one buffer, each cell appended in place: a result of 140,000 rows (10 million
// contributions by country and year) took 41 ms as a vector of strings per row.
inline void write_csv(std::ostream& os, const table& t) {
    std::string out;
    const auto header = header_of(t);
    for (std::size_t i = 0; i < header.size(); ++i) {
        if (i) out += ',';
        append_csv_cell(out, header[i]);
    }
    out += '\n';
    for (const auto& r : t.rows) {
        if (t.ranked) {
            out += std::to_string(*r.rank);
            out += ',';
        }
        for (const auto& k : r.keys) {
            append_csv_cell(out, k.text().view());
            out += ',';
        }
        out += r.value.text().view();
        out += '\n';
        if (out.size() >= (std::size_t{1} << 16)) {
            os.write(out.data(), static_cast<std::streamsize>(out.size()));
            out.clear();
        }
    }
    os.write(out.data(), static_cast<std::streamsize>(out.size()));
}

inline void write_json(std::ostream& os, const table& t) {
    const auto header = header_of(t);
    os << "[";
    for (std::size_t i = 0; i < t.rows.size(); ++i) {
        const auto cells = cells_of(t, t.rows[i]);
        os << (i ? ",\n " : "\n ") << "{";
        for (std::size_t j = 0; j < cells.size(); ++j) {
            os << (j ? ", " : "") << json_escaped(header[j]) << ": ";
            const bool is_rank = t.ranked && j == 0;
            const bool is_year = !is_rank && j + 1 < cells.size() && t.keys[j - (t.ranked ? 1 : 0)] == group_key::year;
            const bool is_value = j + 1 == cells.size();
            if (is_value && cells[j].empty())
                os << "null";
            else if (is_rank || is_year || is_value)
                os << cells[j];  // numbers
            else
                os << json_escaped(cells[j]);
        }
        os << "}";
    }
    os << (t.rows.empty() ? "]\n" : "\n]\n");
}

// Text columns left-aligned, the rank and the measure right-aligned, as people read numbers.
inline void write_aligned(std::ostream& os, const table& t, bool markdown) {
    const auto header = header_of(t);
    std::vector<std::vector<std::string>> lines;
    for (const auto& r : t.rows) lines.push_back(cells_of(t, r));
    std::vector<std::size_t> width(header.size());
    for (std::size_t j = 0; j < header.size(); ++j) {
        width[j] = display_width(header[j]);
        for (const auto& l : lines) width[j] = std::max(width[j], display_width(l[j]));
        if (markdown) width[j] = std::max<std::size_t>(width[j], 3);
    }
    auto right_aligned = [&](std::size_t j) { return j + 1 == header.size() || (t.ranked && j == 0); };
    auto write_line = [&](const std::vector<std::string>& cells) {
        if (markdown) os << "| ";
        for (std::size_t j = 0; j < cells.size(); ++j) {
            const std::string pad(width[j] - display_width(cells[j]), ' ');
            if (j) os << (markdown ? " | " : "  ");
            if (right_aligned(j))
                os << pad << cells[j];
            else if (j + 1 < cells.size() || markdown)
                os << cells[j] << pad;
            else
                os << cells[j];
        }
        os << (markdown ? " |\n" : "\n");
    };
    write_line(header);
    if (markdown) {
        os << "|";
        for (std::size_t j = 0; j < header.size(); ++j)
            os << (right_aligned(j) ? " " + std::string(width[j] - 1, '-') + ": |" : " " + std::string(width[j], '-') + " |");
        os << "\n";
    } else {
        for (std::size_t j = 0; j < header.size(); ++j) os << (j ? "  " : "") << std::string(width[j], '-');
        os << "\n";
    }
    for (const auto& l : lines) write_line(l);
}

struct chart_context {
    std::vector<std::string> files;
    std::optional<month_range> months;
};

std::string svg_chart(const table& t, const chart_context& context);  // report_svg.hpp

inline void write(std::ostream& os, const table& t, output_format format, const chart_context& context) {
    switch (format) {
        case output_format::csv: write_csv(os, t); break;
        case output_format::json: write_json(os, t); break;
        case output_format::markdown: write_aligned(os, t, true); break;
        case output_format::table: write_aligned(os, t, false); break;
        case output_format::svg: os << svg_chart(t, context); break;
    }
}

}  // namespace pk::report

#include "report_svg.hpp"
