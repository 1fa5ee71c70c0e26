// The PDF reader above poppler (pk::pdf::read_report_pages): pages of positioned words, made
// from the input as monospaced text, so seeds are `pdftotext -layout` dumps of real reports.
// A form feed starts a page, a line is a text line 12 points below the last, a character is
// 5 points wide, and a word followed by one space runs on into the next word (poppler's
// has_space_after); two spaces or more end a cell. poppler itself is not fuzzed here: it is
// not ours, and uninstrumented it would hide nothing we could fix.
#include <peacekeeping/pdf/report.hpp>

#include "fuzz_main.hpp"

namespace {

std::vector<pk::pdf::text_page> pages_of_text(std::string_view text) {
    std::vector<pk::pdf::text_page> pages;
    std::vector<pk::pdf::word_box> words;
    std::size_t line = 0;
    auto end_page = [&] {
        pk::pdf::text_page page;
        page.number = static_cast<std::uint32_t>(pages.size() + 1);
        page.width = 842;
        page.height = 595;
        page.lines = pk::pdf::rebuild_lines(std::move(words));
        words.clear();
        pages.push_back(std::move(page));
        line = 0;
    };
    std::size_t column = 0;
    for (std::size_t i = 0; i < text.size();) {
        const char c = text[i];
        if (c == '\f') { end_page(); column = 0; ++i; continue; }
        if (c == '\n') { ++line; column = 0; ++i; continue; }
        if (c == ' ') { ++column; ++i; continue; }
        std::size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\f') ++end;
        const std::size_t length = end - i;
        const bool single_space = end + 1 < text.size() && text[end] == ' ' && text[end + 1] != ' ' &&
                                  text[end + 1] != '\n' && text[end + 1] != '\f';
        words.push_back(pk::pdf::word_box{std::string{text.substr(i, length)}, 5.0 * static_cast<double>(column),
                                          12.0 * static_cast<double>(line), 5.0 * static_cast<double>(length), 10.0,
                                          single_space});
        column += length;
        i = end;
    }
    end_page();
    return pages;
}

pk_fuzz::problems check_pdf_pages(std::string_view input) {
    pk_fuzz::problems out;
    const auto pages = pages_of_text(input);
    const auto details = pk::pdf::read_report_pages(pages, "UN_country_contributions_2021_02.pdf");
    const auto& r = details.result;
    for (const auto& e : r.errors) {
        if (e.expected.empty()) out.push_back("an error with no expected text: " + e.to_string());
        // A page with no text is reported on its line 1: allowed, hence the max(..., 1).
        if (e.page > std::max<std::size_t>(pages.size(), 1))
            out.push_back("an error on page " + std::to_string(e.page) + " of " + std::to_string(pages.size()));
        else if (e.page != 0 && e.line > std::max<std::size_t>(pages[e.page - 1].lines.size(), 1))
            out.push_back("an error on line " + std::to_string(e.line) + " of page " + std::to_string(e.page) + ", which has " +
                          std::to_string(pages[e.page - 1].lines.size()));
    }
    for (const auto& c : r.data)
        if (!r.data.covers(c.month)) {
            out.push_back("a row's month is not covered");
            break;
        }
    pk_fuzz::check_round_trip(r, out);
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return pk_fuzz::run(data, size, check_pdf_pages);
}
