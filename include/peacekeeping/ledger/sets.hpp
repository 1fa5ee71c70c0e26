#pragma once
// pk::role_set, pk::mission_set, pk::category_set: the roles, missions or UN categories one
// ledger row names.
//
// Why sets: a national statement often gives one total for several roles or missions and no
// split ("76 military officers (military advisers, observers and liaison officers)", sent to
// UNMISS, MINUSCA and UNISFA). A ledger row records exactly what the source says; splitting it
// by guess would invent figures. A row of a rotation names one of each. Each set is one
// machine word of bits indexed like its element type, so a row stays small and sets compare,
// order and hash as integers.
#include <bit>
#include <compare>
#include <cstdint>
#include <iosfwd>
#include <optional>  // also declares std::hash, without <functional>
#include <string>
#include <string_view>

#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/personnel/role.hpp>

namespace pk {

namespace detail {

// How an element maps to a bit and back. Roles and categories are enums; a mission is its
// catalogue index.
template <class T>
struct set_traits;

template <>
struct set_traits<role> {
    using word = std::uint16_t;
    static constexpr unsigned size = 12;  // role has 12 enumerators (personnel/role.hpp)
    static constexpr unsigned index(role r) noexcept { return static_cast<unsigned>(r); }
    static constexpr role from_index(unsigned i) noexcept { return static_cast<role>(i); }
    static std::string_view text(role r) noexcept { return name(r); }
};

template <>
struct set_traits<personnel_category> {
    using word = std::uint8_t;
    static constexpr unsigned size = static_cast<unsigned>(personnel_category_count);
    static constexpr unsigned index(personnel_category c) noexcept { return static_cast<unsigned>(c); }
    static constexpr personnel_category from_index(unsigned i) noexcept { return static_cast<personnel_category>(i); }
    static std::string_view text(personnel_category c) noexcept { return name(c); }
};

template <>
struct set_traits<mission> {
    using word = std::uint64_t;
    // The catalogue had 40 entries when this was written; the assert below fails the build if it
    // ever outgrows one 64-bit word, rather than silently dropping missions.
    static constexpr unsigned size = static_cast<unsigned>(mission::count);
    static constexpr unsigned index(mission m) noexcept { return m.index(); }
    static constexpr mission from_index(unsigned i) noexcept { return mission::from_index(static_cast<std::uint8_t>(i)); }
    static std::string_view text(mission m) noexcept { return m.acronym(); }
};
static_assert(set_traits<mission>::size <= 64, "pk::mission_set keeps one bit per catalogue entry in 64 bits");
// formed_police_unit is role's last enumerator: a role added after it must grow the size.
static_assert(set_traits<role>::index(role::formed_police_unit) + 1 == set_traits<role>::size,
              "set_traits<role>::size must follow personnel/role.hpp");

}  // namespace detail

// A set of roles, missions or categories. Iteration yields elements in their own order
// (roles and categories by enumerator, missions by acronym), so printed sets are stable.
template <class T>
class small_set {
    using traits = detail::set_traits<T>;
    using word = typename traits::word;

public:
    constexpr small_set() noexcept = default;
    constexpr explicit small_set(T one) noexcept : bits_{bit(one)} {}

    constexpr bool empty() const noexcept { return bits_ == 0; }
    constexpr unsigned size() const noexcept { return static_cast<unsigned>(std::popcount(bits_)); }
    constexpr bool contains(T value) const noexcept { return (bits_ & bit(value)) != 0; }
    constexpr bool contains(small_set other) const noexcept { return (bits_ & other.bits_) == other.bits_; }
    constexpr void insert(T value) noexcept { bits_ = static_cast<word>(bits_ | bit(value)); }
    // The one element of a set of one; nullopt otherwise (a row that names several cannot
    // be put under one of them).
    constexpr std::optional<T> only() const noexcept {
        if (size() != 1) return std::nullopt;
        return traits::from_index(static_cast<unsigned>(std::countr_zero(bits_)));
    }
    constexpr word bits() const noexcept { return bits_; }

    friend constexpr small_set operator|(small_set a, small_set b) noexcept {
        small_set out;
        out.bits_ = static_cast<word>(a.bits_ | b.bits_);
        return out;
    }

    // Calls f(element) for each element, in order.
    template <class F>
    constexpr void for_each(F&& f) const {
        for (unsigned i = 0; i < traits::size; ++i)
            if ((bits_ >> i) & 1u) f(traits::from_index(i));
    }

    friend constexpr bool operator==(small_set, small_set) noexcept = default;
    // Ordered by the bit pattern: sets of one sort in element order, before most larger sets.
    friend constexpr std::strong_ordering operator<=>(small_set, small_set) noexcept = default;

    // "medical unit" or "military adviser, military observer, liaison officer" ('|' would read
    // as the CSV's separator in prose). The one text of a set: operator<< prints it.
    std::string text(std::string_view separator = ", ") const {
        std::string out;
        for_each([&](T value) {
            if (!out.empty()) out += separator;
            out += traits::text(value);
        });
        return out;
    }
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const small_set& s) {
        return os << s.text();
    }

private:
    static constexpr word bit(T value) noexcept { return static_cast<word>(word{1} << traits::index(value)); }
    word bits_ = 0;
};

using role_set = small_set<role>;
using mission_set = small_set<mission>;
using category_set = small_set<personnel_category>;

// The categories a set of roles belongs to (category_of each role).
constexpr category_set categories_of(role_set roles) noexcept {
    category_set out;
    roles.for_each([&](role r) { out.insert(category_of(r)); });
    return out;
}

}  // namespace pk

// Exact: the bits are the set.
template <class T>
struct std::hash<pk::small_set<T>> {
    std::size_t operator()(pk::small_set<T> s) const noexcept { return static_cast<std::size_t>(s.bits()); }
};
