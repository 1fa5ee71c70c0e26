#pragma once
// pk::m49_area: a UN M49 region ("Africa"), sub-region ("Sub-Saharan Africa") or intermediate
// region ("Western Africa"), as a value: for grouping contributions by region.
//
// An area is its M49 code, so ordering and hashing are those of the number; its name comes
// from the generated ISO table, which names every area that holds an ISO 3166-1 entry.
// Codes M49 has but the table does not use (001 World, 420 Latin America...) are not areas
// here: no country belongs to them through the table.
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>  // also declares std::hash, without <functional>
#include <string_view>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/iso3166_table.hpp>

namespace pk {

class m49_area {
public:
    // "No area" (code 0): what Antarctica and Taiwan have for a region; sorts first.
    constexpr m49_area() noexcept = default;
    // An M49 code the table names ("2" or "002" both: the caller passes the number).
    static constexpr std::optional<m49_area> from_code(unsigned code) noexcept {
        if (find(code) == nullptr) return std::nullopt;
        m49_area area;
        area.code_ = static_cast<std::uint16_t>(code);
        return area;
    }

    constexpr std::uint16_t code() const noexcept { return code_; }
    constexpr bool has_value() const noexcept { return code_ != 0; }
    // The M49 English name, "South-eastern Asia"; "" for no area. This is the text of an area.
    constexpr std::string_view name() const noexcept {
        const detail::m49_area_entry* entry = find(code_);
        return entry != nullptr ? entry->name : std::string_view{};
    }

    friend constexpr bool operator==(m49_area, m49_area) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(m49_area, m49_area) noexcept = default;

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, m49_area area) {
        return os << area.name();
    }

private:
    static constexpr const detail::m49_area_entry* find(unsigned code) noexcept {
        std::size_t low = 0, high = detail::m49_area_count;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            const unsigned here = detail::m49_area_table[mid].code;
            if (here == code) return &detail::m49_area_table[mid];
            if (here < code) low = mid + 1; else high = mid;
        }
        return nullptr;
    }
    std::uint16_t code_ = 0;  // M49 codes are below 1000
};

namespace detail {
constexpr m49_area area_or_none(unsigned code) noexcept { return m49_area::from_code(code).value_or(m49_area{}); }
}  // namespace detail

// The M49 areas of a country; no area (code 0) where M49 gives none.
constexpr m49_area region_of(country c) noexcept { return detail::area_or_none(c.info().region_code); }
constexpr m49_area subregion_of(country c) noexcept { return detail::area_or_none(c.info().subregion_code); }
constexpr m49_area intermediate_region_of(country c) noexcept {
    return detail::area_or_none(c.info().intermediate_region_code);
}

}  // namespace pk

// Exact: the code is the area.
template <>
struct std::hash<pk::m49_area> {
    std::size_t operator()(pk::m49_area area) const noexcept { return area.code(); }
};
