#pragma once
// Realistic UN DPO long files for the benchmarks, built from the real data.
//
// The rows are IPI's real gender file (Gender.Full.csv: real countries, missions, categories
// and counts), read with pk::read_file. A file of N rows is whole copies of those rows, copy k
// moved k * shift_years later, then the first rows of one more copy: no two rows share a
// (month, country, mission, category) key, and every figure is one the UN published. The
// shift is the smallest whole number of years not shorter than the data's span, so copies
// never overlap (IPI 2009-11..2014-02 spans 52 months: 5 years).
//
// Written as the UN writes odp_contributionsbygender.csv: UTF-8 byte order mark, CRLF, the
// odp columns, the four-digit dd/mm/yyyy date of each month's last day (computed for the
// shifted year, so February has 29 days exactly in the Gregorian leap years: 2400 is one,
// 2100 is not). Names with a comma ("Korea, Republic of") are quoted.
//
// Shared by generate_dpo_long.cpp (files on disk) and read_benchmark.cpp (text in memory).
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/record/contribution.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk::benchmarks {

// The real rows every generated file is made of.
struct generator_source {
    std::vector<contribution> rows;  // sorted as the UN's files are: month, country, mission, category
    month first;                     // first and last month of the real data
    month last;
    int shift_years = 0;              // years between two copies
    std::size_t read_errors = 0;      // rows pk::read_file rejected (left out)
    std::size_t unsplit_skipped = 0;  // contributions with no female/male split (left out: see below)
};

// Reads the real rows. Contributions the source gives without a gender split are left out:
// the odp columns have no place for them, and with every month split pk's female share and a
// peer's sum(female) / sum(female + male) are the same number (issue 6).
inline generator_source load_generator_source(const std::filesystem::path& ipi_gender_file) {
    read_result result = read_file(ipi_gender_file);
    generator_source source;
    source.read_errors = result.errors.size();
    source.rows.reserve(result.data.size());
    for (const contribution& c : result.data) {
        if (!c.gender_reported()) {
            ++source.unsplit_skipped;
            continue;
        }
        source.rows.push_back(c);
    }
    if (source.rows.empty()) throw std::runtime_error{"no usable rows in " + ipi_gender_file.string()};
    std::sort(source.rows.begin(), source.rows.end());
    source.first = source.rows.front().month;
    source.last = source.rows.back().month;
    const std::int32_t span = (source.last - source.first).count() + 1;  // months, both ends included
    source.shift_years = (span + 11) / 12;  // 52 months -> 5 years: copy k+1 starts after copy k ends
    return source;
}

namespace generator_detail {

// Our own calendar, not pk::month::last_day: the generator must not share a bug with the reader
// it feeds.
constexpr bool is_leap(int year) noexcept { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }
constexpr unsigned last_day(int year, unsigned month_of_year) noexcept {
    constexpr unsigned days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month_of_year == 2 && is_leap(year) ? 29u : days[month_of_year - 1];
}
static_assert(last_day(2012, 2) == 29 && last_day(2017, 2) == 28 && last_day(2100, 2) == 28 &&
              last_day(2400, 2) == 29 && last_day(2013, 12) == 31 && last_day(2013, 11) == 30);

inline void append_number(std::string& out, unsigned value, std::size_t min_digits = 1) {
    char digits[10];
    std::size_t n = 0;
    do {
        digits[n++] = static_cast<char>('0' + value % 10);
        value /= 10;
    } while (value != 0);
    while (n < min_digits) digits[n++] = '0';
    while (n > 0) out.push_back(digits[--n]);
}

// "31/12/2013": four-digit years only, which is what keeps thousands of years of copies valid.
inline void append_date(std::string& out, int year, unsigned month_of_year) {
    if (year < 1000 || year > 9999) throw std::out_of_range{"a generated year must have four digits"};
    append_number(out, last_day(year, month_of_year), 2);
    out.push_back('/');
    append_number(out, month_of_year, 2);
    out.push_back('/');
    append_number(out, static_cast<unsigned>(year));
}

// RFC 4180: quote a field that holds the delimiter or a quote, doubling the quotes.
inline void append_field(std::string& out, std::string_view text) {
    if (text.find_first_of(",\"") == std::string_view::npos) {
        out += text;
        return;
    }
    out.push_back('"');
    for (char c : text) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

// The odp value of a category: DPO's own word is singular.
constexpr std::string_view dpo_personnel_type(personnel_category c) noexcept {
    return c == personnel_category::staff_officers ? std::string_view{"Staff Officer"} : name(c);
}

}  // namespace generator_detail

inline constexpr std::string_view dpo_long_header =
    "ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,"
    "Last_Reporting_Date";

// Writes a file of `rows` data rows in pieces of about `piece_bytes` to `sink(std::string_view)`.
// Deterministic: the same source and row count give the same bytes.
template <class Sink>
void generate_dpo_long(const generator_source& source, std::size_t rows, Sink&& sink,
                       std::size_t piece_bytes = std::size_t{1} << 20) {
    using namespace generator_detail;
    std::string out;
    out.reserve(piece_bytes + 256);
    out += "\xEF\xBB\xBF";  // the UN's files start with a UTF-8 byte order mark
    out += dpo_long_header;
    out += "\r\n";

    // The text of every country, mission and category, made once: "VNM,704,Viet Nam,".
    std::vector<std::string> country_text(country::count + 1);
    for (std::size_t i = 1; i <= country::count; ++i) {
        const country c = country::from_index(static_cast<std::uint8_t>(i));
        std::string& text = country_text[i];
        text += c.code();
        text.push_back(',');
        append_number(text, c.numeric());
        text.push_back(',');
        append_field(text, c.name());
        text.push_back(',');
    }

    std::size_t written = 0;
    for (int copy = 0; written < rows; ++copy) {
        const int shift = copy * source.shift_years;
        month current_month{};
        std::string date;  // ",31/12/2013\r\n" for the current month
        for (const contribution& c : source.rows) {
            if (written == rows) break;
            if (date.empty() || c.month != current_month) {
                current_month = c.month;
                date.assign(1, ',');
                append_date(date, c.month.year().value() + shift, c.month.month_of_year());
                date += "\r\n";
            }
            out += country_text[c.country.index()];
            append_field(out, c.mission.acronym());
            out.push_back(',');
            out += dpo_personnel_type(c.category);
            out.push_back(',');
            append_number(out, c.female);
            out.push_back(',');
            append_number(out, c.male);
            out += date;
            ++written;
            if (out.size() >= piece_bytes) {
                sink(std::string_view{out});
                out.clear();
            }
        }
    }
    if (!out.empty()) sink(std::string_view{out});
}

// The whole file as one string (the in-memory benchmarks).
inline std::string dpo_long_text(const generator_source& source, std::size_t rows) {
    std::string text;
    text.reserve(rows * 52 + 256);
    generate_dpo_long(source, rows, [&](std::string_view piece) { text += piece; });
    return text;
}

// Writes the file; throws with the path and the reason when it cannot.
inline void write_dpo_long_file(const generator_source& source, std::size_t rows, const std::filesystem::path& path) {
    std::FILE* file = std::fopen(path.c_str(), "wb");
    if (file == nullptr) throw std::runtime_error{"cannot write " + path.string()};
    bool ok = true;
    generate_dpo_long(source, rows, [&](std::string_view piece) {
        ok = ok && std::fwrite(piece.data(), 1, piece.size(), file) == piece.size();
    });
    ok = std::fclose(file) == 0 && ok;
    if (!ok) throw std::runtime_error{"cannot write " + path.string()};
}

}  // namespace pk::benchmarks
