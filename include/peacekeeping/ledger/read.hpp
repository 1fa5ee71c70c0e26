#pragma once
// pk::read_ledger_file and pk::read_ledger_text: a rotation ledger from its CSV format, with
// every good row kept and every bad one reported as a pk::read_error
// (FILE:LINE:COLUMN: error: expected ..., found "...").
//
// The format (documented with an example in examples/data/viet_nam_ledger.md): UTF-8, LF or
// CRLF, RFC 4180 quoting, a header naming these columns in any order (more are ignored):
//
//   kind       deployment | aggregate | detail                      (ledger/entry.hpp)
//   label      free text naming the group: "Level-2 Field Hospital rotation 4"
//   rotation   the unit's rotation number, 1 to 255; empty for individuals
//   role       a role as pk::parse_role reads it ("medical unit", "level-2 field hospital",
//              "military observer", ...); an aggregate may name several joined by '|'
//   mission    an acronym (pk::mission::from_acronym); an aggregate may name several
//              joined by '|', or none when the source names none
//   category   the UN category of the roles (Troops, Staff Officer, Experts on Mission,
//              Individual Police, Formed Police Units), several joined by '|' when the roles
//              span several; it must be what the roles imply: a typo in either is caught
//   departed   the month people left, 2018-10 (a date like 2018-10-15 is read as its month);
//              for an aggregate, the range of departure months: 2014-06..2022-05
//   returned   the month they came home; empty when still deployed (or, for an aggregate,
//              always: its returns are not known)
//   headcount  people sent, a whole number from 1 to 65535
//   source     one or more URLs (http:// or https://), separated by spaces
//   note       free text: the source tags and what is inferred
//
// A row has at most one error (the first field that fails), as in the contribution readers.
// After the rows, each detail row is checked against the aggregate rows: it must fall inside
// one (departure month, missions and roles), and an aggregate's details cannot add up to more
// than its headcount.
#include <algorithm>
#include <array>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <peacekeeping/csv/error.hpp>
#include <peacekeeping/csv/field_parsers.hpp>  // parse_whole_number, expected_mission_acronym
#include <peacekeeping/csv/line_reader.hpp>
#include <peacekeeping/csv/read.hpp>  // csv::detail::check_text, is_blank_line, utf8_bom
#include <peacekeeping/csv/tokenizer.hpp>
#include <peacekeeping/ledger/entry.hpp>

namespace pk {

struct ledger_read_result {
    std::vector<ledger_entry> entries;  // in file order
    std::vector<read_error> errors;     // in line order
    std::size_t data_lines = 0;         // non-empty lines after the header

    bool ok() const noexcept { return errors.empty(); }
};

namespace ledger_detail {

// The columns, in the order ledger_entry declares the fields they fill.
enum column : std::uint8_t {
    kind_column, label_column, rotation_column, role_column, mission_column, category_column,
    departed_column, returned_column, headcount_column, source_column, note_column
};
inline constexpr std::size_t column_count = 11;
inline constexpr std::array<std::string_view, column_count> column_names = {
    "kind", "label", "rotation", "role", "mission", "category", "departed", "returned", "headcount", "source", "note"};

inline constexpr std::string_view expected_header =
    "a ledger header with the columns kind, label, rotation, role, mission, category, departed, returned, "
    "headcount, source, note";
inline constexpr std::string_view expected_kind = "a row kind (deployment, aggregate or detail)";
inline constexpr std::string_view expected_rotation = "a rotation number from 1 to 255, or nothing for individuals";
inline constexpr std::string_view expected_role =
    "a role (military observer, liaison officer, military adviser, staff officer, medical unit, engineering unit, "
    "infantry, aviation unit, logistics unit, signals unit, individual police, formed police unit)";
inline constexpr std::string_view expected_month = "a month like 2018-10 (or a date like 2018-10-15)";
inline constexpr std::string_view expected_range = "a range of departure months like 2014-06..2022-05, or one month";
inline constexpr std::string_view expected_headcount = "a headcount (a whole number from 1 to 65535)";
inline constexpr std::string_view expected_source = "a source URL (http:// or https://), or several separated by spaces";

// One row's outcome: the entry, or the one error that rejects the row.
struct row_error {
    std::uint32_t column = 1;
    std::string column_name;
    std::string expected;
    std::string found;
};

class row_parser {
public:
    row_parser(std::string_view line_text, const std::vector<csv::field>& fields,
               const std::array<std::size_t, column_count>& positions)
        : line_{line_text}, fields_{fields}, positions_{positions} {}

    std::optional<row_error> parse(ledger_entry& out) {
        const auto kind_text = text(kind_column);
        const auto k = parse_entry_kind(kind_text);
        if (!k) return fail(kind_column, expected_kind);
        out.kind = *k;
        out.label = std::string{text(label_column)};
        if (out.label.empty()) return fail(label_column, "a label naming the group sent");
        if (auto problem = parse_rotation(out)) return problem;
        if (auto problem = parse_roles(out)) return problem;
        if (auto problem = parse_missions(out)) return problem;
        if (auto problem = parse_categories(out)) return problem;
        if (auto problem = parse_dates(out)) return problem;
        const auto count = csv::parse_whole_number(text(headcount_column));
        if (!count || *count == 0 || *count > 65535) return fail(headcount_column, expected_headcount);
        out.headcount = static_cast<std::uint16_t>(*count);
        if (auto problem = parse_source(out)) return problem;
        out.note = std::string{text(note_column)};
        return std::nullopt;
    }

private:
    const csv::field& field_of(column c) const { return fields_[positions_[c]]; }
    std::string_view text(column c) const { return field_of(c).text; }

    // The byte column of `part`, a piece of column c's text. Exact for an unquoted field (the
    // text is a view of the line); for a quoted one, the field's own column.
    std::uint32_t column_of(column c, std::string_view part) const {
        const auto& f = field_of(c);
        const char* line_begin = line_.data();
        if (part.data() >= line_begin && part.data() <= line_begin + line_.size())
            return static_cast<std::uint32_t>(part.data() - line_begin) + 1;
        return f.column;
    }

    row_error fail(column c, std::string_view expected) const { return fail_at(c, text(c), expected); }
    row_error fail_at(column c, std::string_view found, std::string_view expected) const {
        return row_error{column_of(c, found), std::string{column_names[c]}, std::string{expected}, std::string{found}};
    }

    // Calls f(part) for each '|'-separated part of column c, blanks around parts trimmed;
    // stops at the first error f returns.
    template <class F>
    std::optional<row_error> for_each_part(column c, F&& f) const {
        std::string_view rest = text(c);
        for (;;) {
            const auto bar = rest.find('|');
            const auto part = pk::detail::trim_ascii(rest.substr(0, bar));
            if (auto problem = f(part)) return problem;
            if (bar == std::string_view::npos) return std::nullopt;
            rest.remove_prefix(bar + 1);
        }
    }

    std::optional<row_error> parse_rotation(ledger_entry& out) const {
        const auto t = text(rotation_column);
        if (t.empty()) {
            out.rotation = 0;
            return std::nullopt;
        }
        const auto n = csv::parse_whole_number(t);
        if (!n || *n == 0 || *n > 255) return fail(rotation_column, expected_rotation);
        out.rotation = static_cast<std::uint8_t>(*n);
        return std::nullopt;
    }

    std::optional<row_error> parse_roles(ledger_entry& out) const {
        out.roles = {};
        if (auto problem = for_each_part(role_column, [&](std::string_view part) -> std::optional<row_error> {
                const auto r = parse_role(part);
                if (!r) return fail_at(role_column, part, expected_role);
                out.roles.insert(*r);
                return std::nullopt;
            }))
            return problem;
        // Rows of people sent together, or itemised, are one role: several only in a total.
        if (out.kind != entry_kind::aggregate && out.roles.size() > 1)
            return fail(role_column, "one role (only an aggregate row may name several)");
        return std::nullopt;
    }

    std::optional<row_error> parse_missions(ledger_entry& out) const {
        out.missions = {};
        if (text(mission_column).empty()) {
            // A total whose source names no mission keeps an empty set; a row with a presence
            // must say where.
            if (out.kind == entry_kind::aggregate) return std::nullopt;
            return fail(mission_column, "a mission acronym");
        }
        if (auto problem = for_each_part(mission_column, [&](std::string_view part) -> std::optional<row_error> {
                const auto m = pk::mission::from_acronym(part);
                if (!m) return fail_at(mission_column, part, csv::expected_mission_acronym(part));
                out.missions.insert(*m);
                return std::nullopt;
            }))
            return problem;
        // A presence is in one mission: stocks are per mission.
        if (out.kind != entry_kind::aggregate && out.missions.size() > 1)
            return fail(mission_column, "one mission (only an aggregate row may name several)");
        return std::nullopt;
    }

    std::optional<row_error> parse_categories(ledger_entry& out) const {
        out.categories = {};
        if (auto problem = for_each_part(category_column, [&](std::string_view part) -> std::optional<row_error> {
                const auto c = parse_personnel_category(part);
                if (!c || *c == personnel_category::unreported) return fail_at(category_column, part, csv::expected_category);
                out.categories.insert(*c);
                return std::nullopt;
            }))
            return problem;
        // The column restates what the roles imply (DOMAIN.md §1's mapping), so a slip in
        // either ("Troops" for a liaison officer) is caught rather than silently believed.
        const category_set implied = categories_of(out.roles);
        if (out.categories != implied) {
            std::string expected = implied.text(" | ");
            expected += " (the UN category of ";
            expected += out.roles.text();
            expected += ")";
            return fail(category_column, expected);
        }
        return std::nullopt;
    }

    std::optional<row_error> parse_dates(ledger_entry& out) const {
        if (out.kind == entry_kind::aggregate) {
            const auto range = month_range::parse(text(departed_column));
            if (!range) return fail(departed_column, expected_range);
            out.departed = *range;
            // An aggregate's returns are not known: a month here would pretend to a profile.
            if (!text(returned_column).empty()) return fail(returned_column, "nothing (an aggregate row's returns are not known)");
            out.returned = std::nullopt;
            return std::nullopt;
        }
        const auto left = month::parse(text(departed_column));
        if (!left) return fail(departed_column, expected_month);
        out.departed = month_range{*left, *left};
        if (text(returned_column).empty()) {
            out.returned = std::nullopt;
            return std::nullopt;
        }
        const auto back = month::parse(text(returned_column));
        if (!back) return fail(returned_column, std::string{expected_month} + ", or nothing while still deployed");
        // Back in the month they left would be present at no month-end: not a tour.
        if (*back <= *left) {
            std::string expected = "a month after the departure month ";
            expected += left->text().view();
            return fail(returned_column, expected);
        }
        out.returned = *back;
        return std::nullopt;
    }

    std::optional<row_error> parse_source(ledger_entry& out) const {
        const auto all = text(source_column);
        if (all.empty()) return fail(source_column, expected_source);
        std::string_view rest = all;
        while (!rest.empty()) {
            const auto space = rest.find(' ');
            const auto url = rest.substr(0, space);
            if (!url.empty() && url.substr(0, 7) != "http://" && url.substr(0, 8) != "https://")
                return fail_at(source_column, url, expected_source);
            if (space == std::string_view::npos) break;
            rest.remove_prefix(space + 1);
        }
        out.source = std::string{all};
        return std::nullopt;
    }

    std::string_view line_;
    const std::vector<csv::field>& fields_;
    const std::array<std::size_t, column_count>& positions_;
};

// Whether `part`, a detail row, lies inside `whole`, an aggregate row.
inline bool is_inside(const ledger_entry& part, const ledger_entry& whole) noexcept {
    return whole.kind == entry_kind::aggregate && whole.departed.contains(part.departed.first()) &&
           (whole.missions.empty() || whole.missions.contains(part.missions)) && whole.roles.contains(part.roles);
}

class reader {
public:
    explicit reader(std::string name) : name_{std::move(name)} {}

    ledger_read_result run(csv::line_reader& lines) {
        csv::line current;
        bool have_header = false;
        while (lines.next(current)) {
            auto text = current.text;
            if (current.number == 1 && text.substr(0, 3) == csv::detail::utf8_bom) text.remove_prefix(3);
            if (csv::detail::is_blank_line(text)) continue;
            if (!read_header(text, current.number)) return std::move(result_);
            have_header = true;
            break;
        }
        if (!have_header) {
            error(current.number == 0 ? 1 : current.number, 1, {}, std::string{expected_header}, "end of file");
            return std::move(result_);
        }
        std::vector<std::uint32_t> entry_lines;
        while (lines.next(current)) {
            if (csv::detail::is_blank_line(current.text)) continue;
            ++result_.data_lines;
            if (current.too_long) {
                error(current.number, 1, {}, "a line of at most 4 MiB", "a longer line");
                continue;
            }
            if (auto problem = csv::detail::check_text(current.text)) {
                error(current.number, problem->column, {}, std::string{problem->expected}, std::string{problem->found});
                continue;
            }
            if (auto problem = csv::split_fields(current.text, ',', fields_, scratch_)) {
                error(current.number, problem->column, {}, std::string{problem->expected}, std::string{problem->found});
                continue;
            }
            if (fields_.size() != header_size_) {
                const auto column = fields_.size() < header_size_ ? static_cast<std::uint32_t>(current.text.size() + 1)
                                                                  : fields_[header_size_].column;
                error(current.number, column, {}, std::to_string(header_size_) + " fields, as in the header",
                      std::to_string(fields_.size()) + " fields");
                continue;
            }
            ledger_entry entry;
            if (auto problem = row_parser{current.text, fields_, positions_}.parse(entry)) {
                error(current.number, problem->column, std::move(problem->column_name), std::move(problem->expected),
                      std::move(problem->found));
                continue;
            }
            // Where the kind is: cross-row errors point at it.
            kind_columns_.push_back(fields_[positions_[kind_column]].column);
            entry_lines.push_back(current.number);
            result_.entries.push_back(std::move(entry));
        }
        if (lines.failed()) error(0, 0, {}, "a readable file", std::strerror(errno));
        check_details(entry_lines);
        std::stable_sort(result_.errors.begin(), result_.errors.end(),
                         [](const read_error& a, const read_error& b) { return a.line < b.line; });
        return std::move(result_);
    }

private:
    bool read_header(std::string_view text, std::uint32_t line_number) {
        if (auto problem = csv::split_fields(text, ',', fields_, scratch_)) {
            error(line_number, problem->column, {}, std::string{expected_header}, std::string{text});
            return false;
        }
        positions_.fill(column_count);  // column_count: not seen
        for (std::size_t i = 0; i < fields_.size(); ++i)
            for (std::size_t c = 0; c < column_count; ++c)
                if (pk::detail::same_label(fields_[i].text, column_names[c]) && positions_[c] == column_count)
                    positions_[c] = i;
        std::string missing;
        for (std::size_t c = 0; c < column_count; ++c) {
            if (positions_[c] != column_count) continue;
            if (!missing.empty()) missing += ", ";
            missing += column_names[c];
        }
        if (!missing.empty()) {
            error(line_number, 1, {}, std::string{expected_header} + " (missing: " + missing + ")", std::string{text});
            return false;
        }
        header_size_ = fields_.size();
        return true;
    }

    // Each detail row must lie inside an aggregate row, and no aggregate may be itemised past
    // its headcount. A failing detail row is reported and dropped: a presence that no total
    // accounts for would be counted in no flow, silently.
    void check_details(const std::vector<std::uint32_t>& entry_lines) {
        auto& entries = result_.entries;
        std::vector<std::int64_t> itemised(entries.size(), 0);
        std::vector<bool> drop(entries.size(), false);
        for (std::size_t i = 0; i < entries.size(); ++i) {
            if (entries[i].kind != entry_kind::detail) continue;
            std::size_t whole = entries.size();
            for (std::size_t j = 0; j < entries.size() && whole == entries.size(); ++j)
                if (is_inside(entries[i], entries[j]) && itemised[j] + entries[i].headcount <= entries[j].headcount)
                    whole = j;
            if (whole == entries.size()) {
                error(entry_lines[i], kind_columns_[i], std::string{column_names[kind_column]},
                      "a detail row inside an aggregate row (its departure month, mission and role within the "
                      "aggregate's, its headcount within what the aggregate leaves)",
                      "detail");
                drop[i] = true;
                continue;
            }
            itemised[whole] += entries[i].headcount;
        }
        std::vector<ledger_entry> kept;
        kept.reserve(entries.size());
        for (std::size_t i = 0; i < entries.size(); ++i)
            if (!drop[i]) kept.push_back(std::move(entries[i]));
        entries = std::move(kept);
    }

    void error(std::uint32_t line_number, std::uint32_t column, std::string column_name, std::string expected,
               std::string found) {
        result_.errors.push_back(read_error{name_, line_number, column, std::move(column_name), std::move(expected),
                                            std::move(found)});
    }

    std::string name_;
    ledger_read_result result_;
    std::vector<csv::field> fields_;
    std::string scratch_;
    std::array<std::size_t, column_count> positions_{};
    std::size_t header_size_ = 0;
    std::vector<std::uint32_t> kind_columns_;
};

}  // namespace ledger_detail

// Reads a ledger already in memory; `name` is what errors print as the file.
[[nodiscard]] inline ledger_read_result read_ledger_text(std::string_view text, std::string name) {
    csv::line_reader lines{text};
    return ledger_detail::reader{std::move(name)}.run(lines);
}

// Reads a ledger file. Throws pk::read_failure when the file cannot be opened: nothing can be
// returned then.
// A std::string path, as pk::read_file takes (a std::filesystem::path converts to it).
[[nodiscard]] inline ledger_read_result read_ledger_file(const std::string& path) {
    std::string name = path;
    csv::file_handle file{path.c_str()};
    if (!file) throw read_failure{read_error{name, 0, 0, {}, "a readable file", std::strerror(errno)}};
    csv::line_reader lines{file.get()};
    return ledger_detail::reader{std::move(name)}.run(lines);
}

}  // namespace pk
