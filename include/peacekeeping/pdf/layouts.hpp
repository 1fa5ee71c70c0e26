#pragma once
// Layer 2 of the PDF reader: lines of positioned words -> the report's layout, month, rows
// and printed subtotals. No poppler here: tests feed hand-made text_pages.
//
// Each family (data/un_dpo_monthly_pdf/MANIFEST.txt) gets a small state machine over the
// lines of all pages in order, because groups run on across page breaks. Columns are found
// on each page from its header line: the reports move their columns from page to page.
// Figures are told from text by their shape; text runs are told apart by their x position
// against the header's columns.
#include <algorithm>
#include <cmath>
#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <peacekeeping/detail/ascii.hpp>
#include <peacekeeping/personnel/category.hpp>  // parse_personnel_category tells labels from names
#include <peacekeeping/pdf/report_rows.hpp>
#include <peacekeeping/pdf/text_layout.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk::pdf {

namespace detail {

// "1,580", "96617": a count as the reports print it (thousands separators only sometimes).
inline std::optional<unsigned> parse_count(std::string_view text) {
    if (text.empty() || !pk::detail::is_digit(text.front())) return std::nullopt;
    unsigned long value = 0;
    for (char c : text) {
        if (c == ',') continue;
        if (!pk::detail::is_digit(c)) return std::nullopt;
        value = value * 10 + static_cast<unsigned>(c - '0');
        if (value > 10'000'000) return std::nullopt;  // no report counts ten million people
    }
    return static_cast<unsigned>(value);
}

// A full date word: 31-Jan-15, 31/05/2017. Two separators, so a year or "2020-11" is not one.
inline std::optional<pk::month> parse_date_word(std::string_view text) {
    while (!text.empty() && (text.back() == ',' || text.back() == '.')) text.remove_suffix(1);
    if (std::count(text.begin(), text.end(), '/') != 2 && std::count(text.begin(), text.end(), '-') != 2)
        return std::nullopt;
    return pk::month::parse(text);
}

inline bool same_text(std::string_view a, std::string_view b) { return pk::detail::same_label(a, b); }

// A mission acronym as the reports print it: capitals (and digits), one word. "UNMISS".
inline bool looks_like_acronym(std::string_view text) {
    if (text.size() < 4 || text.size() > 12) return false;
    return std::all_of(text.begin(), text.end(),
                       [](char c) { return (c >= 'A' && c <= 'Z') || pk::detail::is_digit(c); });
}

// A subtotal's label is its group's name, cut to the column's width in 2017 ("Bosnia and
// Herzeg", "MINUJUST"): a prefix of at least six characters counts.
inline bool is_truncation(std::string_view label, std::string_view full) {
    if (same_text(label, full)) return true;
    return label.size() >= 6 && label.size() < full.size() && full.substr(0, label.size()) == label;
}

inline bool is_category_label(std::string_view text) { return pk::parse_personnel_category(text).has_value(); }

// A line cut into what the parsers need: text runs, figures with their x, and a date.
struct line_parts {
    std::vector<text_cell> texts;
    std::vector<unsigned> numbers;
    std::vector<double> number_x;
    std::optional<pk::month> date;
    std::vector<word_box> text_words;

    bool has_text() const noexcept { return !texts.empty(); }
    std::string joined_text() const {
        std::string out;
        for (const auto& t : texts) {
            if (!out.empty()) out += ' ';
            out += t.text;
        }
        return out;
    }
};

inline line_parts parts_of(const text_line& line) {
    line_parts out;
    for (const auto& w : line.words) {
        if (auto n = parse_count(w.text)) {
            out.numbers.push_back(*n);
            out.number_x.push_back(w.x);
        } else if (auto d = parse_date_word(w.text)) {
            out.date = d;
        } else {
            out.text_words.push_back(w);
        }
    }
    out.texts = join_cells(out.text_words);
    return out;
}

// Page numbers and generation stamps, which every family prints and none of them counts.
inline bool is_page_footer(const text_line& line) {
    const auto text = line.text();
    return (text.rfind("Page ", 0) == 0 && text.find(" of ") != std::string::npos) ||
           text.rfind("Report Generated", 0) == 0;
}

// The index of the column-header line of a page: the first line that names a total
// column and a male or country column. Lines above it are titles.
inline std::optional<std::size_t> header_line(const text_page& page) {
    for (std::size_t i = 0; i < page.lines.size(); ++i) {
        bool total = false, other = false, figures = false, unmem = false;
        for (const auto& w : page.lines[i].words) {
            if (parse_count(w.text)) figures = true;  // "Total by Country 0 0 ..." is data
            if (same_text(w.text, "total") || same_text(w.text, "totals")) total = true;
            if (same_text(w.text, "male") || same_text(w.text, "m") || same_text(w.text, "country")) other = true;
            if (same_text(w.text, "UNMEM")) unmem = true;  // layout E names no total column
        }
        if (((total && other) || unmem) && !figures && page.lines[i].words.size() >= 4)
            return i;
        if (i > 12) break;  // headers sit at the top; a "Grand Total" line further down is data
    }
    return std::nullopt;
}

// x positions where the header's columns begin (its text runs; numeric titles included).
inline std::vector<double> header_columns(const text_line& header) {
    std::vector<double> xs;
    for (const auto& cell : join_cells(header.words)) xs.push_back(cell.x);
    return xs;
}

inline double midpoint(double a, double b) noexcept { return (a + b) / 2; }

// Shared bookkeeping of the parsers.
class collector {
public:
    explicit collector(parsed_report& out) : out_{out} {}

    std::size_t row_count() const noexcept { return out_.rows.size(); }
    std::vector<pdf_row>& rows() noexcept { return out_.rows; }

    void row(std::string country, std::string mission, std::string label, std::optional<unsigned> male,
             std::optional<unsigned> female, unsigned total, std::uint32_t page, std::uint32_t line) {
        out_.rows.push_back(pdf_row{std::move(country), std::move(mission), std::move(label), male, female, total,
                                    page, line});
    }
    // A subtotal printed as male, female, total (or just total when given one figure).
    void subtotal(std::string label, std::size_t first, const std::vector<unsigned>& figures, std::uint32_t page,
                  std::uint32_t line, std::string category = {}) {
        pdf_subtotal s;
        s.label = std::move(label);
        s.first_row = first;
        s.end_row = out_.rows.size();
        s.category_label = std::move(category);
        s.page = page;
        s.line = line;
        if (figures.size() >= 3) {
            s.male = figures[figures.size() - 3];
            s.female = figures[figures.size() - 2];
        }
        if (!figures.empty()) s.total = figures.back();
        out_.subtotals.push_back(std::move(s));
    }
    void add_subtotal(pdf_subtotal s) { out_.subtotals.push_back(std::move(s)); }
    void issue(std::uint32_t page, std::uint32_t line, std::string what, std::string expected, std::string found) {
        out_.issues.push_back(pdf_issue{page, line, std::move(what), std::move(expected), std::move(found)});
    }
    void unrecognised(const text_page& page, const text_line& line, std::string expected) {
        issue(page.number, line.number, "line", std::move(expected), line.text());
    }

private:
    parsed_report& out_;
};

// Calls f(page, line, parts) for every data line: below the page's header, above its footer.
// A page without a header line (Sep 2022) still repeats the title of the first page.
template <class F>
void for_each_data_line(const std::vector<text_page>& pages, F&& f) {
    std::vector<std::string> titles;
    if (!pages.empty()) {
        if (const auto header = header_line(pages.front()))
            for (std::size_t i = 0; i < *header; ++i) titles.push_back(pages.front().lines[i].text());
    }
    for (const auto& page : pages) {
        const auto header = header_line(page);
        const std::size_t first = header ? *header + 1 : 0;
        for (std::size_t i = first; i < page.lines.size(); ++i) {
            const auto& line = page.lines[i];
            if (!header && std::find(titles.begin(), titles.end(), line.text()) != titles.end()) continue;
            if (is_page_footer(line)) {
                if (line.text().rfind("Report Generated", 0) == 0) break;  // a wrapped "PM" follows it (H)
                continue;
            }
            f(page, line, parts_of(line), header ? &page.lines[*header] : nullptr);
        }
    }
}

// ---------------------------------------------------------------------------------------
// A, A2, B, C: country first. A country line ("Albania", or "12 Algeria" numbered), then
// per mission its category rows; mission and country subtotals under them.
inline void parse_country_first(const std::vector<text_page>& pages, collector& out) {
    std::string country, mission;
    std::size_t country_start = 0, mission_start = 0;
    bool mission_open = false;  // its subtotal has not been printed yet
    double boundary = 100;  // country column | next column; reset from each page's header
    const text_page* last_page = nullptr;
    for_each_data_line(pages, [&](const text_page& page, const text_line& line, const line_parts& p,
                                  const text_line* header) {
        if (&page != last_page) {
            last_page = &page;
            if (header) {
                const auto xs = header_columns(*header);
                if (xs.size() >= 2) boundary = midpoint(xs[0], xs[1]);
            }
        }
        const auto& n = p.numbers;
        const bool numbered = !n.empty() && p.has_text() && p.number_x.front() < p.texts.front().x;
        auto start_country = [&](std::string name) {
            country = std::move(name);
            country_start = mission_start = out.row_count();
            mission.clear();
        };
        if (numbered && n.size() == 1) {  // "12 Algeria" (A2, B, C)
            start_country(p.joined_text());
            return;
        }
        if (p.texts.size() == 2 && (n.size() == 3 || n.empty() || (n.size() == 1 && n[0] == 0)) &&
            looks_like_acronym(p.texts[0].text)) {
            // "UNMISS  Individual Police  3 0 3" (A). A page break repeats the mission of
            // the last rows; it continues the group until its subtotal closes it.
            if (p.texts[0].text != mission || !mission_open) {
                mission = p.texts[0].text;
                mission_start = out.row_count();
                mission_open = true;
            }
            if (n.size() == 3)
                out.row(country, mission, p.texts[1].text, n[0], n[1], n[2], page.number, line.number);
            else
                out.row(country, mission, p.texts[1].text, 0u, 0u, 0u, page.number, line.number);
            return;
        }
        if (n.empty() && p.has_text()) {
            if (p.texts.front().x < boundary) {
                start_country(p.joined_text());  // "Albania" (A)
            } else if (p.texts.size() == 1 && is_category_label(p.texts.front().text)) {
                // Feb 2015 also prints category labels with no figures at all: zero rows.
                out.row(country, mission, p.texts.front().text, 0u, 0u, 0u, page.number, line.number);
            } else if (p.texts.size() == 1 && looks_like_acronym(p.texts.front().text)) {
                mission = p.texts.front().text;  // mission on its own line (A2, B)
                mission_start = out.row_count();
                mission_open = true;
            } else {
                out.unrecognised(page, line, "a country or mission line");
            }
            return;
        }
        if (p.texts.size() == 1 && (n.size() == 3 || n.size() == 1)) {
            const auto& label = p.texts.front().text;
            if (n.size() == 3 && is_category_label(label)) {
                out.row(country, mission, label, n[0], n[1], n[2], page.number, line.number);
            } else if (n.size() == 1 && n[0] == 0 && is_category_label(label)) {
                // Feb 2015 prints some rows with a lone 0 under M or F and no total: the
                // row exists, with nobody in it. Kept as a zero row.
                out.row(country, mission, label, 0u, 0u, 0u, page.number, line.number);
            } else if (same_text(label, "Total for Mission") || (!mission.empty() && is_truncation(label, mission))) {
                mission_open = false;
                out.subtotal(label + " (" + country + ", " + mission + ")", mission_start, n, page.number,
                             line.number);
            } else if (same_text(label, "Total for Country") || is_truncation(label, country)) {
                out.subtotal(label + " (" + country + ")", country_start, n, page.number, line.number);
            } else if (same_text(label, "Grand Total") || same_text(label, "Total")) {
                out.subtotal(label, 0, n, page.number, line.number);
            } else {
                out.unrecognised(page, line, "a category row or a subtotal of " + country);
            }
            return;
        }
        if (!p.has_text() && n.size() == 3) {  // Oct 2017 prints one country total without its name
            out.subtotal("unnamed total of " + country, country_start, n, page.number, line.number);
            return;
        }
        out.unrecognised(page, line, "a country, mission, category or subtotal line");
    });
}

// ---------------------------------------------------------------------------------------
// E (October 2019): a country line, then one line per mission with ten figures: male and
// female for UNMEM, Troops, UNPOL, FPU, MSO. "Total by Country" and "Grand Total" likewise.
inline constexpr std::string_view layout_e_labels[] = {"UNMEM", "Troops", "UNPOL", "FPU", "MSO"};

inline void parse_layout_e(const std::vector<text_page>& pages, collector& out) {
    std::string country;
    std::size_t country_start = 0;
    double boundary = 80;
    const text_page* last_page = nullptr;
    const text_line* last_country_line = nullptr;
    for_each_data_line(pages, [&](const text_page& page, const text_line& line, const line_parts& p,
                                  const text_line* header) {
        if (&page != last_page) {
            last_page = &page;
            if (header) {
                const auto xs = header_columns(*header);
                if (xs.size() >= 2) boundary = midpoint(xs[0], xs[1]);
            }
        }
        const auto& n = p.numbers;
        if (n.empty() && p.has_text() && p.texts.front().x < boundary) {
            if (last_country_line && last_country_line->number + 1 == line.number && country_start == out.row_count())
                country += " " + p.joined_text();  // a long name wrapped: "Bosnia and" / "Herzegovina"
            else
                country = p.joined_text();
            country_start = out.row_count();
            last_country_line = &line;
            return;
        }
        last_country_line = nullptr;
        if (p.texts.size() != 1 || n.size() != 10) {
            out.unrecognised(page, line, "a country line or a mission line with 10 figures");
            return;
        }
        const auto& label = p.texts.front().text;
        const bool country_total = same_text(label, "Total by Country");
        if (country_total || same_text(label, "Grand Total")) {
            for (std::size_t c = 0; c < 5; ++c) {
                pdf_subtotal s;
                s.label = label + (country_total ? " (" + country + ")" : std::string{}) + ", " +
                          std::string(layout_e_labels[c]);
                s.first_row = country_total ? country_start : 0;
                s.end_row = out.row_count();
                s.category_label = std::string(layout_e_labels[c]);
                s.male = n[2 * c];
                s.female = n[2 * c + 1];
                s.page = page.number;
                s.line = line.number;
                out.add_subtotal(std::move(s));
            }
            return;
        }
        if (!looks_like_acronym(label)) {
            out.unrecognised(page, line, "a mission acronym");
            return;
        }
        // Every category is printed for every mission, zeros included: all are kept.
        for (std::size_t c = 0; c < 5; ++c)
            out.row(country, label, std::string(layout_e_labels[c]), n[2 * c], n[2 * c + 1], n[2 * c] + n[2 * c + 1],
                    page.number, line.number);
    });
}

// ---------------------------------------------------------------------------------------
// D (Sep 2019, Oct 2024): one line per record, "mission country description M F T date".
// Columns are too close (Sep 2019) or centred (Oct 2024) for x positions: the mission is
// the first word, the description the longest run of last words that is a category label.
inline void parse_layout_d(const std::vector<text_page>& pages, collector& out) {
    for (const auto& page : pages) {
        // Oct 2024 wraps a long country name around its row, half a line above and below
        // ("United Republic of" / row / "Tanzania"): such fragments are lines of text only.
        std::vector<bool> fragment(page.lines.size() + 1, false), used(page.lines.size() + 1, false);
        for (const auto& line : page.lines) {
            const auto p = parts_of(line);
            fragment[line.number - 1] = p.numbers.empty() && !p.date && !is_page_footer(line) &&
                                        !(p.text_words.size() > 0 && same_text(p.text_words.front().text, "mission"));
        }
        for (const auto& line : page.lines) {
            if (is_page_footer(line) || fragment[line.number - 1]) continue;
            const auto p = parts_of(line);
            if (p.numbers.empty() && !p.date && !p.text_words.empty() && same_text(p.text_words.front().text, "mission"))
                continue;  // the header, repeated on every page
            const auto& w = p.text_words;
            if (p.numbers.size() != 3 || w.size() < 2) {
                out.unrecognised(page, line, "mission, country, description, male, female, total, date");
                continue;
            }
            std::size_t label_start = 0;
            std::string label;
            for (std::size_t k = 1; k < w.size() && label_start == 0; ++k) {
                std::string candidate;
                for (std::size_t i = k; i < w.size(); ++i) candidate += (i > k ? " " : "") + w[i].text;
                if (is_category_label(candidate)) {
                    label_start = k;
                    label = std::move(candidate);
                }
            }
            if (label_start == 0) {
                out.unrecognised(page, line, "a personnel category at the end of the text");
                continue;
            }
            std::string country;
            for (std::size_t i = 1; i < label_start; ++i) country += (i > 1 ? " " : "") + w[i].text;
            if (country.empty()) {
                const auto index = line.number - 1;  // lines are numbered from 1 in order
                auto near = [&](std::size_t i) {
                    return i < page.lines.size() && fragment[i] && !used[i] &&
                           std::abs(page.lines[i].middle() - line.middle()) < line.bottom - line.top + 2;
                };
                if (index > 0 && near(index - 1)) {
                    country = page.lines[index - 1].text();
                    used[index - 1] = true;
                }
                if (near(index + 1)) {
                    country += (country.empty() ? "" : " ") + page.lines[index + 1].text();
                    used[index + 1] = true;
                }
                if (country.empty()) {
                    out.unrecognised(page, line, "a country name on the row or wrapped around it");
                    continue;
                }
            }
            out.row(std::move(country), w[0].text, std::move(label), p.numbers[0], p.numbers[1], p.numbers[2],
                    page.number, line.number);
        }
        for (const auto& line : page.lines)
            if (fragment[line.number - 1] && !used[line.number - 1])
                out.unrecognised(page, line, "a record line or part of a wrapped country name");
    }
}

// ---------------------------------------------------------------------------------------
// F (Nov 2019 - Jan 2021): mission first. Variants (MANIFEST.txt): country on every row,
// post after the figures, wrapped names (Nov 2019); country on every row (Dec 2019 - Jan
// 2020); country on a line of its own (2020); mission and country totals printed ABOVE
// their rows (Jan 2021). A line of bare figures closes a mission; a second one is the
// grand total (with a leading row count in Nov 2019 - Jan 2020).
inline void parse_layout_f(const std::vector<text_page>& pages, collector& out) {
    struct pending {  // a total printed above its rows (Jan 2021)
        std::string label;
        std::size_t first = 0;
        std::vector<unsigned> figures;
        std::uint32_t page = 0, line = 0;
    };
    std::optional<pending> mission_total, country_total;
    auto close = [&](std::optional<pending>& p) {
        if (!p) return;
        pdf_subtotal s;
        s.label = p->label;
        s.first_row = p->first;
        s.end_row = out.row_count();
        s.male = p->figures[0];
        s.female = p->figures[1];
        s.total = p->figures[2];
        s.page = p->page;
        s.line = p->line;
        out.add_subtotal(std::move(s));
        p.reset();
    };
    std::string mission, country;
    std::size_t mission_start = 0;
    bool mission_closed = true;
    double b1 = 60, b2 = 200;  // mission | country | description
    const text_page* last_page = nullptr;
    const text_line* last_row_line = nullptr;  // to join a wrapped country name to its row
    const text_line* last_country_line = nullptr;
    bool row_had_country = false;
    for_each_data_line(pages, [&](const text_page& page, const text_line& line, const line_parts& p,
                                  const text_line* header) {
        if (&page != last_page) {
            last_page = &page;
            if (header) {
                const auto xs = header_columns(*header);
                if (xs.size() >= 3) {
                    b1 = midpoint(xs[0], xs[1]);
                    // The third header column is Description, or Male when the post comes last.
                    b2 = same_text(header->words.back().text, "Post") ? std::numeric_limits<double>::max()
                                                                       : midpoint(xs[1], xs[2]);
                }
            }
        }
        std::string m, c, d;
        for (const auto& t : p.texts) {
            const bool after_figures = !p.number_x.empty() && t.x > p.number_x.back();
            auto& column = after_figures ? d : t.x < b1 ? m : t.x < b2 ? c : d;
            column += (column.empty() ? "" : " ") + t.text;
        }
        const auto& n = p.numbers;
        const text_line* previous_row_line = last_row_line;
        const text_line* previous_country_line = last_country_line;
        last_row_line = last_country_line = nullptr;
        if (!m.empty() && c.empty() && d.empty() && (n.empty() || n.size() == 3)) {
            close(country_total);
            close(mission_total);
            if (same_text(m, "Grand Total")) {
                out.subtotal(m, 0, n, page.number, line.number);
                return;
            }
            mission = m;
            country.clear();
            mission_start = out.row_count();
            mission_closed = false;
            if (n.size() == 3) mission_total = pending{"total of " + mission, out.row_count(), n, page.number, line.number};
            return;
        }
        if (m.empty() && !c.empty() && d.empty() && n.empty()) {
            // A long name wraps onto the next line: under its row when rows carry the
            // country (Nov 2019), under the country's own line otherwise (2020).
            if (previous_row_line && previous_row_line->number + 1 == line.number && row_had_country) {
                out.rows().back().country_name += " " + c;  // "United Republic of" / "Tanzania"
                return;
            }
            if (previous_country_line && previous_country_line->number + 1 == line.number) {
                country += " " + c;  // "United States of" / "America"
                return;
            }
            close(country_total);
            country = c;
            last_country_line = &line;
            return;
        }
        if (m.empty() && !c.empty() && d.empty() && n.size() == 3) {
            close(country_total);
            country = c;
            country_total = pending{"total of " + country + " in " + mission, out.row_count(), n, page.number,
                                    line.number};
            return;
        }
        if (m.empty() && !d.empty() && n.size() == 3) {
            out.row(c.empty() ? country : c, mission, d, n[0], n[1], n[2], page.number, line.number);
            last_row_line = &line;
            row_had_country = !c.empty();
            return;
        }
        if (!p.has_text() && (n.size() == 3 || n.size() == 4 || n.size() == 1)) {
            close(country_total);
            if (n.size() == 3 && !mission_closed) {
                out.subtotal("total of " + mission, mission_start, n, page.number, line.number);
                mission_closed = true;
                return;
            }
            // The grand total: "M F T", "COUNT M F T" or a bare row count (Nov 2019).
            pdf_subtotal s;
            s.label = "grand total";
            s.first_row = 0;
            s.end_row = out.row_count();
            s.page = page.number;
            s.line = line.number;
            if (n.size() != 3) s.row_count = n.front();
            if (n.size() >= 3) {
                s.male = n[n.size() - 3];
                s.female = n[n.size() - 2];
                s.total = n.back();
            }
            out.add_subtotal(std::move(s));
            return;
        }
        out.unrecognised(page, line, "a mission, country, category row or total line");
    });
    close(country_total);
    close(mission_total);
}

// ---------------------------------------------------------------------------------------
// G (Feb 2021 - Jul 2025, SSRS): mission line, then rows "type M F T"; a country's name is
// printed once, vertically centred on its group of rows, on a row or between two. Names
// are given to rows when each mission closes: walking the names in order, a name's group
// is the run of following rows whose part on the name's page is centred on the name.
struct name_anchor {
    std::string name;
    std::uint32_t page = 0;
    double middle = 0;
};

// At most one row per category: a group never has more rows than there are categories.
inline constexpr std::size_t max_group_rows = 5;

// Names must be given so that EVERY name is centred on its group: a greedy walk is not
// enough at page breaks, where the rows of a split group on the next page carry no name
// (Sep 2022) and would otherwise be taken by the next name when it happens to be centred
// on them too. So the groupings are counted by dynamic programming over (name, first row),
// capped at two: none is an error, two or more (ambiguous) also, one is the answer.
inline void assign_centred_names(std::vector<pdf_row>& rows, std::size_t first, const std::vector<double>& middles,
                                 const std::vector<name_anchor>& names, double pitch, collector& out) {
    // Rows are 14 to 22 pt apart and a name is centred to a fraction of a point.
    constexpr double tolerance = 3.0;
    const std::size_t n = rows.size() - first, k_count = names.size();
    if (n == 0 && k_count == 0) return;
    if (n == 0) {  // names with no rows to stand beside (found by fuzzing: a page of headers)
        out.issue(names.front().page, 1, "country name \"" + names.front().name + "\"",
                  "rows of the country's contributions beside its name", "none");
        return;
    }
    // Rows next to a page break inside this mission: the last on a page followed by more,
    // the first on a page preceded by more.
    std::vector<char> ends_page(n, 0), starts_page(n, 0);
    for (std::size_t r = 0; r + 1 < n; ++r) {
        if (rows[first + r].page != rows[first + r + 1].page) {
            ends_page[r] = 1;
            starts_page[r + 1] = 1;
        }
    }
    // How well names[k] fits rows [s, e]: exactly centred, centred allowing for a page
    // break, or not at all.
    enum class fit { none, exact, cut };
    auto fits = [&](std::size_t k, std::size_t s, std::size_t e) {
        const auto& anchor = names[k];
        std::optional<double> top, bottom;  // the group's part on the name's page
        bool before = false, after = false, first_here = false;
        for (std::size_t r = s; r <= e; ++r) {
            const auto page = rows[first + r].page;
            if (page < anchor.page) before = true;
            if (page > anchor.page) after = true;
            if (page == anchor.page) {
                if (!top) first_here = starts_page[r] != 0;
                if (!top) top = middles[r];
                bottom = middles[r];
            }
        }
        if (!top) return fit::none;  // a name stands beside at least one of its rows
        const double centre = (*top + *bottom) / 2;
        if (!before && !after && std::abs(centre - anchor.middle) <= tolerance) return fit::exact;
        // A group cut by a page break is centred on its cell, which runs on to the edge of
        // the page's body (Sep 2022): its name sits nearer that edge than the centre of its
        // rows, by up to a row pitch. The name is then printed on one part or on both.
        const bool cut_below = after || ends_page[e];
        const bool cut_above = before || first_here;
        if (!cut_below && !cut_above) return fit::none;
        const bool near = (cut_above || anchor.middle >= centre - tolerance) &&
                          (cut_below || anchor.middle <= centre + tolerance) && anchor.middle >= *top - pitch &&
                          anchor.middle <= *bottom + pitch;
        return near ? fit::cut : fit::none;
    };
    // The best grouping uses the fewest page-break allowances; two best ones are ambiguous.
    struct best {
        unsigned cuts = 0, count = 0;  // count of groupings with that many cuts, capped at 2
        std::size_t end = 0;           // the chosen group's end, for the first of them
        bool known = false;
    };
    std::vector<std::vector<best>> memo(k_count + 1, std::vector<best>(n + 1));
    auto solve = [&](auto& self, std::size_t k, std::size_t s) -> const best& {
        auto& b = memo[k][s];
        if (b.known) return b;
        b.known = true;
        if (k == k_count) {
            b.count = s == n ? 1 : 0;
            return b;
        }
        for (std::size_t e = s; e < n && e < s + max_group_rows; ++e) {
            if (rows[first + e].page > names[k].page + 1) break;
            const auto f = fits(k, s, e);
            if (f == fit::none) continue;
            const auto& rest = self(self, k + 1, e + 1);
            if (rest.count == 0) continue;
            const unsigned cuts = rest.cuts + (f == fit::cut ? 1u : 0u);
            if (b.count == 0 || cuts < b.cuts) {
                b.cuts = cuts;
                b.count = rest.count;
                b.end = e + 1;
            } else if (cuts == b.cuts) {
                b.count = std::min(2u, b.count + rest.count);
            }
        }
        return b;
    };
    const auto& result = solve(solve, 0, 0);
    if (result.count != 1) {
        const auto& where = rows[first];
        out.issue(where.page, where.line, "country names of mission " + where.mission_acronym,
                  "one way to centre each of the " + std::to_string(k_count) + " names on a group of the " +
                      std::to_string(n) + " rows",
                  result.count == 0 ? "none" : "several");
        if (result.count == 0) return;
    }
    std::size_t s = 0;
    for (std::size_t k = 0; k < k_count; ++k) {
        const std::size_t end = memo[k][s].end;
        for (std::size_t r = s; r < end; ++r) rows[first + r].country_name = names[k].name;
        s = end;
    }
}

inline void parse_layout_g(const std::vector<text_page>& pages, collector& out) {
    std::string mission;
    std::size_t mission_start = 0;
    std::vector<double> middles;  // of the mission's rows, in order
    std::vector<name_anchor> names;
    double b1 = 80, b2 = 200;
    const text_page* last_page = nullptr;
    double row_spacing = 0;  // the report's row pitch: the smallest gap between rows seen
    double last_row_middle = 0;
    auto close_mission = [&] {
        // A long name wraps onto two lines about a glyph apart ("Democratic Republic of the" /
        // "Congo"); names of different groups are at least a row pitch apart.
        const double wrap_gap = row_spacing > 0 ? 0.7 * row_spacing : 15.0;
        std::vector<name_anchor> merged;
        double first_part = 0, last_part = 0;  // middles of the merged name's first and last line
        for (auto& anchor : names) {
            if (!merged.empty() && merged.back().page == anchor.page && anchor.middle - last_part < wrap_gap) {
                last_part = anchor.middle;
                merged.back().name += " " + anchor.name;
                merged.back().middle = (first_part + last_part) / 2;
            } else {
                first_part = last_part = anchor.middle;
                merged.push_back(std::move(anchor));
            }
        }
        names = std::move(merged);
        assign_centred_names(out.rows(), mission_start, middles, names, row_spacing > 0 ? row_spacing : 20.0, out);
        middles.clear();
        names.clear();
    };
    for_each_data_line(pages, [&](const text_page& page, const text_line& line, const line_parts& p,
                                  const text_line* header) {
        if (&page != last_page) {
            last_page = &page;
            if (header) {
                const auto xs = header_columns(*header);
                if (xs.size() >= 3) {
                    b1 = midpoint(xs[0], xs[1]);
                    b2 = midpoint(xs[1], xs[2]);
                }
            }
        }
        std::string m, c, d;
        for (const auto& t : p.texts) {
            auto& column = t.x < b1 ? m : t.x < b2 ? c : d;
            column += (column.empty() ? "" : " ") + t.text;
        }
        const auto& n = p.numbers;
        if (!m.empty() && c.empty() && d.empty()) {
            if (n.empty()) {
                close_mission();
                mission = m;
                mission_start = out.row_count();
                return;
            }
            if (n.size() == 3 && (m.rfind("Total ", 0) == 0 || same_text(m, "Grand Total"))) {
                close_mission();
                if (same_text(m, "Grand Total")) {
                    out.subtotal(m, 0, n, page.number, line.number);
                } else {
                    if (m.substr(6) != mission)
                        out.issue(page.number, line.number, "mission total", "Total " + mission, m);
                    out.subtotal(m, mission_start, n, page.number, line.number);
                }
                mission_start = out.row_count();
                return;
            }
        }
        if (m.empty() && !c.empty() && n.empty() && d.empty()) {
            names.push_back(name_anchor{c, page.number, line.middle()});
            return;
        }
        if (m.empty() && !d.empty() && n.size() == 3) {
            if (!c.empty()) names.push_back(name_anchor{c, page.number, line.middle()});
            if (!out.rows().empty() && out.rows().back().page == page.number) {
                const double gap = line.middle() - last_row_middle;
                if (gap > 5 && (row_spacing == 0 || gap < row_spacing)) row_spacing = gap;
            }
            last_row_middle = line.middle();
            out.row({}, mission, d, n[0], n[1], n[2], page.number, line.number);
            middles.push_back(line.middle());
            return;
        }
        out.unrecognised(page, line, "a mission, country, category row or total line");
    });
    close_mission();
}

// ---------------------------------------------------------------------------------------
// H (Sep 2023): one line per country, totals by type and overall, no sex, no mission.
inline constexpr std::string_view layout_h_labels[] = {"Experts on Mission", "Formed Police Units",
                                                       "Individual Police", "Staff Officer", "Troops"};

inline void parse_layout_h(const std::vector<text_page>& pages, collector& out) {
    double boundary = 80;
    const text_page* last_page = nullptr;
    const text_line* last_row_line = nullptr;
    for_each_data_line(pages, [&](const text_page& page, const text_line& line, const line_parts& p,
                                  const text_line* header) {
        if (&page != last_page) {
            last_page = &page;
            if (header) {
                const auto xs = header_columns(*header);
                if (xs.size() >= 2) boundary = midpoint(xs[0], xs[1]);
            }
        }
        const text_line* previous_row_line = last_row_line;
        last_row_line = nullptr;
        const auto& n = p.numbers;
        if (n.empty()) {
            if (p.has_text() && p.texts.front().x < boundary && previous_row_line &&
                previous_row_line->number + 1 == line.number && out.row_count() >= 5) {
                const auto tail = " " + p.joined_text();  // "United Republic of" / "Tanzania"
                for (std::size_t r = out.row_count() - 5; r < out.row_count(); ++r) out.rows()[r].country_name += tail;
                return;
            }
            if (p.has_text() && p.texts.front().x >= boundary) return;  // the header's second line
            out.unrecognised(page, line, "a country row");
            return;
        }
        if (p.texts.size() != 1 || n.size() != 6) {
            out.unrecognised(page, line, "a country and six figures");
            return;
        }
        const auto& label = p.texts.front().text;
        if (same_text(label, "Grand Total")) {
            for (std::size_t c = 0; c < 5; ++c) {
                pdf_subtotal s;
                s.label = label + ", " + std::string(layout_h_labels[c]);
                s.first_row = 0;
                s.end_row = out.row_count();
                s.category_label = std::string(layout_h_labels[c]);
                s.total = n[c];
                s.page = page.number;
                s.line = line.number;
                out.add_subtotal(std::move(s));
            }
            out.subtotal(label, 0, {n[5]}, page.number, line.number);
            return;
        }
        const std::size_t first = out.row_count();
        for (std::size_t c = 0; c < 5; ++c)
            out.row(label, {}, std::string(layout_h_labels[c]), std::nullopt, std::nullopt, n[c], page.number,
                    line.number);
        out.subtotal("total of " + label, first, {n[5]}, page.number, line.number);
        last_row_line = &line;
    });
}

// ---------------------------------------------------------------------------------------
// Which family a report belongs to, from its title and header (first page).
inline layout detect_layout(const std::vector<text_page>& pages) {
    if (pages.empty()) return layout::unknown;
    std::string top;
    for (std::size_t i = 0; i < pages.front().lines.size() && i < 10; ++i) top += pages.front().lines[i].text() + " ";
    auto has = [&](std::string_view s) { return top.find(s) != std::string::npos; };
    if (has("Summary") && has("detailed by Country")) return layout::A;
    if (has("Mission Detail")) return layout::A2;
    if (has("by Country, Mission and Post")) return layout::B;
    if (has("UNMEM")) return layout::E;
    if (has("by Country and Post")) return layout::C;
    if (has("by Mission, Country, and Personnel Type")) return layout::G;
    if (has("by Mission, Country")) return layout::F;  // "and Post" is wrapped onto the next line in 2020
    if (has("by Country and Personnel Type")) return layout::H;
    const auto first = pages.front().lines.empty() ? std::string{} : pages.front().lines.front().text();
    if (pk::detail::same_label(std::string_view{first}.substr(0, 7), "mission") &&
        (first.find("report_date") != std::string::npos || first.find("Report Date") != std::string::npos))
        return layout::D;
    return layout::unknown;
}

// The report month printed in the title ("31-Jan-15", "As of: 28/02/2021", "by End of
// November, 2016") or, for layout D, in the first record's date column.
inline std::optional<pk::month> printed_month(const std::vector<text_page>& pages) {
    if (pages.empty()) return std::nullopt;
    const auto& lines = pages.front().lines;
    for (std::size_t i = 0; i < lines.size() && i < 12; ++i) {
        const auto& words = lines[i].words;
        for (std::size_t k = 0; k < words.size(); ++k) {
            if (auto m = parse_date_word(words[k].text)) return m;
            // "November, 2016": a month's full name, then a year.
            std::string_view name = words[k].text;
            if (!name.empty() && name.back() == ',') name.remove_suffix(1);
            if (k + 1 < words.size() && name.size() >= 3) {
                const auto month_of_year = pk::detail::parse_month_name(name.substr(0, 3));
                const auto year = pk::detail::parse_digits(words[k + 1].text);
                constexpr std::string_view full[] = {"january", "february", "march",     "april",   "may",      "june",
                                                     "july",    "august",   "september", "october", "november", "december"};
                if (month_of_year && year && *year >= 1990 && same_text(name, full[*month_of_year - 1]))
                    return pk::month{*year, *month_of_year};
            }
        }
    }
    return std::nullopt;
}

// "UN_country_contributions_2019_10.pdf" -> 2019-10. Only for a report that prints no date.
inline std::optional<pk::month> month_from_file_name(std::string_view file_name) {
    const auto slash = file_name.find_last_of("/\\");
    if (slash != std::string_view::npos) file_name.remove_prefix(slash + 1);
    constexpr std::string_view prefix = "UN_country_contributions_";
    if (file_name.rfind(prefix, 0) != 0 || file_name.size() < prefix.size() + 7) return std::nullopt;
    const auto y = pk::detail::parse_digits(file_name.substr(prefix.size(), 4));
    const auto m = pk::detail::parse_digits(file_name.substr(prefix.size() + 5, 2));
    if (!y || !m || file_name[prefix.size() + 4] != '_' || *m < 1 || *m > 12) return std::nullopt;
    return pk::month{*y, static_cast<unsigned>(*m)};
}

}  // namespace detail

using detail::detect_layout;

// Parses the pages of one report. `file_name` is used only for the October 2019 report,
// which prints no date (its month is then taken from the name, and the result says so).
inline parsed_report parse_report(const std::vector<text_page>& pages, std::string_view file_name = {}) {
    parsed_report report;
    report.layout = detect_layout(pages);
    detail::collector out{report};
    switch (report.layout) {
        case layout::A:
        case layout::A2:
        case layout::B:
        case layout::C: detail::parse_country_first(pages, out); break;
        case layout::D: detail::parse_layout_d(pages, out); break;
        case layout::E: detail::parse_layout_e(pages, out); break;
        case layout::F: detail::parse_layout_f(pages, out); break;
        case layout::G: detail::parse_layout_g(pages, out); break;
        case layout::H: detail::parse_layout_h(pages, out); break;
        case layout::unknown:
            out.issue(1, 1, "layout", "one of the UN report layouts A..H", pages.empty() || pages.front().lines.empty()
                                                                              ? std::string{"no text"}
                                                                              : pages.front().lines.front().text());
            return report;
    }
    report.month = detail::printed_month(pages);
    if (!report.month) {
        report.month = detail::month_from_file_name(file_name);
        report.month_from_file_name = report.month.has_value();
        if (!report.month)
            out.issue(1, 0, "report date", "a date in the title or a file name UN_country_contributions_YYYY_MM.pdf",
                      "none");
    }
    return report;
}

}  // namespace pk::pdf
