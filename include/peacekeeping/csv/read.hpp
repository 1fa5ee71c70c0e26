#pragma once
// pk::read_file and pk::read_text: any known contribution format into a pk::dataset, with
// every good row kept and every bad one reported (or, in strict mode, the first one thrown).
//
//     auto result = pk::read_file("odp_contributionsbygender.csv");
//     for (const auto& e : result.errors) std::cerr << e << '\n';
//     use(result.data);  // every valid row, with the months it covers
#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <peacekeeping/csv/error.hpp>
#include <peacekeeping/csv/formats.hpp>
#include <peacekeeping/csv/line_reader.hpp>
#include <peacekeeping/csv/tokenizer.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

struct read_options {
    // Stop at the first bad row and throw pk::read_failure carrying it.
    bool strict = false;
    // Drop a row that repeats an earlier row exactly (same key and same figures), counting it in
    // read_result::identical_duplicates_dropped. IPI's 2014 file repeats every row two or three
    // times (data/README.txt); off by default, so a repeat is reported like any duplicate.
    bool drop_identical_duplicates = false;
    // Read only rows of these months. Of the other lines only the date is read (a date that does
    // not parse is still an error): a period's rows are clean even when an older part of the
    // file is not (full_gender_data, data/README.txt). They are counted in outside_period_lines.
    std::optional<month_range> only{};
    // The name errors print; default: the path as given.
    // (Every member has an initializer, so designated initialisers may leave any of them out
    // without g++'s -Wmissing-field-initializers.)
    std::string display_name{};
};

struct read_result {
    dataset data;
    std::vector<read_error> errors;  // in line order
    std::optional<source_format> format;
    std::size_t data_lines = 0;       // non-empty lines after the header
    std::size_t valid_lines = 0;      // data lines read without error (each gives 0 to 4 contributions)
    std::size_t aggregate_lines = 0;  // valid summary rows of the source ("all"), part of valid_lines
    // Lines dated outside read_options::only, skipped after reading their date. Part of valid_lines,
    // so valid_lines + errors.size() == data_lines whatever the options.
    std::size_t outside_period_lines = 0;
    std::size_t identical_duplicates_dropped = 0;  // part of valid_lines

    bool ok() const noexcept { return errors.empty(); }
};

namespace csv::detail {

// Which format a header belongs to. The four are told apart by their columns; rank is tried
// before long only to document that a rank file has no Mission_Acronym.
inline std::optional<source_format> detect(const header& h) {
    if (un_dpo_rank_format::from_header(h)) return source_format::un_dpo_rank;
    if (un_dpo_long_format::from_header(h)) return source_format::un_dpo_long;
    if (ipi_gender_format::from_header(h)) return source_format::ipi_gender;
    if (ipi_snapshot_format::from_header(h)) return source_format::ipi_snapshot;
    return std::nullopt;
}

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// The first bytes of a line that cannot be text: a NUL, a byte that is not UTF-8, or a byte
// order mark after the start of the file (two files pasted together). Checked before the line
// is split, so a field the format does not read (a country's name) cannot hide one.
inline std::optional<split_error> check_text(std::string_view text) noexcept {
    for (std::size_t i = 0; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c != 0 && c < 0x80) {  // ASCII: nearly every byte of every file
            ++i;
            continue;
        }
        const auto column = static_cast<std::uint32_t>(i + 1);
        if (c == 0) return split_error{column, "text (no NUL bytes)", text.substr(i, 20)};
        const auto length = pk::detail::utf8_sequence_length(text, i);
        if (length == 0) return split_error{column, "UTF-8 text", text.substr(i, 20)};
        if (text.substr(i, 3) == utf8_bom)
            return split_error{column, "no byte order mark (U+FEFF) after the start of the file", text.substr(i, 20)};
        i += length;
    }
    return std::nullopt;
}

inline bool is_blank_line(std::string_view text) noexcept {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

// Derives what each month's rows tell: a month whose rows lack a mission (or a gender split,
// or a category) is covered, but does not tell that.
inline void cover_months(dataset& data) {
    std::vector<covered_month> seen;
    for (const auto& c : data.contributions()) {
        month_coverage what{c.mission.is_reported(), c.gender_reported(), c.category != personnel_category::unreported};
        if (!seen.empty() && seen.back().month == c.month) {
            seen.back().coverage = seen.back().coverage & what;
            continue;
        }
        seen.push_back({c.month, what});
    }
    for (const auto& s : seen) data.cover(s.month, s.coverage);
}

class reader {
public:
    reader(std::string name, const read_options& options) : name_{std::move(name)}, options_{options} {}

    read_result run(line_reader& lines) {
        line current;
        // The header: the first non-empty line.
        std::optional<source_format> format;
        std::optional<header> head;
        while (lines.next(current)) {
            auto text = current.text;
            if (current.number == 1 && text.substr(0, 3) == utf8_bom) text.remove_prefix(3);
            if (detail::is_blank_line(text)) continue;
            if (auto problem = split_fields(text, ',', fields_, scratch_)) {
                file_error(current.number, problem->column, known_formats_description, text);
                return std::move(result_);
            }
            head.emplace(fields_);
            format = detect(*head);
            if (!format) {
                file_error(current.number, 1, known_formats_description, text);
                return std::move(result_);
            }
            break;
        }
        if (!format) {
            file_error(current.number == 0 ? 1 : current.number, 1, "a header line", "end of file");
            return std::move(result_);
        }
        result_.format = format;
        // One instantiation of the row loop per format: the per-row call is direct, not virtual.
        switch (*format) {
            case source_format::un_dpo_long: read_rows(*un_dpo_long_format::from_header(*head), lines); break;
            case source_format::ipi_gender: read_rows(*ipi_gender_format::from_header(*head), lines); break;
            case source_format::ipi_snapshot: read_rows(*ipi_snapshot_format::from_header(*head), lines); break;
            case source_format::un_dpo_rank: read_rows(*un_dpo_rank_format::from_header(*head), lines); break;
            case source_format::un_monthly_pdf: break;  // never detected from a CSV header
        }
        if (lines.failed()) file_error(0, 0, "a readable file", std::strerror(errno));
        finish();
        return std::move(result_);
    }

private:

    void file_error(std::uint32_t line_number, std::uint32_t column, std::string_view expected, std::string_view found) {
        read_error e{name_, line_number, column, {}, std::string{expected}, std::string{found.substr(0, 200)}};
        if (options_.strict) throw read_failure{std::move(e)};
        result_.errors.push_back(std::move(e));
    }

    void row_error(std::uint32_t line_number, std::uint32_t column, std::string column_name, std::string expected,
                   std::string found) {
        if (options_.strict) {
            // A duplicate is only seen at the end; stop at it if it came first.
            for (const auto& d : duplicate_lines())
                if (d.line < line_number && !d.droppable) report_duplicate(rows_of(d.row), d.line, d.first_line);
        }
        read_error e{name_, line_number, column, std::move(column_name), std::move(expected), std::move(found)};
        if (options_.strict) throw read_failure{std::move(e)};
        result_.errors.push_back(std::move(e));
    }

    const contribution& rows_of(std::uint32_t row) const { return result_.data.contributions()[row]; }

    template <class Format>
    void read_rows(Format&& format, line_reader& lines) {
        line current;
        row_outcome outcome;
        const std::size_t columns = format.columns();
        while (lines.next(current)) {
            if (detail::is_blank_line(current.text)) continue;
            ++result_.data_lines;
            if (current.too_long) {
                row_error(current.number, 1, {}, "a line of at most 4 MiB", "a longer line");
                continue;
            }
            if (auto problem = check_text(current.text)) {
                row_error(current.number, problem->column, {}, std::string{problem->expected}, std::string{problem->found});
                continue;
            }
            if (auto problem = split_fields(current.text, ',', fields_, scratch_)) {
                row_error(current.number, problem->column, {}, std::string{problem->expected}, std::string{problem->found});
                continue;
            }
            if (fields_.size() != columns) {
                auto column = fields_.size() < columns ? static_cast<std::uint32_t>(current.text.size() + 1)
                                                       : fields_[columns].column;
                row_error(current.number, column, {},
                          std::to_string(columns) + " fields, as in the header",
                          std::to_string(fields_.size()) + " fields");
                continue;
            }
            if (options_.only) {
                auto m = month::parse(without_stray_apostrophe(fields_[format.date_column()].text));
                if (m && !options_.only->contains(*m)) {
                    ++result_.valid_lines;
                    ++result_.outside_period_lines;
                    continue;
                }
            }
            outcome.reset();
            if (!format.parse(fields_, outcome)) {
                row_error(current.number, outcome.column, std::move(outcome.column_name), std::move(outcome.expected),
                          std::move(outcome.found));
                continue;
            }
            ++result_.valid_lines;
            if (outcome.aggregate) {
                ++result_.aggregate_lines;
                continue;
            }
            for (std::size_t i = 0; i < outcome.count; ++i) {
                result_.data.add(outcome.rows[i]);
                lines_.push_back(current.number);
            }
        }
    }

    void report_duplicate(const contribution& c, std::uint32_t line_number, std::uint32_t first_line) {
        std::string found = "another row for ";
        found += c.month.text().view();
        found += ' ';
        found += c.country.code();
        found += ' ';
        found += c.mission.acronym();
        found += ' ';
        found += name(c.category);
        found += " (first on line " + std::to_string(first_line) + ")";
        row_error(line_number, 1, {}, "one row per month, country, mission and personnel type", std::move(found));
    }

    // A later line that repeats the key of an earlier row: its first duplicated row, the line
    // of the first occurrence, and whether drop_identical_duplicates may drop it silently
    // (every row of the line repeats an earlier row exactly).
    struct duplicate_line {
        std::uint32_t line, first_line, row;
        bool droppable;
    };

    // Finds duplicates by sorting row indices by key: no hashing, no allocation per row.
    // A line is kept or reported whole: one duplicated contribution rejects all of its line.
    std::vector<duplicate_line> duplicate_lines() const {
        auto rows = result_.data.contributions();
        std::vector<std::uint32_t> order(rows.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            auto ka = key_of(rows[a]);
            auto kb = key_of(rows[b]);
            return ka != kb ? ka < kb : a < b;
        });
        struct duplicate {
            std::uint32_t line, first_line, row;
            bool identical;
        };
        std::vector<duplicate> duplicates;
        std::size_t run_start = 0;
        for (std::size_t i = 1; i < order.size(); ++i) {
            if (key_of(rows[order[i]]) != key_of(rows[order[run_start]])) {
                run_start = i;
                continue;
            }
            duplicates.push_back({lines_[order[i]], lines_[order[run_start]], order[i],
                                  rows[order[i]] == rows[order[run_start]]});
        }
        std::sort(duplicates.begin(), duplicates.end(),
                  [](const duplicate& a, const duplicate& b) { return a.line != b.line ? a.line < b.line : a.row < b.row; });
        std::vector<duplicate_line> out;
        for (std::size_t i = 0; i < duplicates.size();) {
            std::size_t j = i;
            bool identical = true;
            for (; j < duplicates.size() && duplicates[j].line == duplicates[i].line; ++j)
                identical = identical && duplicates[j].identical;
            // lines_ is ascending: the line's rows are one run of it. A line that also brings a
            // new row is reported, never dropped unseen.
            auto first = std::lower_bound(lines_.begin(), lines_.end(), duplicates[i].line);
            auto last = std::upper_bound(first, lines_.end(), duplicates[i].line);
            const bool whole_line = static_cast<std::size_t>(last - first) == j - i;
            out.push_back({duplicates[i].line, duplicates[i].first_line, duplicates[i].row,
                           options_.drop_identical_duplicates && identical && whole_line});
            i = j;
        }
        return out;
    }

    void finish() {
        const auto duplicates = duplicate_lines();
        if (!duplicates.empty()) {
            auto rows = result_.data.contributions();
            std::vector<bool> drop(rows.size(), false);
            for (const auto& d : duplicates) {
                auto first = std::lower_bound(lines_.begin(), lines_.end(), d.line);
                for (auto it = first; it != lines_.end() && *it == d.line; ++it)
                    drop[static_cast<std::size_t>(it - lines_.begin())] = true;
                if (d.droppable) {
                    ++result_.identical_duplicates_dropped;
                } else {
                    // In strict mode this throws: no earlier line had an error, or it would have.
                    report_duplicate(rows[d.row], d.line, d.first_line);
                    --result_.valid_lines;
                }
            }
            dataset kept;
            kept.reserve(rows.size());
            for (std::size_t i = 0; i < rows.size(); ++i)
                if (!drop[i]) kept.add(rows[i]);
            result_.data = std::move(kept);
        }
        cover_months(result_.data);
        std::stable_sort(result_.errors.begin(), result_.errors.end(),
                         [](const read_error& a, const read_error& b) { return a.line < b.line; });
    }

    std::string name_;
    read_options options_;
    read_result result_;
    std::vector<field> fields_;
    std::string scratch_;
    std::vector<std::uint32_t> lines_;  // source line of each contribution, in insertion order
};

}  // namespace csv::detail

// Reads a text already in memory; `name` is what errors print as the file.
[[nodiscard]] inline read_result read_text(std::string_view text, std::string name, const read_options& options = {}) {
    csv::line_reader lines{text};
    return csv::detail::reader{std::move(name), options}.run(lines);
}

// Reads a file, streamed in blocks (memory stays bounded by the longest line, 4 MiB at most).
// Throws pk::read_failure when the file cannot be opened, and in strict mode. The path is a
// std::string, which a std::filesystem::path converts to: <filesystem> costs every includer
// about 0.7 s of compile time, for one fopen.
[[nodiscard]] inline read_result read_file(const std::string& path, const read_options& options = {}) {
    std::string name = options.display_name.empty() ? path : options.display_name;
    csv::file_handle file{path.c_str()};
    if (!file) throw read_failure{read_error{name, 0, 0, {}, "a readable file", std::strerror(errno)}};
    csv::line_reader lines{file.get()};
    return csv::detail::reader{std::move(name), options}.run(lines);
}

}  // namespace pk
