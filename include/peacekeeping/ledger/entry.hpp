#pragma once
// pk::ledger_entry: one row of a rotation ledger, the national side of the stock/flow story
// (DOMAIN.md §3).
//
// UN figures are stocks: who was present at a month-end. National statements are flows: how
// many were sent ("lượt", turns). Neither can be computed from the other (a 63-for-63
// rotation leaves the stock unchanged), so a ledger records the flow directly, a row per
// group of people sent together, each with the source that says so. From the rows:
//   - persons deployed (pk::persons_deployed) through any month (ledger/flow.hpp);
//   - the strength in theatre (pk::strength) at any month-end (ledger/stock.hpp).
//
// Three kinds of row:
//   deployment  people sent together, with known departure and return months: a unit's
//               rotation (or part of one: an advance party, a group that came home later)
//               or individual officers. Counted in flows and in stocks.
//   aggregate   a total the source gives for a period without dates ("76 officers on
//               individual duties since 2014"). Counted in flows once its period has ended;
//               it has no presence profile, so it is never in a stock: stock results list it
//               separately instead of guessing when its people were present.
//   detail      some of an aggregate row's people whose dates are known (the first two
//               officers of June 2014). Counted in stocks; not again in flows, since the
//               aggregate already counts them.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

#include <boost/hana/define_struct.hpp>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/ledger/sets.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

enum class entry_kind : std::uint8_t { deployment, aggregate, detail };

constexpr std::string_view name(entry_kind k) noexcept {
    switch (k) {
        case entry_kind::deployment: return "deployment";
        case entry_kind::aggregate: return "aggregate";
        case entry_kind::detail: return "detail";
    }
    return "";
}

constexpr std::optional<entry_kind> parse_entry_kind(std::string_view text) noexcept {
    for (auto k : {entry_kind::deployment, entry_kind::aggregate, entry_kind::detail})
        if (detail::same_label(text, name(k))) return k;
    return std::nullopt;
}

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, entry_kind k) {
    return os << name(k);
}

struct ledger_entry {
    BOOST_HANA_DEFINE_STRUCT(ledger_entry,
        (entry_kind, kind),
        (std::string, label),           // "Level-2 Field Hospital rotation 4 (main body)"
        // The unit's rotation number (1, 2, ...); 0 for individuals. Rows of one rotation
        // (an advance party and the main body) share it, so rotations can be counted.
        (std::uint8_t, rotation),
        (role_set, roles),              // one role, or for an aggregate the several it names
        (mission_set, missions),        // one mission, or for an aggregate the several it names
        (category_set, categories),     // the UN categories of the roles (checked by the reader)
        // The month the people left home: they are in theatre at its end (a flight takes
        // days). For an aggregate row, the months its departures fall in.
        (month_range, departed),
        // The month they came home: no longer present at its end. nullopt: still deployed
        // (deployment, detail), or not known (aggregate).
        (std::optional<month>, returned),
        (std::uint16_t, headcount),     // people sent; at least 1
        (std::string, source),          // the URL(s) saying so, separated by spaces
        (std::string, note));           // the source tag ([V9]) and what is inferred

    // The people this row adds to a flow: an aggregate's are counted once, by it; a detail
    // row's people are already in their aggregate.
    constexpr persons_deployed deployed() const noexcept {
        return persons_deployed{kind == entry_kind::detail ? 0 : std::int64_t{headcount}};
    }
    // Whether its people are in theatre at the end of month m. Always false for an
    // aggregate row, which has no presence profile.
    constexpr bool present_at(month m) const noexcept {
        if (kind == entry_kind::aggregate) return false;
        return departed.first() <= m && (!returned || m < *returned);
    }
    // The month the row's people count as sent by: the end of an aggregate's period.
    constexpr month counted_from() const noexcept { return departed.last(); }

    friend bool operator==(const ledger_entry&, const ledger_entry&) = default;
};

}  // namespace pk
