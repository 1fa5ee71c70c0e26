#pragma once
// Conversions between pk::month and <chrono>. Kept apart because <chrono> is the heaviest
// standard header we could pull in (476 ms with g++ 12), and most users never need it.
#include <chrono>

#include <peacekeeping/time/month.hpp>

namespace pk {

constexpr std::chrono::year_month to_year_month(month m) noexcept {
    return std::chrono::year{m.year().value()} / std::chrono::month{m.month_of_year()};
}
// Precondition: ym.ok().
constexpr month from_year_month(std::chrono::year_month ym) noexcept {
    return month{static_cast<int>(ym.year()), static_cast<unsigned>(ym.month())};
}
// The reporting date of a month: its last day.
constexpr std::chrono::year_month_day last_day_of(month m) noexcept {
    return std::chrono::year_month_day{std::chrono::year_month_day_last{to_year_month(m) / std::chrono::last}};
}
constexpr month month_of(std::chrono::year_month_day date) noexcept {
    return from_year_month(date.year() / date.month());
}

}  // namespace pk
