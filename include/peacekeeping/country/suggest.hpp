#pragma once
// Suggestions for a country code that is not one: "VMN" -> VNM, for error messages
// ("expected an ISO 3166-1 alpha-3 code, found \"VMN\" (closest: VNM, ...)").
// Apart from country.hpp because it returns a std::vector.
#include <algorithm>  // std::stable_sort
#include <cstddef>
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

    struct candidate {
        std::size_t distance;
        country value;
    };
    std::vector<candidate> candidates;
    candidates.reserve(country::count);
    for (std::size_t i = 1; i <= country::count; ++i) {
        const country c = country::from_index(static_cast<std::uint8_t>(i));
        candidates.push_back({detail::edit_distance(wanted, c.code()), c});
    }
    // Stable: the table is in code order, so equal distances stay in code order.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const candidate& a, const candidate& b) { return a.distance < b.distance; });
    std::vector<country> result;
    result.reserve(std::min(how_many, candidates.size()));
    for (std::size_t i = 0; i < how_many && i < candidates.size(); ++i) result.push_back(candidates[i].value);
    return result;
}

}  // namespace pk
