#pragma once
// Stock and flow, as types. The field's classic mistakes do not compile:
//
//   strength           how many people are deployed on one date (a stock, a month-end snapshot)
//   person_months      strength summed over months (what the UN pays for)
//   persons_deployed   how many people were sent over a period (a flow: arrivals)
//
//   strength + strength              -> strength        (same month: mission totals, countries)
//   strength * months                -> person_months   (a strength held for n months)
//   person_months + person_months    -> person_months
//   person_months / months           -> average_strength (a strength, fractional)
//   persons_deployed + persons_deployed -> persons_deployed
//
// Not provided, so a compile error: strength + person_months, strength + persons_deployed,
// person_months + persons_deployed, strength * strength, person_months / person_months as a
// strength... Adding snapshots of different months "as people sent" is exactly the mistake of
// the spreadsheets this library replaces (DOMAIN.md §3).
#include <compare>
#include <concepts>
#include <cstdint>
#include <iosfwd>
#include <optional>  // std::hash, without <functional>

#include <peacekeeping/detail/fixed_text.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

// People present at a month-end. Rep is std::int64_t for counted strengths and double for an
// average strength (person-months divided by months), which is still a strength.
template <class Rep>
class basic_strength {
public:
    using rep = Rep;
    constexpr basic_strength() noexcept = default;
    constexpr explicit basic_strength(Rep people) noexcept : people_{people} {}
    // A counted strength widens to an average one, never the other way (that would truncate).
    template <class Other>
        requires(!std::same_as<Other, Rep> && std::floating_point<Rep> && std::integral<Other>)
    constexpr basic_strength(basic_strength<Other> other) noexcept : people_{static_cast<Rep>(other.people())} {}

    // A fractional head count never becomes a counted one by truncation: strength(2.5) and
    // strength(average.people()) do not compile (mp-units deletes its truncating constructors).
    template <std::floating_point Fraction>
        requires std::integral<Rep>
    basic_strength(Fraction) = delete;

    constexpr Rep people() const noexcept { return people_; }

    friend constexpr bool operator==(basic_strength, basic_strength) noexcept = default;
    friend constexpr auto operator<=>(basic_strength, basic_strength) noexcept = default;

    friend constexpr basic_strength operator+(basic_strength a, basic_strength b) noexcept { return basic_strength{a.people_ + b.people_}; }
    friend constexpr basic_strength operator-(basic_strength a, basic_strength b) noexcept { return basic_strength{a.people_ - b.people_}; }
    constexpr basic_strength& operator+=(basic_strength other) noexcept { people_ += other.people_; return *this; }
    constexpr basic_strength& operator-=(basic_strength other) noexcept { people_ -= other.people_; return *this; }

private:
    Rep people_{};
};

using strength = basic_strength<std::int64_t>;
using average_strength = basic_strength<double>;

// Strength summed over months. One person present at the end of a month counts one
// person-month: the month-end figure stands for the whole month (DOMAIN.md §3).
class person_months {
public:
    constexpr person_months() noexcept = default;
    constexpr explicit person_months(std::int64_t value) noexcept : value_{value} {}
    constexpr std::int64_t value() const noexcept { return value_; }
    constexpr double person_years() const noexcept { return static_cast<double>(value_) / 12.0; }

    friend constexpr bool operator==(person_months, person_months) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(person_months, person_months) noexcept = default;

    friend constexpr person_months operator+(person_months a, person_months b) noexcept { return person_months{a.value_ + b.value_}; }
    friend constexpr person_months operator-(person_months a, person_months b) noexcept { return person_months{a.value_ - b.value_}; }
    constexpr person_months& operator+=(person_months other) noexcept { value_ += other.value_; return *this; }
    constexpr person_months& operator-=(person_months other) noexcept { value_ -= other.value_; return *this; }

    // The mean strength over n months. Precondition: n > 0 (the caller knows its coverage).
    friend constexpr average_strength operator/(person_months pm, months n) noexcept {
        return average_strength{static_cast<double>(pm.value_) / static_cast<double>(n.count())};
    }

private:
    std::int64_t value_ = 0;
};

// A strength held for n months. Free functions: neither operand is a person_months, so a
// hidden friend of person_months would never be found.
constexpr person_months operator*(strength s, months n) noexcept { return person_months{s.people() * n.count()}; }
constexpr person_months operator*(months n, strength s) noexcept { return s * n; }

// People sent over a period: arrivals, counted per deployment (a person on two tours counts
// twice, as national statements do).
class persons_deployed {
public:
    constexpr persons_deployed() noexcept = default;
    constexpr explicit persons_deployed(std::int64_t people) noexcept : people_{people} {}
    constexpr std::int64_t people() const noexcept { return people_; }

    friend constexpr bool operator==(persons_deployed, persons_deployed) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(persons_deployed, persons_deployed) noexcept = default;

    friend constexpr persons_deployed operator+(persons_deployed a, persons_deployed b) noexcept { return persons_deployed{a.people_ + b.people_}; }
    friend constexpr persons_deployed operator-(persons_deployed a, persons_deployed b) noexcept { return persons_deployed{a.people_ - b.people_}; }
    constexpr persons_deployed& operator+=(persons_deployed other) noexcept { people_ += other.people_; return *this; }

private:
    std::int64_t people_ = 0;
};

namespace detail {
template <class Rep>
constexpr void append_quantity(fixed_text<48>& out, Rep value) noexcept {
    if constexpr (std::floating_point<Rep>) {
        // Four decimals, rounded half away from zero: what reports print for an average.
        const bool negative = value < 0;
        const double magnitude = negative ? -static_cast<double>(value) : static_cast<double>(value);
        const auto scaled = static_cast<unsigned long long>(magnitude * 10000.0 + 0.5);
        if (negative && scaled != 0) out.push_back('-');
        out.append_number(scaled / 10000);
        out.push_back('.');
        out.append_number(scaled % 10000, 4);
    } else {
        out.append_signed(static_cast<long long>(value));
    }
}
}  // namespace detail

template <class Rep>
constexpr detail::fixed_text<48> text(basic_strength<Rep> s) noexcept {
    detail::fixed_text<48> out;
    detail::append_quantity(out, s.people());
    out.append(" people present");
    return out;
}
constexpr detail::fixed_text<48> text(person_months pm) noexcept {
    detail::fixed_text<48> out;
    detail::append_quantity(out, pm.value());
    out.append(" person-months");
    return out;
}
constexpr detail::fixed_text<48> text(persons_deployed d) noexcept {
    detail::fixed_text<48> out;
    detail::append_quantity(out, d.people());
    out.append(" persons deployed");
    return out;
}

template <class CharT, class Traits, class Rep>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, basic_strength<Rep> s) {
    return os << text(s).view();
}
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, person_months pm) {
    return os << text(pm).view();
}
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, persons_deployed d) {
    return os << text(d).view();
}

}  // namespace pk

template <>
struct std::hash<pk::strength> {
    std::size_t operator()(pk::strength s) const noexcept { return std::hash<std::int64_t>{}(s.people()); }
};
template <>
struct std::hash<pk::person_months> {
    std::size_t operator()(pk::person_months pm) const noexcept { return std::hash<std::int64_t>{}(pm.value()); }
};
template <>
struct std::hash<pk::persons_deployed> {
    std::size_t operator()(pk::persons_deployed d) const noexcept { return std::hash<std::int64_t>{}(d.people()); }
};
