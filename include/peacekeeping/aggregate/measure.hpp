#pragma once
// The measures of a group over a period (DOMAIN.md §3, issue 6), as the domain's quantity types.
//
//   strength(g, m)    female + male (+ people of unreported gender) of g's rows at month m; 0 when
//                     m is covered and g has no row there (the UN omits zero rows)
//   person-months     the sum of strength(g, m) over the covered months of the period
//   average strength  person-months / the number of covered months of the period; a month no
//                     source covers is left out, never counted as zero (monthly_average says
//                     how many months it rests on)
//   peak              the largest strength over the covered months of the period
//   year-end          the strength at the last covered month of the period (which month that
//                     was is kept: a December missing from the sources must not pass unseen)
//   female share      female person-months / (female + male) person-months, over the covered
//                     months whose source splits genders (female_share says how many)
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/detail/fixed_text.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

// An average strength and the number of covered months it is the mean of.
struct monthly_average {
    average_strength strength;
    pk::months covered;  // 0: no covered month in the period, and `strength` is 0

    friend constexpr bool operator==(monthly_average, monthly_average) noexcept = default;
};

// The female share of the person-months of the covered months that split genders.
struct female_share {
    pk::person_months female;
    pk::person_months female_and_male;  // people of unreported gender are in neither
    pk::months covered;                 // the months with a gender split that were summed

    // Female / (female + male), 0..1; nullopt when nobody was counted.
    constexpr std::optional<double> fraction() const noexcept {
        if (female_and_male.value() == 0) return std::nullopt;
        return static_cast<double>(female.value()) / static_cast<double>(female_and_male.value());
    }
    // The same in percent, 0..100.
    constexpr std::optional<double> percent() const noexcept {
        auto f = fraction();
        if (!f) return std::nullopt;
        return *f * 100.0;
    }
    friend constexpr female_share operator+(female_share a, female_share b) noexcept {
        // Adding the shares of two groups over the same period: the months are the period's.
        return {a.female + b.female, a.female_and_male + b.female_and_male,
                a.covered < b.covered ? b.covered : a.covered};
    }
    friend constexpr bool operator==(female_share, female_share) noexcept = default;
};

// A measure chosen at run time (pk-report's --measure). The enumerators are not spelled like
// the quantity types (pk::person_months, pk::female_share): a name cannot be both.
enum class measure : std::uint8_t {
    average,   // "average-strength": monthly_average
    total,     // "person-months": pk::person_months
    peak,      // "peak": pk::strength
    year_end,  // "year-end": pk::strength
    female,    // "female-share": pk::female_share
};
inline constexpr measure all_measures[] = {measure::average, measure::total, measure::peak, measure::year_end,
                                           measure::female};

constexpr std::string_view name(measure m) noexcept {
    switch (m) {
        case measure::average: return "average-strength";
        case measure::total: return "person-months";
        case measure::peak: return "peak";
        case measure::year_end: return "year-end";
        case measure::female: return "female-share";
    }
    return {};
}
constexpr std::optional<measure> parse_measure(std::string_view text) noexcept {
    for (measure m : all_measures)
        if (name(m) == text) return m;
    return std::nullopt;
}

// One measured value, for programs that choose the measure at run time. Counts (person-months,
// peak, year-end) are whole numbers; average strength and female share are fractions and print
// with 4 decimals. A female share over nobody has no value and prints as "".
class measure_value {
public:
    constexpr measure_value() noexcept = default;
    static constexpr measure_value count(measure m, std::int64_t n) noexcept { return {m, true, n, static_cast<double>(n)}; }
    static constexpr measure_value fraction(measure m, std::optional<double> x) noexcept {
        return {m, x.has_value(), 0, x.value_or(0.0)};
    }

    constexpr measure of() const noexcept { return of_; }
    constexpr bool has_value() const noexcept { return has_value_; }
    constexpr bool is_count() const noexcept {
        return of_ == measure::total || of_ == measure::peak || of_ == measure::year_end;
    }
    // The value as a number (0 when it has none): what rankings compare.
    constexpr double number() const noexcept { return number_; }
    constexpr std::int64_t whole() const noexcept { return whole_; }

    constexpr detail::fixed_text<32> text() const noexcept {
        detail::fixed_text<32> out;
        if (!has_value_) return out;
        if (is_count()) {
            out.append_signed(whole_);
            return out;
        }
        detail::fixed_text<48> digits;
        detail::append_quantity(digits, number_);
        out.append(digits.view());
        return out;
    }
    friend constexpr bool operator==(measure_value, measure_value) noexcept = default;

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, measure_value v) {
        return os << v.text().view();
    }

private:
    constexpr measure_value(measure m, bool has, std::int64_t whole, double number) noexcept
        : of_{m}, has_value_{has}, whole_{whole}, number_{number} {}
    measure of_ = measure::average;
    bool has_value_ = false;
    std::int64_t whole_ = 0;
    double number_ = 0.0;
};

}  // namespace pk
