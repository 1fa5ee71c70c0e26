#pragma once
// The one header that talks to poppler: a PDF file (or bytes) -> text_pages.
// Link with poppler-cpp (pkg-config poppler-cpp; CMake target peacekeeping::pdf).
#include <filesystem>
#include <memory>
#include <stdexcept>
#include <string>
#include <vector>

#include <poppler/cpp/poppler-document.h>
#include <poppler/cpp/poppler-global.h>  // poppler::set_debug_error_function
#include <poppler/cpp/poppler-page.h>

#include <peacekeeping/pdf/text_layout.hpp>

namespace pk::pdf {

// Thrown only when nothing can be read at all: the file is missing, unreadable or not a PDF.
class pdf_open_error : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

namespace detail {
inline std::string to_string(const poppler::ustring& text) {
    const auto bytes = text.to_utf8();  // a byte_array (std::vector<char>), not NUL-terminated
    return std::string(bytes.begin(), bytes.end());
}

inline std::vector<text_page> pages_of(const poppler::document& document) {
    std::vector<text_page> pages;
    const int count = document.pages();
    pages.reserve(static_cast<std::size_t>(count));
    for (int index = 0; index < count; ++index) {
        std::unique_ptr<poppler::page> page{document.create_page(index)};
        text_page out;
        out.number = static_cast<std::uint32_t>(index + 1);
        if (!page) {  // a broken page object: keep the numbering, report nothing on it
            pages.push_back(std::move(out));
            continue;
        }
        const auto rect = page->page_rect();
        out.width = rect.width();
        out.height = rect.height();
        std::vector<word_box> words;
        for (const auto& box : page->text_list()) {
            const auto b = box.bbox();
            words.push_back(word_box{to_string(box.text()), b.x(), b.y(), b.width(), b.height(), box.has_space_after()});
        }
        out.lines = rebuild_lines(std::move(words));
        pages.push_back(std::move(out));
    }
    return pages;
}

// poppler prints recoverable syntax errors of damaged files on stderr; a library must not.
inline void quiet_poppler(const std::string&, void*) {}
}  // namespace detail

inline std::vector<text_page> read_text_pages(const std::filesystem::path& file) {
    poppler::set_debug_error_function(detail::quiet_poppler, nullptr);
    std::unique_ptr<poppler::document> document{poppler::document::load_from_file(file.string())};
    if (!document) throw pdf_open_error{file.string() + ": cannot open as a PDF (missing, unreadable or damaged)"};
    if (document->is_locked()) throw pdf_open_error{file.string() + ": the PDF is encrypted"};
    return detail::pages_of(*document);
}

// For PDFs already in memory (downloads, archives). poppler reads `data` without copying
// it, so it must outlive the call (it does: the pages are fully extracted before return).
inline std::vector<text_page> read_text_pages(const char* data, std::size_t size, const std::string& name = "<memory>") {
    poppler::set_debug_error_function(detail::quiet_poppler, nullptr);
    std::unique_ptr<poppler::document> document{
        poppler::document::load_from_raw_data(data, static_cast<int>(size))};
    if (!document) throw pdf_open_error{name + ": cannot read as a PDF"};
    if (document->is_locked()) throw pdf_open_error{name + ": the PDF is encrypted"};
    return detail::pages_of(*document);
}

}  // namespace pk::pdf
