#pragma once
// The raw results of reading one UN monthly report: rows as printed, the subtotals the
// report prints over them, and problems met. Pure data shared by the layout parsers
// (layouts.hpp), the checks (subtotals.hpp) and the mapping to the typed model (report.hpp).
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <peacekeeping/time/month.hpp>

namespace pk::pdf {

// The report families of 2015-2025 (data/un_dpo_monthly_pdf/MANIFEST.txt describes each).
enum class layout : std::uint8_t { unknown, A, A2, B, C, D, E, F, G, H };

constexpr std::string_view name(layout l) noexcept {
    constexpr std::string_view names[] = {"unknown", "A", "A2", "B", "C", "D", "E", "F", "G", "H"};
    return names[static_cast<std::size_t>(l)];
}

// One figure line of the report, with the texts as printed (not yet mapped to codes).
struct pdf_row {
    std::string country_name;
    std::string mission_acronym;  // empty when the layout gives none (C, H)
    std::string category_label;
    std::optional<unsigned> male, female;  // empty when the layout gives no split (H)
    unsigned total = 0;                    // as printed; layout E prints none: male + female
    std::uint32_t page = 0, line = 0;      // where the figures stand (text_line::number)
};

// A figure the report prints over a run of rows: "Total UNMISS", "Total for Country",
// "Grand Total", a country's total column (H)... The parser says which rows it covers;
// subtotals.hpp adds them up.
struct pdf_subtotal {
    std::string label;                  // what the report prints, for messages
    std::size_t first_row = 0, end_row = 0;  // rows [first_row, end_row) of the report
    std::string category_label;         // only rows with this label count; empty: all of them
    std::optional<unsigned> male, female;
    std::optional<unsigned> total;      // layout E prints male and female only
    std::optional<unsigned> row_count;  // layout F (Nov 2019 - Jan 2020) prints how many rows
    std::uint32_t page = 0, line = 0;
};

// A problem, placed on the page and line that shows it. read_report() turns these into
// pk::read_error values with the file name.
struct pdf_issue {
    std::uint32_t page = 0, line = 0;
    std::string what;  // "subtotal \"Total UNMISS\"", "line"...
    std::string expected, found;
};

struct parsed_report {
    pdf::layout layout = layout::unknown;
    std::optional<pk::month> month;
    // True only for the October 2019 report (layout E), which prints no date: its month
    // comes from the file name UN_country_contributions_YYYY_MM.pdf.
    bool month_from_file_name = false;
    std::vector<pdf_row> rows;
    std::vector<pdf_subtotal> subtotals;
    std::vector<pdf_issue> issues;
};

}  // namespace pk::pdf
