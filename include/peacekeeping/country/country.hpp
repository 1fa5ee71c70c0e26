#pragma once
// pk::country: a state or territory with an ISO 3166-1 code, the key every record joins on.
//
// Names of countries differ from file to file ("Viet Nam", "Vietnam'", "Côte d’Ivoire"); codes
// do not, so a country is its code. It is stored as a one-byte index into the generated ISO
// table (sorted by alpha-3), which keeps a contribution record small, makes ordering the
// alphabetical order of codes, and gives a dense key for per-country arrays. Index 0 is "no
// country": the default value, so the type stays regular, and it sorts first.
//
// Reading names from files: <peacekeeping/country/names.hpp>. Suggestions for a mistyped
// code ("VMN" -> VNM): <peacekeeping/country/suggest.hpp>. M49 regions as values:
// <peacekeeping/country/m49.hpp>.
#include <cassert>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>  // also declares std::hash, without <functional>
#include <string_view>

#include <peacekeeping/country/iso3166_table.hpp>

#include <peacekeeping/detail/ascii.hpp>  // ascii_lower, ascii_upper: shared by every header

namespace pk {

namespace detail {

// The table index of an upper-case alpha-3 code, or 0. Entries 1..count are sorted by alpha-3.
// Compares letter by letter, not through std::string_view's comparisons: every pk::country
// literal (the bloc and mission tables hold hundreds) runs this search in the compiler, and
// the constant evaluator steps through char_traits several times slower.
constexpr std::uint8_t iso3166_index_of_alpha3(std::string_view code) noexcept {
    if (code.size() != 3) return 0;
    const char a = code[0], b = code[1], c = code[2];
    std::size_t low = 1, high = iso3166_count + 1;
    while (low < high) {
        const std::size_t mid = low + (high - low) / 2;
        const char* here = iso3166_table[mid].alpha3.data();
        const int order = here[0] != a ? here[0] - a : here[1] != b ? here[1] - b : here[2] - c;
        if (order == 0) return static_cast<std::uint8_t>(mid);
        if (order < 0) low = mid + 1; else high = mid;
    }
    return 0;
}

// Upper-cases a 2- or 3-letter code into `out`; false if it is not made of ASCII letters.
template <std::size_t N>
constexpr bool upper_code(std::string_view text, char (&out)[N]) noexcept {
    if (text.size() != N) return false;
    for (std::size_t i = 0; i < N; ++i) {
        const char c = ascii_upper(text[i]);
        if (c < 'A' || c > 'Z') return false;
        out[i] = c;
    }
    return true;
}

consteval std::uint8_t checked_alpha3_literal(const char (&code)[4]) {
    const std::uint8_t index = code[3] == '\0' ? iso3166_index_of_alpha3({code, 3}) : 0;
    // Throwing here makes the constant evaluation, and so the program, ill-formed.
    if (index == 0) throw "pk::country: not an assigned upper-case ISO 3166-1 alpha-3 code";
    return index;
}
}  // namespace detail

// A state or territory that has an ISO 3166-1 code (249 of them, dependent territories
// included). Kosovo, Abyei, the Golan and Jammu and Kashmir have none: they are mission
// locations, not countries, and have no pk::country.
class country {
public:
    // "No country": keeps the type regular (default-constructible), sorts before every country.
    constexpr country() noexcept = default;
    // A literal is checked by the compiler: pk::country{"VNM"} builds, pk::country{"VMN"} does not.
    consteval explicit country(const char (&alpha3)[4]) : index_{detail::checked_alpha3_literal(alpha3)} {}

    // Text from a file is checked at run time; the caller decides what a miss costs.
    // Exact code, upper or lower case ("VNM", "vnm"); no trimming: a reader trims if its format pads.
    static constexpr std::optional<country> from_code(std::string_view alpha3) noexcept {
        char upper[3]{};
        if (!detail::upper_code(alpha3, upper)) return std::nullopt;
        const std::uint8_t index = detail::iso3166_index_of_alpha3({upper, 3});
        if (index == 0) return std::nullopt;
        return from_index(index);
    }
    static constexpr std::optional<country> from_alpha2(std::string_view alpha2) noexcept {
        char upper[2]{};
        if (!detail::upper_code(alpha2, upper)) return std::nullopt;
        const std::string_view code{upper, 2};
        std::size_t low = 0, high = detail::iso3166_count;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            const std::uint8_t index = detail::iso3166_by_alpha2[mid];
            const std::string_view here = detail::iso3166_table[index].alpha2;
            if (here == code) return from_index(index);
            if (here < code) low = mid + 1; else high = mid;
        }
        return std::nullopt;
    }
    // ISO 3166-1 numeric = M49 code. Files write it "8" or "008"; the caller parses the
    // number, so both mean Albania here.
    static constexpr std::optional<country> from_numeric(unsigned m49) noexcept {
        std::size_t low = 0, high = detail::iso3166_count;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            const std::uint8_t index = detail::iso3166_by_numeric[mid];
            const unsigned here = detail::iso3166_table[index].numeric;
            if (here == m49) return from_index(index);
            if (here < m49) low = mid + 1; else high = mid;
        }
        return std::nullopt;
    }
    // Precondition: index <= count (0 is "no country").
    static constexpr country from_index(std::uint8_t index) noexcept {
        assert(index <= detail::iso3166_count);
        country c;
        c.index_ = index;
        return c;
    }
    // Number of ISO entries; indices run 0..count, so per-country arrays have count + 1 slots.
    static constexpr std::size_t count = detail::iso3166_count;

    constexpr std::uint8_t index() const noexcept { return index_; }
    constexpr bool has_value() const noexcept { return index_ != 0; }
    constexpr const country_info& info() const noexcept { return detail::iso3166_table[index_]; }

    // The alpha-3 code, "VNM"; "" for no country. This is the text of a country.
    constexpr std::string_view code() const noexcept { return info().alpha3; }
    constexpr std::string_view alpha2() const noexcept { return info().alpha2; }
    constexpr std::uint16_t numeric() const noexcept { return info().numeric; }
    // ISO English short name, "Viet Nam", "Tanzania, United Republic of" (UTF-8).
    constexpr std::string_view name() const noexcept { return info().name; }
    // M49 region and sub-region names, "" if M49 gives none (Antarctica, Taiwan).
    constexpr std::string_view region() const noexcept { return info().region; }
    constexpr std::string_view subregion() const noexcept { return info().subregion; }

    friend constexpr bool operator==(country, country) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(country, country) noexcept = default;

    // Prints the alpha-3 code; std::setw pads it as a whole.
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, country c) {
        return os << c.code();
    }

private:
    std::uint8_t index_ = 0;  // one byte: 249 ISO entries fit, and a record holds several countries
};

}  // namespace pk

// Exact: the index is the country.
template <>
struct std::hash<pk::country> {
    std::size_t operator()(pk::country c) const noexcept { return c.index(); }
};
