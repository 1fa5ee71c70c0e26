#pragma once
// Country names as found in the wild, resolved to pk::country.
//
// Files name one country in many ways (DOMAIN.md §7): ISO short names ("Tanzania, United
// Republic of"), UN M49 names ("United Republic of Tanzania"), ISO-style "(the)" suffixes
// ("Niger (the)"), old and short names ("Swaziland", "DR Congo", "Vietnam"), names cut off by
// a report's column ("United Republic", "The former Yugoslav Republic o"), in any case, with
// or without diacritics and apostrophes, with stray apostrophes ("Vietnam'") and spaces.
//
// How: every name is reduced to a key, and keys are compared.
//   1. Fold (detail/text.hpp): lower case, no diacritics, no apostrophes, spaces collapsed.
//   2. Drop a leading "the", a "(the)" or ", the" suffix, and "the" opening a qualifier.
//   3. Split off a qualifier, "Head, Qualifier" or "Head (Qualifier)": a known name gets two
//      keys, Head+Qualifier and Qualifier+Head, so "Tanzania, United Republic of",
//      "Tanzania (United Republic of)" and "United Republic of Tanzania" meet.
//   4. Keep only letters and digits ("&" reads "and"): "Cote d Ivoire", "Côte d’Ivoire" and
//      "Guinea Bissau"/"Guinea-Bissau" meet.
// The known names are the ISO table's names plus the aliases below. A text that matches no
// key exactly may be a cut-off name: it resolves if it is the beginning of the keys of one
// country only, and is either at least 12 letters long or ends where a word of that name
// ends and is at least 7 letters long ("Russian", "Bosnia and", as the Sep-2019 report
// prints them). Shorter or shared beginnings ("North", "Republic of", "Korea") resolve to
// nothing: only the reader's context can tell what they were.
//
// Non-ISO areas (Kosovo, Abyei, the Golan) are not countries and never resolve.
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>  // std::swap
#include <vector>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/suggest.hpp>  // closest_country_codes, offered here too
#include <peacekeeping/detail/sort.hpp>
#include <peacekeeping/detail/text.hpp>

namespace pk {

namespace detail {

struct country_alias {
    std::string_view name;
    std::string_view alpha3;
};

// Names the ISO table does not give, with where each was seen. Spellings that differ from a
// table name only in case, diacritics, apostrophes, punctuation, word order around a comma
// or parenthesis, or a "(the)" need no entry ("Vietnam" = "Viet Nam", "Cote d Ivoire",
// "Republic of Korea", "Niger (the)", "Türkiye"/"Turkiye").
// Sources: IPI = ipi/Gender.Full.csv and ipi_2014/*.csv; DPO = un_dpo_rank/*.csv;
// PDF yyyy-mm = un_dpo_monthly_pdf/UN_country_contributions_yyyy_mm.pdf; §7 = DOMAIN.md §7.
inline constexpr country_alias country_aliases[] = {
    {"Bolivia", "BOL"},                     // IPI; PDF 2015-01; §7
    {"Brunei", "BRN"},                      // IPI; PDF 2019-09; §7
    {"Cape Verde", "CPV"},                  // PDF 2015-2016; §7 (Cabo Verde since 2013)
    {"Czech Republic", "CZE"},              // IPI; DPO 2020-12 "Czech Republic (the)"; §7
    {"DR Congo", "COD"},                    // IPI (contributor and mission country); §7
    {"Democratic Republic of Congo", "COD"},            // press form of the M49 name
    {"Democratic Republic of the Congo (DRC)", "COD"},  // PDF 2017-05..2017-12
    {"Republic of the Congo", "COG"},       // press form, to tell it from COD
    {"Iran", "IRN"},                        // IPI; PDF 2019-09; §7
    {"Ivory Coast", "CIV"},                 // press form of Côte d'Ivoire
    {"Laos", "LAO"},                        // press form; brief
    {"Macedonia", "MKD"},                   // IPI; PDF 2015-2018; §7
    {"The former Yugoslav Republic of Macedonia", "MKD"},  // IPI; PDF 2015-2018; §7
    {"Macedonia, FYROM", "MKD"},            // §7
    {"FYROM", "MKD"},                       // §7 (the abbreviation alone)
    {"Moldova", "MDA"},                     // IPI; §7
    {"Netherlands", "NLD"},                 // IPI; PDF; DPO 2020-12 "Netherlands (the)"
    {"Russia", "RUS"},                      // press form; brief
    {"Swaziland", "SWZ"},                   // PDF 2015-2017; §7 (Eswatini since 2018)
    {"Syria", "SYR"},                       // press form; brief
    {"Tanzania", "TZA"},                    // IPI; PDF 2015-2016; §7
    {"Turkey", "TUR"},                      // IPI; PDF up to 2022; §7 (Türkiye since 2022)
    {"United Kingdom", "GBR"},              // IPI; PDF; DPO 2020-12 long form with "(the)"
    {"United States", "USA"},               // IPI; §7
    {"Venezuela", "VEN"},                   // press form of the M49 name
    {"Micronesia", "FSM"},                  // press form of the M49 name
    {"Palestine", "PSE"},                   // press form of the M49 name
    {"East Timor", "TLS"},                  // former English name of Timor-Leste
};

// Keys are at most this long; longer texts are no country (the longest key, the United
// Kingdom's, has 45 letters). 63 lets a 64-bit mask mark where words end.
inline constexpr std::size_t name_key_capacity = 63;

struct name_key {
    bounded_text<name_key_capacity> letters;
    std::uint64_t word_ends = 0;  // bit n: a word ends after n letters
};

struct name_keys {
    name_key primary;  // in written order: Head then Qualifier
    name_key swapped;  // Qualifier then Head; empty if there is no qualifier
    bool valid = false;
};

constexpr std::string_view trim_folded(std::string_view s) noexcept {
    while (!s.empty() && s.front() == ' ') s.remove_prefix(1);
    while (!s.empty() && s.back() == ' ') s.remove_suffix(1);
    return s;
}

constexpr std::string_view drop_leading_the(std::string_view s) noexcept {
    if (s.starts_with("the ")) s.remove_prefix(4);
    return trim_folded(s);
}

// Appends the letters and digits of folded text; '&' reads "and". Bytes of characters that
// folding keeps as written (not Latin) are kept, so such names still compare exactly.
constexpr void append_key(name_key& key, std::string_view folded) noexcept {
    bool in_word = false;
    const auto end_word = [&] {
        if (in_word && key.letters.size() < 64) key.word_ends |= std::uint64_t{1} << key.letters.size();
        in_word = false;
    };
    for (char c : folded) {
        const auto byte = static_cast<unsigned char>(c);
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || byte >= 0x80) {
            key.letters.push_back(c);
            in_word = true;
        } else if (c == '&') {
            end_word();
            key.letters.append("and");
            in_word = true;
        } else {
            end_word();
        }
    }
    end_word();
}

// The keys of a name (see the top of this file). valid is false for a text with no letters
// or too long to be a name.
constexpr name_keys make_name_keys(std::string_view name) noexcept {
    name_keys keys;
    const auto folded = fold<2 * name_key_capacity>(name);
    if (folded.overflowed()) return keys;
    std::string_view s = drop_leading_the(folded.view());
    // "(the)" and ", the" say only that English puts "the" before the name.
    for (bool again = true; again;) {
        again = false;
        for (std::string_view suffix : {std::string_view{"(the)"}, std::string_view{", the"}, std::string_view{",the"}}) {
            if (s.ends_with(suffix)) {
                s = trim_folded(s.substr(0, s.size() - suffix.size()));
                again = true;
            }
        }
    }
    std::string_view head = s, qualifier;
    if (const auto open = s.rfind('('); open != std::string_view::npos && s.ends_with(')')) {
        head = trim_folded(s.substr(0, open));
        qualifier = s.substr(open + 1, s.size() - open - 2);
    } else if (const auto comma = s.find(','); comma != std::string_view::npos) {
        head = trim_folded(s.substr(0, comma));
        qualifier = s.substr(comma + 1);
    }
    qualifier = drop_leading_the(qualifier);
    if (qualifier == "the") qualifier = {};

    append_key(keys.primary, head);
    append_key(keys.primary, qualifier);
    if (!qualifier.empty()) {
        append_key(keys.swapped, qualifier);
        append_key(keys.swapped, head);
    }
    keys.valid = !keys.primary.letters.empty() && !keys.primary.letters.overflowed() &&
                 !keys.swapped.letters.overflowed();
    return keys;
}

// All known keys, sorted, built once on first use into static storage (no heap).
class country_name_index {
public:
    struct entry {
        name_key key;
        std::uint8_t country_index;
        std::string_view spelling;  // the table name or alias this key came from
    };

    // Shortest cut-off names that resolve: anywhere in a word, or at the end of a word.
    static constexpr std::size_t min_prefix = 12;
    static constexpr std::size_t min_word_prefix = 7;

    country_name_index() noexcept {
        for (std::size_t i = 1; i <= iso3166_count; ++i) add(iso3166_table[i].name, static_cast<std::uint8_t>(i));
        for (const country_alias& alias : country_aliases) {
            // An alias naming a code not in the table is a bug in the list above (the tests
            // check every alias resolves); it is skipped rather than mapped to no country.
            if (const auto c = country::from_code(alias.alpha3)) add(alias.name, c->index());
        }
        sort_entries();
    }

    const entry* begin() const noexcept { return entries_.data(); }
    const entry* end() const noexcept { return entries_.data() + size_; }

    std::optional<country> exact(const name_key& key) const noexcept {
        const std::string_view wanted = key.letters.view();
        const entry* first = lower_bound(wanted);
        std::optional<country> found;
        for (const entry* e = first; e != end() && e->key.letters.view() == wanted; ++e) {
            if (found && found->index() != e->country_index) return std::nullopt;  // two countries: no answer
            found = country::from_index(e->country_index);
        }
        return found;
    }

    std::optional<country> prefix(const name_key& key) const noexcept {
        const std::string_view wanted = key.letters.view();
        const bool long_enough = wanted.size() >= min_prefix;
        if (!long_enough && wanted.size() < min_word_prefix) return std::nullopt;
        std::optional<country> found;
        for (const entry* e = lower_bound(wanted); e != end() && e->key.letters.view().starts_with(wanted); ++e) {
            const bool at_word_end = wanted.size() < 64 && ((e->key.word_ends >> wanted.size()) & 1u) != 0;
            if (!long_enough && !at_word_end) continue;
            if (found && found->index() != e->country_index) return std::nullopt;
            found = country::from_index(e->country_index);
        }
        return found;
    }

private:
    void add(std::string_view spelling, std::uint8_t index) noexcept {
        const name_keys keys = make_name_keys(spelling);
        if (!keys.valid) return;
        push(keys.primary, index, spelling);
        if (!keys.swapped.letters.empty()) push(keys.swapped, index, spelling);
    }
    void push(const name_key& key, std::uint8_t index, std::string_view spelling) noexcept {
        if (size_ < entries_.size()) entries_[size_++] = entry{key, index, spelling};
    }
    // The first entry whose key is not less than `wanted`.
    const entry* lower_bound(std::string_view wanted) const noexcept {
        std::size_t low = 0, high = size_;
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (entries_[mid].key.letters.view() < wanted) low = mid + 1; else high = mid;
        }
        return begin() + low;
    }
    // By key, with pk::detail::sort: std::sort would bring <algorithm> to every file that
    // includes this header, names used or not. Not stable, like std::sort: exact() and prefix()
    // visit every entry of an equal key, so their order does not matter.
    void sort_entries() noexcept {
        pk::detail::sort(entries_.data(), entries_.data() + size_,
                         [](const entry& a, const entry& b) { return a.key.letters.view() < b.key.letters.view(); });
    }

    std::array<entry, 2 * (iso3166_count + std::size(country_aliases))> entries_{};
    std::size_t size_ = 0;
};

// Function-local static: built on the first call, thread-safely, and only if names are used.
inline const country_name_index& country_names() noexcept {
    static const country_name_index index;
    return index;
}

}  // namespace detail

// The country a name denotes, or nothing: see the top of this file for what is understood.
// A name that would fit two countries (a short cut-off "Republic of") resolves to nothing.
inline std::optional<country> country_from_name(std::string_view name) noexcept {
    const detail::name_keys keys = detail::make_name_keys(name);
    if (!keys.valid) return std::nullopt;
    const detail::country_name_index& index = detail::country_names();
    if (auto found = index.exact(keys.primary)) return found;
    if (!keys.swapped.letters.empty()) {
        if (auto found = index.exact(keys.swapped)) return found;
    }
    return index.prefix(keys.primary);
}

// Up to `how_many` known spellings nearest to `name` (edit distance between keys, or to the
// beginning of a key), one per country, nearest first: for messages like `expected a known country, found "Viet Man"
// (closest: Viet Nam, ...)`. The spellings are the table's names or the aliases.
inline std::vector<std::string_view> closest_country_names(std::string_view name, std::size_t how_many = 3) {
    const detail::name_keys keys = detail::make_name_keys(name);
    const std::string_view wanted = keys.primary.letters.view();
    struct candidate {
        std::size_t distance;
        std::string_view spelling;
    };
    // Best per country, indexed by country index.
    std::array<candidate, country::count + 1> best{};
    for (auto& b : best) b.distance = static_cast<std::size_t>(-1);
    for (const auto& e : detail::country_names()) {
        const std::string_view known = e.key.letters.view();
        // A name the text begins ("Korea" for "Korea, Republic of") is near too.
        const std::size_t whole = detail::edit_distance(wanted, known);
        const std::size_t beginning = detail::edit_distance(wanted, known.substr(0, wanted.size())) + 1;
        const std::size_t d = whole < beginning ? whole : beginning;
        candidate& b = best[e.country_index];
        if (d < b.distance || (d == b.distance && e.spelling < b.spelling)) b = {d, e.spelling};
    }
    // Insertion sort of best[1..count], stable as before (ties in country order), and without
    // instantiating std::stable_sort in every file that includes this header.
    const auto before = [](const candidate& a, const candidate& b) {
        return a.distance != b.distance ? a.distance < b.distance : a.spelling < b.spelling;
    };
    for (std::size_t i = 2; i <= country::count; ++i)
        for (std::size_t j = i; j > 1 && before(best[j], best[j - 1]); --j) std::swap(best[j], best[j - 1]);
    std::vector<std::string_view> result;
    for (std::size_t i = 1; i <= how_many && i <= country::count; ++i) result.push_back(best[i].spelling);
    return result;
}

}  // namespace pk
