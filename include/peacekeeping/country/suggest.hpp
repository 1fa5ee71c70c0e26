#pragma once
// Suggestions for a country code that is not one: "VMN" -> VNM, for error messages
// ("expected an ISO 3166-1 alpha-3 code, found \"VMN\" (closest: VNM, ...)").
// Apart from country.hpp because it returns a std::vector.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/detail/text.hpp>

namespace pk {

// The `how_many` countries whose alpha-3 codes are fewest edits (insert, delete, replace,
// swap two neighbours) from `text`, closest first, ties in code order. Case and surrounding
// white space are ignored. Empty when how_many is 0.
inline std::vector<country> closest_country_codes(std::string_view text, std::size_t how_many = 3) {
    char upper[8]{};
    const std::string_view trimmed = detail::trim(text).substr(0, sizeof upper);
    for (std::size_t i = 0; i < trimmed.size(); ++i) upper[i] = detail::ascii_upper(trimmed[i]);
    const std::string_view wanted{upper, trimmed.size()};

    // The distance of every code, by table index (in code order).
    std::size_t distance[country::count + 1]{};
    for (std::size_t i = 1; i <= country::count; ++i)
        distance[i] = detail::edit_distance(wanted, country::from_index(static_cast<std::uint8_t>(i)).code());
    // Pick the closest remaining code how_many times, the first in code order on ties: what a
    // stable sort by distance gives, without instantiating one in every includer (<algorithm>).
    constexpr std::size_t taken = static_cast<std::size_t>(-1);
    std::vector<country> result;
    result.reserve(how_many < country::count ? how_many : country::count);
    while (result.size() < how_many && result.size() < country::count) {
        std::size_t best = 0;
        for (std::size_t i = 1; i <= country::count; ++i)
            if (distance[i] != taken && (best == 0 || distance[i] < distance[best])) best = i;
        result.push_back(country::from_index(static_cast<std::uint8_t>(best)));
        distance[best] = taken;
    }
    return result;
}

}  // namespace pk
