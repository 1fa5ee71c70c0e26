#pragma once
// text_of(value): the one printed form of every value type, for the formatters.
// operator<< of each type prints the same text; this only gathers them under one name.
#include <string_view>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/personnel/gender.hpp>
#include <peacekeeping/personnel/role.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk::detail {

constexpr auto text_of(year y) noexcept { return y.text(); }
constexpr auto text_of(month m) noexcept { return m.text(); }
constexpr auto text_of(month_range r) noexcept { return r.text(); }
constexpr std::string_view text_of(country c) noexcept { return c.code(); }
constexpr std::string_view text_of(mission m) noexcept { return m.acronym(); }
constexpr std::string_view text_of(personnel_category c) noexcept { return name(c); }
constexpr std::string_view text_of(branch b) noexcept { return name(b); }
constexpr std::string_view text_of(gender g) noexcept { return name(g); }
constexpr std::string_view text_of(role r) noexcept { return name(r); }
template <class Rep>
constexpr auto text_of(basic_strength<Rep> s) noexcept { return text(s); }
constexpr auto text_of(person_months pm) noexcept { return text(pm); }
constexpr auto text_of(persons_deployed d) noexcept { return text(d); }

template <class T>
concept printable_value = requires(const T& value) { std::string_view{text_of(value)}; };

}  // namespace pk::detail
