#pragma once
// pk::closest_mission_acronyms: "did you mean ...?" for an acronym the catalogue lacks.
//
// Kept out of mission.hpp because it returns a std::vector: readers include it only where
// they build error messages.
#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include <peacekeeping/detail/ascii.hpp>  // ascii_upper, trim_ascii
#include <peacekeeping/detail/text.hpp>   // edit_distance, shared with country/suggest.hpp
#include <peacekeeping/mission/mission.hpp>

namespace pk {

// Up to `how_many` catalogue missions whose acronyms are closest to `text` (case ignored,
// surrounding blanks ignored), closest first: fewest insertions, deletions, replacements and
// swaps of neighbours, the typos and truncations met in the data ("MINUJUST" for MINUJUSTH).
// Ties go to the acronym nearer in length, then to acronym order: "UNMIZZ" is 2 edits from
// both UNMIK and UNMISS, and a same-length typo is the likelier reading. A mission is offered only if at most half of the longer of the two
// spellings has to change: for text unlike any acronym the list is empty rather than a list
// of unrelated names. Never offers the unreported mission.
inline std::vector<mission> closest_mission_acronyms(std::string_view text, std::size_t how_many = 3) {
    // Upper-cased copy: acronyms are upper case and edit_distance compares bytes. 32
    // characters are far more than any acronym (at most 10) needs.
    char upper[32]{};
    const std::string_view trimmed = detail::trim_ascii(text).substr(0, sizeof upper);
    for (std::size_t i = 0; i < trimmed.size(); ++i) upper[i] = detail::ascii_upper(trimmed[i]);
    const std::string_view wanted{upper, trimmed.size()};

    constexpr std::size_t too_far = static_cast<std::size_t>(-1);
    // Rank = distance, then length difference (below 64, as both are at most 32 long).
    std::size_t rank[mission::count]{};
    rank[0] = too_far;
    for (std::size_t i = 1; i < mission::count; ++i) {
        const std::string_view acronym = detail::mission_catalogue[i].acronym;
        // edit_distance counts 2 per insertion, deletion or replacement and 1 per swap of
        // neighbours, so "at most half of the longer spelling changes" is distance <= longer.
        const std::size_t distance = detail::edit_distance(wanted, acronym);
        const std::size_t longer = wanted.size() > acronym.size() ? wanted.size() : acronym.size();
        const std::size_t shorter = wanted.size() > acronym.size() ? acronym.size() : wanted.size();
        rank[i] = distance > longer ? too_far : distance * 64 + (longer - shorter);
    }
    // Pick the best remaining one how_many times (the catalogue is small): sorted without
    // <algorithm>, ties in index (= acronym) order.
    std::vector<mission> result;
    while (result.size() < how_many) {
        std::size_t best = 0;
        for (std::size_t i = 1; i < mission::count; ++i)
            if (rank[i] < rank[best]) best = i;
        if (rank[best] == too_far) break;
        result.push_back(mission::from_index(static_cast<std::uint8_t>(best)));
        rank[best] = too_far;
    }
    return result;
}

}  // namespace pk
