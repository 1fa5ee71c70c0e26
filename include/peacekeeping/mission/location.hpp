#pragma once
// pk::area, pk::location and pk::location_list: where a mission works.
//
// Most missions sit in a state with an ISO 3166-1 code, but some work in places that have no
// code of their own (DOMAIN.md §5 and §7): Abyei (UNISFA), the Golan (UNDOF), Jammu and
// Kashmir (UNMOGIP) and Kosovo (UNMIK, whose XK/XKX are user-assigned codes that ISO will
// never standardise). Western Sahara (MINURSO) does have a code, ESH. A location is therefore
// either a pk::country or a pk::area. These places are only ever mission locations, never
// contributors, so pk::country stays a pure ISO type and the extra values live here.
#include <cassert>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>  // declares std::hash without <functional>
#include <string_view>

#include <peacekeeping/country/country.hpp>

namespace pk {

// A place a mission works in that has no ISO 3166-1 code of its own.
enum class area : std::uint8_t {
    abyei,                      // UNISFA; between Sudan and South Sudan (DOMAIN.md §5)
    golan,                      // UNDOF; between Syria and Israel (DOMAIN.md §5)
    jammu_and_kashmir,          // UNMOGIP; between India and Pakistan (DOMAIN.md §5)
    kosovo,                     // UNMIK; XK/XKX are user-assigned, not ISO (DOMAIN.md §7, [N4])
    west_africa_and_the_sahel,  // UNOWAS: a regional office for many states, HQ Dakar (DOMAIN.md §5)
};
// One past the last enumerator: tests and tables walk every area with it.
inline constexpr std::size_t area_count = 5;

constexpr std::string_view name(area a) noexcept {
    switch (a) {
        case area::abyei: return "Abyei";
        case area::golan: return "Golan";
        case area::jammu_and_kashmir: return "Jammu and Kashmir";
        case area::kosovo: return "Kosovo";
        case area::west_africa_and_the_sahel: return "West Africa and the Sahel";
    }
    return {};  // not reached for a valid enumerator; keeps -Wreturn-type quiet
}

// A state (by ISO code) or an area. Regular and totally ordered: every country sorts before
// every area, countries by pk::country's order, areas by enumerator.
class location {
public:
    // The default location holds the default (empty) country: it keeps the type regular.
    constexpr location() noexcept = default;

    static constexpr location in(pk::country where) noexcept {
        location result;
        result.country_ = where;
        return result;
    }
    static constexpr location in(pk::area where) noexcept {
        location result;
        result.area_ = static_cast<std::uint8_t>(static_cast<unsigned>(where) + 1u);
        return result;
    }

    constexpr bool is_country() const noexcept { return area_ == 0; }
    constexpr bool is_area() const noexcept { return area_ != 0; }
    // Precondition: is_country().
    constexpr pk::country country() const noexcept {
        assert(is_country());
        return country_;
    }
    // Precondition: is_area().
    constexpr pk::area area() const noexcept {
        assert(is_area());
        return static_cast<pk::area>(area_ - 1u);
    }
    // The country's name or the area's name: the one text of a location, used by operator<<.
    constexpr std::string_view name() const noexcept {
        return is_country() ? country_.name() : pk::name(static_cast<pk::area>(area_ - 1u));
    }

    friend constexpr bool operator==(const location&, const location&) noexcept = default;
    // area_ is declared first, so countries (area_ == 0) sort before areas.
    friend constexpr std::strong_ordering operator<=>(const location&, const location&) noexcept = default;

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, location where) {
        return os << where.name();
    }

private:
    // 0 = a country; otherwise the area's enumerator + 1. With a 1-byte country a location is
    // 2 bytes, so a mission's host list stays a small fixed array.
    std::uint8_t area_ = 0;
    pk::country country_{};
};

// The few places one mission works in, as a fixed array: no allocation, usable in a constexpr
// table. Five is the widest case, UNTSO (Israel, Egypt, Jordan, Lebanon, Syria; DOMAIN.md §5).
struct location_list {
    static constexpr std::size_t capacity = 5;

    location items[capacity]{};
    std::uint8_t count = 0;

    constexpr const location* begin() const noexcept { return items; }
    constexpr const location* end() const noexcept { return items + count; }
    constexpr std::size_t size() const noexcept { return count; }
    constexpr bool empty() const noexcept { return count == 0; }
    // Precondition: i < size().
    constexpr location operator[](std::size_t i) const noexcept {
        assert(i < count);
        return items[i];
    }
    constexpr bool contains(location where) const noexcept {
        for (location l : *this)
            if (l == where) return true;
        return false;
    }

    // Unused slots are always default locations, so comparing whole arrays is exact.
    friend constexpr bool operator==(const location_list&, const location_list&) noexcept = default;
};

}  // namespace pk

// Exact: an ISO code is 3 letters (24 bits) and the area tag sits above them.
template <>
struct std::hash<pk::location> {
    std::size_t operator()(pk::location where) const noexcept {
        std::size_t h = 0;
        if (where.is_area()) return (static_cast<std::size_t>(where.area()) + 1u) << 24;
        for (char c : where.country().code()) h = h << 8 | static_cast<unsigned char>(c);
        return h;
    }
};
