#pragma once
// pk::contribution: one country's people of one category in one mission at one month-end.
//
// The record is an aggregate declared with Boost.Hana's struct macro, so generic code (the CSV
// writer, printing, group keys, tests) walks its fields with hana::for_each instead of naming
// them by hand. Counts are 16-bit: the largest cell in 16 years of UN data is a few thousand
// people (one country's troops in one mission), and the readers reject anything above 65,535
// with an error rather than wrapping. With the two-byte month and the one-byte country,
// mission and category the record is 12 bytes (11 of data and one of padding before the
// counts): issue 11's bound on the in-memory dataset.
#include <compare>
#include <cstdint>
#include <iosfwd>

#include <boost/hana/define_struct.hpp>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/personnel/gender.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

struct contribution {
    BOOST_HANA_DEFINE_STRUCT(contribution,
        (pk::month, month),                    // the month-end the figures are as of
        (pk::country, country),                // the contributor
        (pk::mission, mission),                // mission::unreported() when the source gives none
        (pk::personnel_category, category),    // personnel_category::unreported when the source gives none
        (std::uint16_t, female),
        (std::uint16_t, male),
        // People the source gives only as a total, with no female/male split (the UN's
        // Sep-2023 report, IPI's snapshots without gender). Never guessed into female or male.
        (std::uint16_t, gender_unreported));

    constexpr strength total() const noexcept {
        return strength{std::int64_t{female} + std::int64_t{male} + std::int64_t{gender_unreported}};
    }
    constexpr strength of(pk::gender g) const noexcept {
        return strength{g == pk::gender::female ? female : male};
    }
    constexpr bool gender_reported() const noexcept { return gender_unreported == 0; }

    friend constexpr bool operator==(const contribution&, const contribution&) noexcept = default;
    // Ordered by month, country, mission, category, then the counts: the order files are written in.
    friend constexpr std::strong_ordering operator<=>(const contribution&, const contribution&) noexcept = default;

    // "2014-07 VNM UNMISS Experts on Mission: 0 female, 2 male"
    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const contribution& c) {
        detail::fixed_text<96> out;
        out.append(c.month.text().view());
        out.push_back(' ');
        out.append(c.country.code());
        out.push_back(' ');
        out.append(c.mission.acronym());
        out.push_back(' ');
        out.append(name(c.category));
        out.append(": ");
        out.append_number(c.female);
        out.append(" female, ");
        out.append_number(c.male);
        out.append(" male");
        if (c.gender_unreported != 0) {
            out.append(", ");
            out.append_number(c.gender_unreported);
            out.append(" gender unreported");
        }
        return os << out.view();
    }
};
static_assert(sizeof(contribution) == 12, "issue 11: at most 12 bytes per contribution");

// The identity of a row: two rows of one source with the same key are a duplicate.
struct contribution_key {
    pk::month month;
    pk::country country;
    pk::mission mission;
    pk::personnel_category category;
    friend constexpr bool operator==(const contribution_key&, const contribution_key&) noexcept = default;
    friend constexpr std::strong_ordering operator<=>(const contribution_key&, const contribution_key&) noexcept = default;
};
constexpr contribution_key key_of(const contribution& c) noexcept { return {c.month, c.country, c.mission, c.category}; }

}  // namespace pk

template <>
struct std::hash<pk::contribution_key> {
    // Exact: 16 bits of month, 8 of country, mission and category each.
    std::size_t operator()(const pk::contribution_key& k) const noexcept {
        return static_cast<std::size_t>(static_cast<std::uint32_t>(k.month.index())) << 24 ^
               static_cast<std::size_t>(k.country.index()) << 16 ^ static_cast<std::size_t>(k.mission.index()) << 8 ^
               static_cast<std::size_t>(k.category);
    }
};
