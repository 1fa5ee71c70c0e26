#pragma once
// Layer 1 of the PDF reader: positioned words -> pages of lines of positioned words.
//
// A PDF has no lines or columns, only glyphs placed on a page. poppler groups glyphs into
// words with a bounding box; this header rebuilds lines from the words' vertical positions
// and orders each line by x. It is pure data (no poppler), so tests build boxes by hand.
// Columns are left to the layout parsers: each report family draws its columns at its own
// x positions, and a report's header line tells where they are on each page.
#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pk::pdf {

// One word as poppler reports it. Coordinates are PDF points with the origin at the top
// left of the page and y growing downwards (poppler's text_box::bbox()).
struct word_box {
    std::string text;  // UTF-8
    double x = 0, y = 0, width = 0, height = 0;
    // poppler's has_space_after(): the text flow puts a space after this word inside the
    // same run. Reports print columns as separate runs, so a column's last word says false.
    bool space_after = false;

    double right() const noexcept { return x + width; }
    double bottom() const noexcept { return y + height; }
    double middle() const noexcept { return y + height / 2; }
};

// Words that share a baseline band, sorted left to right.
struct text_line {
    std::uint32_t number = 0;  // 1-based, top to bottom on its page: what errors cite
    double top = 0, bottom = 0;
    std::vector<word_box> words;

    double middle() const noexcept { return (top + bottom) / 2; }
    // The words joined by single spaces: for headers and labels, never for columns.
    std::string text() const {
        std::string out;
        for (const auto& w : words) {
            if (!out.empty()) out += ' ';
            out += w.text;
        }
        return out;
    }
};

struct text_page {
    std::uint32_t number = 0;  // 1-based
    double width = 0, height = 0;
    std::vector<text_line> lines;
};

// Two words are on one line when their vertical middles are closer than this fraction of
// the smaller height. Half a height keeps apart rows printed one line-height apart (every
// report here spaces rows by more than a glyph height) and still joins a subtotal printed
// in a smaller font a point or two off its figures' baseline (layout A).
inline constexpr double same_line_fraction = 0.5;

// Rebuilds the lines of one page. Words are taken in any order (poppler gives reading
// order, which puts a layout-G country name after the rows around it).
inline std::vector<text_line> rebuild_lines(std::vector<word_box> words) {
    std::sort(words.begin(), words.end(), [](const word_box& a, const word_box& b) {
        return a.middle() != b.middle() ? a.middle() < b.middle() : a.x < b.x;
    });
    std::vector<text_line> lines;
    double line_middle = 0, line_height = 0;  // of the line's first word: a stable anchor
    for (auto& w : words) {
        if (w.text.empty()) continue;
        const bool joins = !lines.empty() &&
                           w.middle() - line_middle < same_line_fraction * std::min(line_height, w.height);
        if (!joins) {
            lines.push_back(text_line{});
            lines.back().top = w.y;
            lines.back().bottom = w.bottom();
            line_middle = w.middle();
            line_height = w.height;
        }
        auto& line = lines.back();
        line.top = std::min(line.top, w.y);
        line.bottom = std::max(line.bottom, w.bottom());
        line.words.push_back(std::move(w));
    }
    std::uint32_t number = 0;
    for (auto& line : lines) {
        line.number = ++number;
        std::sort(line.words.begin(), line.words.end(),
                  [](const word_box& a, const word_box& b) { return a.x < b.x; });
    }
    return lines;
}

// A run of words printed as one phrase: "Experts on Mission", "Viet Nam".
struct text_cell {
    std::string text;
    double x = 0, right = 0;
};

// Joins neighbouring words of a line into cells: a word continues the previous one when
// poppler saw a space after it and the gap is at most `gap_fraction` of the glyph height
// (a normal space is about a quarter of it; columns are further apart).
inline std::vector<text_cell> join_cells(const std::vector<word_box>& words, double gap_fraction = 0.6) {
    std::vector<text_cell> cells;
    const word_box* previous = nullptr;
    for (const auto& w : words) {
        const bool continues = previous != nullptr && previous->space_after &&
                               w.x - previous->right() <= gap_fraction * std::max(w.height, previous->height);
        if (continues) {
            cells.back().text += ' ';
            cells.back().text += w.text;
            cells.back().right = w.right();
        } else {
            cells.push_back(text_cell{w.text, w.x, w.right()});
        }
        previous = &w;
    }
    return cells;
}

// Splits words into columns at x boundaries: column i takes the words whose left edge is
// in [boundaries[i-1], boundaries[i]). Returns boundaries.size() + 1 texts.
inline std::vector<std::string> split_columns(const std::vector<word_box>& words,
                                              const std::vector<double>& boundaries) {
    std::vector<std::string> columns(boundaries.size() + 1);
    for (const auto& w : words) {
        const auto column = static_cast<std::size_t>(
            std::upper_bound(boundaries.begin(), boundaries.end(), w.x) - boundaries.begin());
        if (!columns[column].empty()) columns[column] += ' ';
        columns[column] += w.text;
    }
    return columns;
}

}  // namespace pk::pdf
