// Layers 1-3 of the PDF reader on hand-made word boxes: no poppler, no files.
#include <peacekeeping/pdf/layouts.hpp>
#include <peacekeeping/pdf/subtotals.hpp>
#include <peacekeeping/pdf/text_layout.hpp>

#include "support/catch.hpp"

#include <string>
#include <vector>

using pk::pdf::word_box;

namespace {
// A word of glyph height 7.4 (the reports' body font) whose top is at y.
word_box w(std::string text, double x, double y, bool space_after = false) {
    const double width = 4.0 * static_cast<double>(text.size());  // before text is moved from
    return word_box{std::move(text), x, y, width, 7.4, space_after};
}

std::vector<std::string> line_texts(const std::vector<pk::pdf::text_line>& lines) {
    std::vector<std::string> out;
    for (const auto& l : lines) out.push_back(l.text());
    return out;
}

// Builds one page from lines of words, numbering lines as rebuild_lines does.
pk::pdf::text_page page(std::uint32_t number, std::vector<word_box> words) {
    pk::pdf::text_page p;
    p.number = number;
    p.lines = pk::pdf::rebuild_lines(std::move(words));
    return p;
}
}  // namespace

TEST_CASE("words are grouped into lines by their vertical middles, whatever their order") {
    // Reading order as poppler gives it for layout G: the centred name comes last.
    auto lines = pk::pdf::rebuild_lines({
        w("2", 354, 145.98), w("Individual", 239, 145.98, true), w("Police", 275, 145.98),
        w("3", 354, 167.51), w("Canada", 122, 167.51),
        w("Bangladesh", 122, 156.7),  // between the two rows: a line of its own
    });
    REQUIRE(lines.size() == 3);
    CHECK(line_texts(lines) == std::vector<std::string>{"Individual Police 2", "Bangladesh", "Canada 3"});
    CHECK(lines[0].number == 1);
    CHECK(lines[2].number == 3);
}

TEST_CASE("a subtotal a point or two off its figures' baseline stays on their line") {
    // Layout A prints the subtotal label in 6.5 pt, 1.2 pt above the 7.4 pt figure.
    word_box label{"UNMISS", 447.5, 206.3, 26.9, 6.47, false};
    word_box figure{"3", 512.4, 207.5, 4.4, 7.39, false};
    auto lines = pk::pdf::rebuild_lines({figure, label});
    REQUIRE(lines.size() == 1);
    CHECK(lines[0].text() == "UNMISS 3");
}

TEST_CASE("rows one line-height apart are not merged") {
    auto lines = pk::pdf::rebuild_lines({w("a", 10, 100), w("b", 10, 104.0), w("c", 10, 108.0)});
    // 4 pt apart with 7.4 pt glyphs: more than half a height, so three lines.
    CHECK(lines.size() == 3);
}

TEST_CASE("cells join words poppler saw spaces between, and keep columns apart") {
    auto lines = pk::pdf::rebuild_lines({w("United", 122, 50, true), w("States", 149, 50, true), w("of", 175, 50, true),
                                         w("America", 185, 50), w("Staff", 239, 50, true), w("Officer", 261, 50),
                                         w("8", 354, 50)});
    REQUIRE(lines.size() == 1);
    auto cells = pk::pdf::join_cells(lines[0].words);
    REQUIRE(cells.size() == 3);
    CHECK(cells[0].text == "United States of America");
    CHECK(cells[1].text == "Staff Officer");
    CHECK(cells[1].x == 239);
    CHECK(cells[2].text == "8");
}

TEST_CASE("a space flag does not join words a column apart") {
    // Sep 2019 (layout D): "of" says a space follows, but "Individual" is in the next column.
    auto cells = pk::pdf::join_cells({w("of", 159, 50, true), w("Individual", 190, 50)});
    CHECK(cells.size() == 2);
}

TEST_CASE("split_columns assigns words to columns by their left edge") {
    auto columns = pk::pdf::split_columns({w("MINURSO", 55, 0), w("Argentina", 113, 0), w("Experts", 170, 0, true),
                                           w("on", 196, 0), w("Mission", 207, 0)},
                                          {100, 165});
    CHECK(columns == std::vector<std::string>{"MINURSO", "Argentina", "Experts on Mission"});
}

TEST_CASE("layout G: a name centred on its group, across a page break") {
    // Rows 21.6 pt apart. Page 1: Argentina (one row, name on it), Bangladesh (two rows, name
    // between them), Benin (last row of page 1 and first of page 2, name on page 1 pushed
    // towards the page's edge as SSRS does for a cut group). Page 2: Bhutan (three rows, name
    // on the middle one), then the mission total.
    auto row = [](double y, std::string label, std::string m, std::string f, std::string t) {
        std::vector<word_box> out{w(label, 239, y), w(m, 354, y), w(f, 433, y), w(t, 518, y)};
        return out;
    };
    std::vector<word_box> p1{w("Mission", 30, 100), w("Country", 122, 100), w("Personnel", 239, 100, true),
                             w("Type", 280, 100), w("Male", 347, 100), w("Female", 421, 100), w("Total", 511, 100)};
    p1.push_back(w("Contribution", 170, 35, true));  // a title line above the header
    p1.push_back(w("by Mission, Country, and Personnel Type", 180, 53));
    p1.push_back(w("MINURSO", 30, 120));
    for (auto&& x : row(140, "Experts", "3", "0", "3")) p1.push_back(x);
    p1.push_back(w("Argentina", 122, 140));
    for (auto&& x : row(161.6, "Experts", "5", "1", "6")) p1.push_back(x);
    p1.push_back(w("Bangladesh", 122, 172.4));
    for (auto&& x : row(183.2, "Troops", "19", "11", "30")) p1.push_back(x);
    for (auto&& x : row(204.8, "Experts", "1", "0", "1")) p1.push_back(x);
    p1.push_back(w("Benin", 122, 212.0));  // 7 pt below its part's centre: the cut cell
    std::vector<word_box> p2{w("Mission", 30, 100), w("Country", 122, 100), w("Personnel", 239, 100, true),
                             w("Type", 280, 100), w("Male", 347, 100), w("Female", 421, 100), w("Total", 511, 100)};
    for (auto&& x : row(120, "Troops", "7", "0", "7")) p2.push_back(x);  // Benin's, no name
    for (auto&& x : row(141.6, "Experts", "2", "0", "2")) p2.push_back(x);
    for (auto&& x : row(163.2, "Staff", "1", "0", "1")) p2.push_back(x);
    p2.push_back(w("Bhutan", 122, 163.2));
    for (auto&& x : row(184.8, "Troops", "20", "0", "20")) p2.push_back(x);
    p2.push_back(w("Total", 30, 206.4, true));
    p2.push_back(w("MINURSO", 54, 206.4));
    for (auto&& x : row(206.4, "", "58", "12", "70")) p2.push_back(x);
    std::vector<pk::pdf::text_page> pages{page(1, p1), page(2, p2)};
    // Titles name the layout.
    pages[0].lines.insert(pages[0].lines.begin(), pk::pdf::text_line{});
    pages[0].lines.front().words = {w("by Mission, Country, and Personnel Type", 100, 10, true), w("28/02/2021", 300, 10)};
    auto report = pk::pdf::parse_report(pages);
    CHECK(report.layout == pk::pdf::layout::G);
    auto summary = pk::pdf::check_subtotals(report);
    INFO((report.issues.empty() ? std::string{} : report.issues.front().what + ": " + report.issues.front().found));
    CHECK(report.issues.empty());
    CHECK(summary.subtotals_checked == 1);
    REQUIRE(report.rows.size() == 8);
    std::vector<std::string> names;
    for (const auto& r : report.rows) names.push_back(r.country_name);
    CHECK(names == std::vector<std::string>{"Argentina", "Bangladesh", "Bangladesh", "Benin", "Benin", "Bhutan",
                                            "Bhutan", "Bhutan"});
}

TEST_CASE("subtotal checks name the subtotal's page and line and both figures") {
    pk::pdf::parsed_report report;
    report.rows.push_back({"Viet Nam", "UNMISS", "Troops", 53u, 10u, 63u, 4, 7});
    report.rows.push_back({"Viet Nam", "UNMISS", "Staff Officer", 1u, 0u, 2u, 4, 8});  // 1 + 0 != 2
    pk::pdf::pdf_subtotal total;
    total.label = "Total UNMISS";
    total.first_row = 0;
    total.end_row = 2;
    total.male = 54;
    total.female = 10;
    total.total = 66;
    total.page = 4;
    total.line = 9;
    report.subtotals.push_back(total);
    auto summary = pk::pdf::check_subtotals(report);
    CHECK(summary.rows_failed == 1);
    CHECK(summary.subtotals_failed == 1);
    REQUIRE(report.issues.size() == 2);
    CHECK(report.issues[0].page == 4);
    CHECK(report.issues[0].line == 8);
    CHECK(report.issues[1].page == 4);
    CHECK(report.issues[1].line == 9);
    CHECK(report.issues[1].expected == "the printed 66");
    CHECK(report.issues[1].found == "the rows sum to 65");
}

TEST_CASE("the report month comes from the title, or from the file name only when none is printed") {
    CHECK(pk::pdf::detail::parse_date_word("31-Jan-15") == pk::month{2015, 1});
    CHECK(pk::pdf::detail::parse_date_word("31/05/2017") == pk::month{2017, 5});
    CHECK_FALSE(pk::pdf::detail::parse_date_word("2016"));
    CHECK(pk::pdf::detail::month_from_file_name("/x/UN_country_contributions_2019_10.pdf") == pk::month{2019, 10});
    CHECK_FALSE(pk::pdf::detail::month_from_file_name("report.pdf"));
    CHECK(pk::pdf::detail::parse_count("1,580") == 1580u);
    CHECK_FALSE(pk::pdf::detail::parse_count("Total"));
}
