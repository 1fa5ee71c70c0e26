#pragma once
// pk::mission: a UN mission, as a 1-byte index into the catalogue (catalogue.hpp).
//
// A record table holds millions of (month, country, mission, ...) rows, so a mission is one
// byte, not a string; everything else about it (name, kind, hosts, dates, lineage) is looked
// up in the constexpr catalogue. Index 0 is the explicit "unreported" mission, for sources
// that give no mission (the UN PDFs of 2018-03..2019-08 and 2023-09 report per country only):
// the default-constructed mission is that one, so "no mission" is a value, not an optional.
#include <cassert>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>  // also declares std::hash, without <functional>
#include <string_view>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/detail/ascii.hpp>  // ascii_upper; trim_ascii drops blanks and a CRLF's \r
#include <peacekeeping/mission/catalogue.hpp>
#include <peacekeeping/mission/location.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

namespace detail {

// Acronyms compare ignoring ASCII case: files write "UNMISS", people type "unmiss".
constexpr bool same_acronym(std::string_view a, std::string_view b) noexcept {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (ascii_upper(a[i]) != ascii_upper(b[i])) return false;
    return true;
}

// The catalogue index of an exact acronym (index 0, "unreported", is never matched), or 0.
constexpr std::size_t find_mission_exact(std::string_view acronym) noexcept {
    for (std::size_t i = 1; i < mission_catalogue_size; ++i)
        if (mission_catalogue[i].acronym == acronym) return i;
    return 0;
}

}  // namespace detail

class mission {
public:
    // The unreported mission: keeps the type regular and sorts before every real mission.
    constexpr mission() noexcept = default;
    static constexpr mission unreported() noexcept { return mission{}; }

    // A literal is checked by the compiler: pk::mission{"UNMISS"} builds, pk::mission{"UNMIZZ"}
    // does not. Exact spelling only (upper case, no alias, not "unreported"): a literal is
    // written by a programmer, who can write the canonical form.
    template <std::size_t N>
    consteval explicit mission(const char (&acronym)[N]) {
        const std::size_t found = detail::find_mission_exact(std::string_view{acronym, N - 1});
        if (acronym[N - 1] != '\0' || found == 0) throw "not an acronym in the mission catalogue";
        index_ = static_cast<std::uint8_t>(found);
    }

    // Text from a file, checked at run time. Case-insensitive, surrounding blanks ignored,
    // and the printed variants of detail::mission_aliases accepted. "unreported" is refused:
    // it is this library's name for a missing mission, not something a source writes. Stray
    // characters the data adds (IPI's trailing apostrophes) are the reader's to strip.
    static constexpr std::optional<mission> from_acronym(std::string_view text) noexcept {
        const std::string_view wanted = detail::trim_ascii(text);
        for (std::size_t i = 1; i < detail::mission_catalogue_size; ++i)
            if (detail::same_acronym(detail::mission_catalogue[i].acronym, wanted))
                return from_index(static_cast<std::uint8_t>(i));
        for (const auto& alias : detail::mission_aliases)
            if (detail::same_acronym(alias.printed, wanted))
                return from_index(static_cast<std::uint8_t>(detail::find_mission_exact(alias.acronym)));
        return std::nullopt;
    }

    // The number of catalogue entries, the unreported mission included: from_index accepts
    // 0 <= index < count.
    static constexpr std::size_t count = detail::mission_catalogue_size;
    // Precondition: index < count.
    static constexpr mission from_index(std::uint8_t index) noexcept {
        assert(index < count);
        mission result;
        result.index_ = index;
        return result;
    }
    constexpr std::uint8_t index() const noexcept { return index_; }

    constexpr bool is_reported() const noexcept { return index_ != 0; }
    constexpr const mission_info& info() const noexcept { return detail::mission_catalogue[index_]; }

    // "unreported" for the unreported mission. The one text of a mission: operator<< prints it.
    constexpr std::string_view acronym() const noexcept { return info().acronym; }
    constexpr std::string_view name() const noexcept { return info().name; }
    constexpr mission_kind kind() const noexcept { return info().kind; }
    constexpr const location_list& locations() const noexcept { return info().locations; }
    constexpr pk::month first_month() const noexcept { return info().first; }
    // nullopt: ongoing.
    constexpr std::optional<pk::month> last_month() const noexcept { return info().last; }
    constexpr bool dates_unconfirmed() const noexcept { return info().dates_unconfirmed; }

    constexpr std::optional<mission> predecessor() const noexcept { return by_acronym(info().predecessor); }
    constexpr std::optional<mission> successor() const noexcept { return by_acronym(info().successor); }

    // The latest mission of its chain of successors, to follow one presence across renames:
    // MONUC -> MONUSCO, UNMIS -> UNMISS, BINUB -> BNUB, MINUSTAH -> MINUJUSTH -> BINUH.
    // A mission without a successor (and the unreported mission) is its own lineage.
    constexpr mission lineage() const noexcept {
        mission latest = *this;
        // Bounded by the catalogue size, so even a cyclic table could not loop forever.
        for (std::size_t step = 0; step < count; ++step) {
            const auto next = latest.successor();
            if (!next) break;
            latest = *next;
        }
        return latest;
    }

    friend constexpr bool operator==(mission, mission) noexcept = default;
    // By index, which is acronym order (the catalogue is sorted), unreported first.
    friend constexpr std::strong_ordering operator<=>(mission, mission) noexcept = default;

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, mission m) {
        return os << m.acronym();
    }

private:
    static constexpr std::optional<mission> by_acronym(std::string_view acronym) noexcept {
        if (acronym.empty()) return std::nullopt;
        const std::size_t found = detail::find_mission_exact(acronym);
        if (found == 0) return std::nullopt;
        return from_index(static_cast<std::uint8_t>(found));
    }

    std::uint8_t index_ = 0;  // into detail::mission_catalogue; 0 = unreported
};

}  // namespace pk

// Exact: the index is the mission.
template <>
struct std::hash<pk::mission> {
    std::size_t operator()(pk::mission m) const noexcept { return m.index(); }
};
