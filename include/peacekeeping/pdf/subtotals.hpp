#pragma once
// Layer 3 of the PDF reader: the report checks itself. Every subtotal it prints is compared
// with the sum of the rows it covers, and every row's male + female with its total. A
// mismatch means a misread line (or, rarely, a misprint): either way the reader says where.
#include <cstddef>
#include <string>
#include <vector>

#include <peacekeeping/pdf/report_rows.hpp>

namespace pk::pdf {

struct check_summary {
    std::size_t subtotals_checked = 0, subtotals_failed = 0;
    std::size_t rows_checked = 0, rows_failed = 0;
};

// Appends a pdf_issue to `report.issues` for each failed check.
inline check_summary check_subtotals(parsed_report& report) {
    check_summary summary;
    auto fail = [&](std::uint32_t page, std::uint32_t line, std::string what, unsigned printed, unsigned summed) {
        report.issues.push_back(pdf_issue{page, line, std::move(what), "the printed " + std::to_string(printed),
                                          "the rows sum to " + std::to_string(summed)});
    };
    for (const auto& row : report.rows) {
        if (!row.male || !row.female) continue;
        ++summary.rows_checked;
        if (*row.male + *row.female != row.total) {
            ++summary.rows_failed;
            report.issues.push_back(pdf_issue{
                row.page, row.line, "row " + row.country_name + " / " + row.mission_acronym + " / " + row.category_label,
                "male + female = total " + std::to_string(row.total),
                std::to_string(*row.male) + " + " + std::to_string(*row.female)});
        }
    }
    for (const auto& s : report.subtotals) {
        ++summary.subtotals_checked;
        unsigned male = 0, female = 0, total = 0, count = 0;
        bool split = true;  // every covered row has male and female
        for (std::size_t r = s.first_row; r < s.end_row && r < report.rows.size(); ++r) {
            const auto& row = report.rows[r];
            if (!s.category_label.empty() && row.category_label != s.category_label) continue;
            ++count;
            total += row.total;
            if (row.male && row.female) {
                male += *row.male;
                female += *row.female;
            } else {
                split = false;
            }
        }
        const auto before = report.issues.size();
        const std::string what = "subtotal \"" + s.label + "\"";
        if (s.total && *s.total != total) fail(s.page, s.line, what + " (total)", *s.total, total);
        if (split && s.male && *s.male != male) fail(s.page, s.line, what + " (male)", *s.male, male);
        if (split && s.female && *s.female != female) fail(s.page, s.line, what + " (female)", *s.female, female);
        if (s.row_count && *s.row_count != count) fail(s.page, s.line, what + " (number of rows)", *s.row_count, count);
        if (report.issues.size() != before) ++summary.subtotals_failed;
    }
    return summary;
}

}  // namespace pk::pdf
