#pragma once
// pk::year, pk::months and pk::month: a reporting month, whose figures are as of its last day.
//
// Points and differences are separate types, as in Howard Hinnant's date: a month minus a
// month is a number of `months`, a month plus `months` is a month, and month + month does not
// compile. A month is a count of months since January of year 0, so ordering, hashing and
// distances are integer operations. It is stored in 16 bits, offset by 100 years so the
// months just before year 0 stay representable: years -100..5360. A dataset holds millions
// of months, and two bytes of month make pk::contribution 12 bytes instead of 16 (issue 11).
// The data's years are 1948..2100; the benchmark files shift the real data by whole multiples
// of five years and reach 3144 at 10 million rows.
#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>  // also declares std::hash, without <functional>
#include <string_view>

#include <peacekeeping/detail/ascii.hpp>
#include <peacekeeping/detail/fixed_text.hpp>

namespace pk {

// A calendar year, e.g. pk::year{2014}.
class year {
public:
    constexpr year() noexcept = default;
    constexpr explicit year(int value) noexcept : value_{static_cast<std::int16_t>(value)} {}
    constexpr int value() const noexcept { return value_; }

    friend constexpr bool operator==(year, year) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(year, year) noexcept = default;

    constexpr year& operator++() noexcept { ++value_; return *this; }
    constexpr year operator++(int) noexcept { year before = *this; ++value_; return before; }
    constexpr year& operator--() noexcept { --value_; return *this; }
    constexpr year operator--(int) noexcept { year before = *this; --value_; return before; }

    constexpr detail::fixed_text<8> text() const noexcept {
        detail::fixed_text<8> out;
        out.append_signed(value_, 4);
        return out;
    }
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, year y) {
        return os << y.text().view();
    }

private:
    std::int16_t value_ = 0;  // years 1900..2100 are all we meet; 16 bits keep a year small
};

// A number of months: the difference of two months, or the length of a period.
class months {
public:
    constexpr months() noexcept = default;
    constexpr explicit months(std::int32_t count) noexcept : count_{count} {}
    constexpr std::int32_t count() const noexcept { return count_; }

    friend constexpr bool operator==(months, months) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(months, months) noexcept = default;

    friend constexpr months operator+(months a, months b) noexcept { return months{a.count_ + b.count_}; }
    friend constexpr months operator-(months a, months b) noexcept { return months{a.count_ - b.count_}; }
    constexpr months operator-() const noexcept { return months{-count_}; }
    friend constexpr months operator*(months a, std::int32_t n) noexcept { return months{a.count_ * n}; }
    friend constexpr months operator*(std::int32_t n, months a) noexcept { return months{a.count_ * n}; }
    constexpr months& operator+=(months other) noexcept { count_ += other.count_; return *this; }
    constexpr months& operator-=(months other) noexcept { count_ -= other.count_; return *this; }

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, months m) {
        detail::fixed_text<24> out;
        out.append_signed(m.count_);
        out.append(m.count_ == 1 || m.count_ == -1 ? " month" : " months");
        return os << out.view();
    }

private:
    std::int32_t count_ = 0;
};

namespace detail {
constexpr bool is_leap_year(int y) noexcept { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
constexpr unsigned days_in_month(int y, unsigned m) noexcept {
    constexpr unsigned char days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && is_leap_year(y) ? 29u : days[m - 1];
}
constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
// The value of 1 to 4 decimal digits, or -1. Plain ints rather than std::optional: this
// header is in every includer, and each std::optional<T> costs the compiler 5 ms to instantiate.
constexpr int digits_value(std::string_view text) noexcept {
    if (text.empty() || text.size() > 4) return -1;
    int value = 0;
    for (char c : text) {
        if (!is_digit(c)) return -1;
        value = value * 10 + (c - '0');
    }
    return value;
}
// 1..12 for "jan".."dec" in any case, or -1.
constexpr int month_number(std::string_view text) noexcept {
    constexpr std::string_view names[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                            "jul", "aug", "sep", "oct", "nov", "dec"};
    if (text.size() != 3) return -1;
    for (unsigned i = 0; i < 12; ++i) {
        if (ascii_lower(text[0]) == names[i][0] && ascii_lower(text[1]) == names[i][1] &&
            ascii_lower(text[2]) == names[i][2])
            return static_cast<int>(i) + 1;
    }
    return -1;
}
// The same as optionals, for the PDF reader. Templates, so std::optional<int> and
// std::optional<unsigned> are instantiated only where they are called.
template <class Int = int>
constexpr std::optional<Int> parse_digits(std::string_view text) noexcept {
    const int value = digits_value(text);
    if (value < 0) return std::nullopt;
    return static_cast<Int>(value);
}
template <class Unsigned = unsigned>
constexpr std::optional<Unsigned> parse_month_name(std::string_view text) noexcept {
    const int value = month_number(text);
    if (value < 0) return std::nullopt;
    return static_cast<Unsigned>(value);
}
}  // namespace detail

// A reporting month. UN figures are stocks: the people present on the month's last day.
class month {
public:
    // January of year 0: keeps the type regular and sorts before every real month.
    constexpr month() noexcept = default;
    // Precondition: 1 <= month_of_year <= 12 (ok() tells).
    // Precondition: min_year <= y <= max_year.
    constexpr month(pk::year y, unsigned month_of_year) noexcept
        : month{from_index(y.value() * 12 + static_cast<std::int32_t>(month_of_year) - 1)} {}
    constexpr month(int y, unsigned month_of_year) noexcept : month{pk::year{y}, month_of_year} {}
    // Precondition: the index is that of a month of min_year..max_year.
    static constexpr month from_index(std::int32_t index) noexcept {
        month m;
        m.stored_ = static_cast<std::uint16_t>(index + offset);
        return m;
    }

    // The years a month can hold; month::parse refuses the others (the four-digit styles
    // reach 9999).
    static constexpr int min_year = -100;
    static constexpr int max_year = 5360;

    constexpr pk::year year() const noexcept { return pk::year{floor_div(index(), 12)}; }
    constexpr unsigned month_of_year() const noexcept { return static_cast<unsigned>(index() - floor_div(index(), 12) * 12) + 1; }
    // Months since January of year 0: a dense key for tables indexed by month.
    constexpr std::int32_t index() const noexcept { return std::int32_t{stored_} - offset; }
    // The reporting date: the last day of the month.
    constexpr unsigned last_day() const noexcept { return detail::days_in_month(year().value(), month_of_year()); }

    // Reads every date style of the data: 2013-12-31, 31-Dec-20, 30/11/2020, 2020-11 (and
    // 31-Dec-2020). A day must exist in its month; the month of that day is returned.
    // Two-digit years pivot at 70: 00..69 are 2000..2069, 70..99 are 1970..1999 (UN
    // peacekeeping data starts in 1990).
    static constexpr std::optional<month> parse(std::string_view text) noexcept;

    friend constexpr bool operator==(month, month) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(month, month) noexcept = default;

    friend constexpr month operator+(month m, months n) noexcept { return from_index(m.index() + n.count()); }
    friend constexpr month operator+(months n, month m) noexcept { return m + n; }
    friend constexpr month operator-(month m, months n) noexcept { return from_index(m.index() - n.count()); }
    friend constexpr months operator-(month a, month b) noexcept { return months{a.index() - b.index()}; }
    constexpr month& operator+=(months n) noexcept { return *this = *this + n; }
    constexpr month& operator-=(months n) noexcept { return *this = *this - n; }
    constexpr month& operator++() noexcept { ++stored_; return *this; }
    constexpr month operator++(int) noexcept { month before = *this; ++stored_; return before; }
    constexpr month& operator--() noexcept { --stored_; return *this; }
    constexpr month operator--(int) noexcept { month before = *this; --stored_; return before; }

    // "2014-07"
    constexpr detail::fixed_text<12> text() const noexcept {
        detail::fixed_text<12> out;
        out.append_signed(year().value(), 4);
        out.push_back('-');
        out.append_number(month_of_year(), 2);
        return out;
    }
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, month m) {
        return os << m.text().view();
    }

private:
    static constexpr std::int32_t floor_div(std::int32_t a, std::int32_t b) noexcept {
        return a / b - ((a % b != 0) && ((a < 0) != (b < 0)) ? 1 : 0);
    }
    // Months since January of min_year: index() + offset. Unsigned and offset, so the stored
    // order is the order of time and the defaulted comparisons stay one integer compare.
    static constexpr std::int32_t offset = -min_year * 12;
    std::uint16_t stored_ = static_cast<std::uint16_t>(offset);  // January of year 0
};
static_assert((month::max_year - month::min_year + 1) * 12 <= 65536, "pk::month stores its months in 16 bits");

constexpr std::optional<month> month::parse(std::string_view text) noexcept {
    using detail::digits_value;
    // Fields are -1 when missing or not numbers. `with_day`: the text has a day field, which
    // must then be a day of that month ("xx/11/2020" and "2019-02-29" are not dates); "2020-11"
    // has none.
    auto make = [](int y, int m, bool with_day, int d) -> std::optional<month> {
        if (y < 0 || m < 1 || m > 12 || y < month::min_year || y > month::max_year) return std::nullopt;
        if (with_day && (d < 1 || static_cast<unsigned>(d) > detail::days_in_month(y, static_cast<unsigned>(m))))
            return std::nullopt;
        return month{y, static_cast<unsigned>(m)};
    };
    auto pivot = [](int two_digits) { return two_digits < 70 ? 2000 + two_digits : 1900 + two_digits; };
    const auto n = text.size();
    // 2013-12-31 and 2020-11
    if ((n == 10 || n == 7) && text[4] == '-') {
        if (n == 10 && text[7] != '-') return std::nullopt;
        const int y = digits_value(text.substr(0, 4));
        const int m = digits_value(text.substr(5, 2));
        if (n == 7) return make(y, m, false, -1);
        return make(y, m, true, digits_value(text.substr(8, 2)));
    }
    // 30/11/2020 (also 1/2/2020)
    if (auto first = text.find('/'); first != std::string_view::npos) {
        auto second = text.find('/', first + 1);
        if (second == std::string_view::npos || second - first > 3 || first > 2 || n - second - 1 != 4) return std::nullopt;
        return make(digits_value(text.substr(second + 1)), digits_value(text.substr(first + 1, second - first - 1)),
                    true, digits_value(text.substr(0, first)));
    }
    // 31-Dec-20 and 31-Dec-2020
    if (auto first = text.find('-'); first != std::string_view::npos && first <= 2) {
        auto second = text.find('-', first + 1);
        if (second != first + 4) return std::nullopt;
        const int m = detail::month_number(text.substr(first + 1, 3));
        auto year_text = text.substr(second + 1);
        int y = -1;
        if (year_text.size() == 2) {
            if (const int yy = digits_value(year_text); yy >= 0) y = pivot(yy);
        } else if (year_text.size() == 4) {
            y = digits_value(year_text);
        }
        return make(y, m, true, digits_value(text.substr(0, first)));
    }
    return std::nullopt;
}

}  // namespace pk

// Exact: distinct years and months have distinct hashes.
template <>
struct std::hash<pk::year> {
    std::size_t operator()(pk::year y) const noexcept { return static_cast<std::size_t>(y.value() + 0x8000); }
};
template <>
struct std::hash<pk::months> {
    std::size_t operator()(pk::months m) const noexcept { return static_cast<std::size_t>(static_cast<std::uint32_t>(m.count())); }
};
template <>
struct std::hash<pk::month> {
    std::size_t operator()(pk::month m) const noexcept { return static_cast<std::size_t>(static_cast<std::uint32_t>(m.index())); }
};
