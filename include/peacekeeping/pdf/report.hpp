#pragma once
// Layer 4 of the PDF reader and its entry point: one UN monthly report (2015-2025) ->
// pk::read_result, i.e. typed contributions, the month's coverage and every error.
//
//     auto result = pk::pdf::read_report("UN_country_contributions_2021_02.pdf");
//     for (const auto& e : result.errors) std::cerr << e << '\n';
//
// Link with poppler-cpp (CMake target peacekeeping::pdf).
#include <filesystem>
#include <map>
#include <string>
#include <tuple>
#include <utility>
#include <vector>

#include <peacekeeping/country/names.hpp>
#include <peacekeeping/csv/error.hpp>
#include <peacekeeping/csv/read.hpp>  // pk::read_result
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/mission/suggest.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/pdf/layouts.hpp>
#include <peacekeeping/pdf/poppler_text.hpp>
#include <peacekeeping/pdf/report_rows.hpp>
#include <peacekeeping/pdf/subtotals.hpp>
#include <peacekeeping/record/contribution.hpp>

namespace pk::pdf {

// Everything read_report() learns, for tools and tests that want more than the dataset.
struct report_details {
    pk::read_result result;
    parsed_report parsed;  // layout, month, raw rows, printed subtotals
    check_summary checks;
};

namespace detail {

inline pk::read_error to_read_error(const std::string& file, const pdf_issue& issue) {
    pk::read_error e;
    e.file = file;
    e.page = issue.page;
    e.line = issue.line;
    e.column = 1;  // a rebuilt PDF line has no byte columns: point at its start
    e.expected = issue.what.empty() ? issue.expected : issue.what + ": " + issue.expected;
    e.found = issue.found;
    return e;
}

inline pk::read_error row_error(const std::string& file, const pdf_row& row, std::string column, std::string expected,
                                std::string found) {
    pk::read_error e;
    e.file = file;
    e.page = row.page;
    e.line = row.line;
    e.column = 1;
    e.column_name = std::move(column);
    e.expected = std::move(expected);
    e.found = std::move(found);
    return e;
}

template <class Range>
std::string closest_list(const Range& names) {
    std::string out;
    for (const auto& n : names) {
        if (!out.empty()) out += ", ";
        out += n;
    }
    return out.empty() ? out : " (closest: " + out + ")";
}

// Maps raw rows to contributions. A key printed twice is summed: the October 2019 report
// splits some country x mission lines in two, each with the other's categories at zero.
inline void map_rows(const std::string& file, const parsed_report& parsed, pk::read_result& out) {
    if (!parsed.month) return;  // no month, no record: the error is already reported
    const pk::month month = *parsed.month;
    const bool has_missions = parsed.layout != layout::C && parsed.layout != layout::H;
    const bool has_genders = parsed.layout != layout::H;
    std::map<std::tuple<pk::country, pk::mission, pk::personnel_category>, pk::contribution> merged;
    auto count = [&](const pdf_row& row, unsigned value, const char* column) -> std::optional<std::uint16_t> {
        if (value > 65535) {
            out.errors.push_back(row_error(file, row, column, "a count from 0 to 65535", std::to_string(value)));
            return std::nullopt;
        }
        return static_cast<std::uint16_t>(value);
    };
    for (const auto& row : parsed.rows) {
        bool ok = true;
        const auto country = pk::country_from_name(row.country_name);
        if (!country) {
            out.errors.push_back(row_error(file, row, "country",
                                           "a known country" + closest_list(pk::closest_country_names(row.country_name)),
                                           row.country_name));
            ok = false;
        }
        auto mission = pk::mission::unreported();
        if (has_missions) {
            if (auto m = pk::mission::from_acronym(row.mission_acronym)) {
                mission = *m;
            } else {
                std::vector<std::string> names;
                for (const auto& c : pk::closest_mission_acronyms(row.mission_acronym))
                    names.emplace_back(c.acronym());
                out.errors.push_back(
                    row_error(file, row, "mission", "a known mission acronym" + closest_list(names), row.mission_acronym));
                ok = false;
            }
        }
        // Before May 2017 the reports have no staff-officer category: officers are inside
        // "Contingent Troop", which maps to troops like every other troop label.
        const auto category = pk::parse_personnel_category(row.category_label);
        if (!category) {
            out.errors.push_back(row_error(file, row, "category", "a personnel category", row.category_label));
            ok = false;
        }
        std::optional<std::uint16_t> male = 0, female = 0, unsplit = 0;
        if (has_genders && row.male && row.female) {
            male = count(row, *row.male, "male");
            female = count(row, *row.female, "female");
        } else {
            unsplit = count(row, row.total, "total");
        }
        if (!ok || !male || !female || !unsplit) continue;
        auto [it, inserted] = merged.try_emplace(std::tuple{*country, mission, *category},
                                                 pk::contribution{month, *country, mission, *category, 0, 0, 0});
        auto& c = it->second;
        const unsigned f = c.female + *female, m = c.male + *male, u = c.gender_unreported + *unsplit;
        if (f > 65535 || m > 65535 || u > 65535) {
            out.errors.push_back(row_error(file, row, "total", "a count from 0 to 65535 after adding the key's rows",
                                           std::to_string(f + m + u)));
            continue;
        }
        c.female = static_cast<std::uint16_t>(f);
        c.male = static_cast<std::uint16_t>(m);
        c.gender_unreported = static_cast<std::uint16_t>(u);
    }
    // A layout recognised but no row read: the month is not covered, or every contributor
    // would read as zero that month (found by fuzzing: a page holding only "UNMEM").
    if (merged.empty()) {
        if (parsed.rows.empty()) {
            pk::read_error e;
            e.file = file;
            e.expected = "rows of contributions in the report";
            e.found = "none";
            out.errors.push_back(std::move(e));
        }
        return;
    }
    out.data.reserve(merged.size());
    for (const auto& [key, c] : merged) out.data.add(c);
    // Zero rows the report prints are kept above; what the month's source tells:
    out.data.cover(month, pk::month_coverage{has_missions, has_genders, true});
}

}  // namespace detail

// Parses pages already extracted (tests, or PDFs read elsewhere). `file` names the report
// in errors and, for the October 2019 report alone, gives its month.
[[nodiscard]] inline report_details read_report_pages(const std::vector<text_page>& pages, const std::string& file) {
    report_details details;
    details.parsed = parse_report(pages, file);
    details.checks = check_subtotals(details.parsed);
    for (const auto& issue : details.parsed.issues)
        details.result.errors.push_back(detail::to_read_error(file, issue));
    detail::map_rows(file, details.parsed, details.result);
    details.result.format = pk::source_format::un_monthly_pdf;
    return details;
}

// Reads one report with everything learnt on the way. Throws pk::read_failure only when
// the file cannot be opened as a PDF at all.
[[nodiscard]] inline report_details read_report_details(const std::filesystem::path& file) {
    std::vector<text_page> pages;
    try {
        pages = read_text_pages(file);
    } catch (const pdf_open_error& e) {
        pk::read_error error;
        error.file = file.string();
        error.expected = "a PDF file that can be opened";
        error.found = e.what();
        throw pk::read_failure{std::move(error)};
    }
    return read_report_pages(pages, file.string());
}

// The entry point: contributions, the month's coverage, and every error (unparsed lines,
// failed subtotal checks, rows whose male + female is not their total, unknown names).
[[nodiscard]] inline pk::read_result read_report(const std::filesystem::path& file) {
    return read_report_details(file).result;
}

// The same with the CSV readers' options: strict throws the first error; `only` keeps the
// report if its month is in the range (a report is one month); display_name names the file.
[[nodiscard]] inline pk::read_result read_report(const std::filesystem::path& file, const pk::read_options& options) {
    auto result = read_report(file);
    if (!options.display_name.empty())
        for (auto& e : result.errors) e.file = options.display_name;
    if (options.strict && !result.errors.empty()) throw pk::read_failure{result.errors.front()};
    if (options.only) {
        const auto covered = result.data.covered_months();
        if (!covered.empty() && !options.only->contains(covered.front().month)) {
            pk::read_result outside;
            outside.format = result.format;
            return outside;
        }
    }
    return result;
}

}  // namespace pk::pdf
