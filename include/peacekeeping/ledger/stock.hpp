#pragma once
// Stocks from a ledger: the strength in theatre (pk::strength) at a month-end, by mission and
// category, in the UN's terms, so it can be set beside the UN's monthly figures.
//
// A person counts at the end of every month from the departure month up to, not including,
// the return month (ledger/entry.hpp). Only deployment and detail rows have such a profile.
// Aggregate rows do not: when an aggregate's departures had begun by the month asked, some of
// its people may have been present, in numbers the source does not give. Those rows are
// listed in `unprofiled` and never added to the strength, so a gap between the ledger's
// stock and the UN's is shown as what it is: people the ledger does not date.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>
#include <vector>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/ledger/entry.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

struct stock_part {
    pk::mission mission;
    personnel_category category = personnel_category::unreported;
    pk::strength strength;
    friend bool operator==(const stock_part&, const stock_part&) = default;
};

struct ledger_stock {
    month at;
    std::vector<stock_part> parts;        // by mission, then category; only non-zero parts
    std::vector<std::size_t> unprofiled;  // indices of aggregate rows that may have people present at `at`

    strength total() const {
        strength sum;
        for (const auto& p : parts) sum += p.strength;
        return sum;
    }
    strength of(mission m) const {
        strength sum;
        for (const auto& p : parts)
            if (p.mission == m) sum += p.strength;
        return sum;
    }
    strength of(personnel_category c) const {
        strength sum;
        for (const auto& p : parts)
            if (p.category == c) sum += p.strength;
        return sum;
    }
    strength of(mission m, personnel_category c) const {
        for (const auto& p : parts)
            if (p.mission == m && p.category == c) return p.strength;
        return strength{};
    }
};

// The people the ledger places in theatre at the end of month `at`.
inline ledger_stock stock_at(std::span<const ledger_entry> entries, month at) {
    ledger_stock out;
    out.at = at;
    for (std::size_t i = 0; i < entries.size(); ++i) {
        const auto& e = entries[i];
        if (e.kind == entry_kind::aggregate) {
            // Its people left at unknown dates from its first month on, for tours of unknown
            // length: from then on any of them may be present.
            if (e.departed.first() <= at) out.unprofiled.push_back(i);
            continue;
        }
        if (!e.present_at(at)) continue;
        // The reader guarantees one mission and one category for these rows.
        const pk::mission m = e.missions.only().value_or(pk::mission::unreported());
        const personnel_category c = e.categories.only().value_or(personnel_category::unreported);
        auto it = std::find_if(out.parts.begin(), out.parts.end(),
                               [&](const stock_part& p) { return p.mission == m && p.category == c; });
        if (it == out.parts.end()) it = out.parts.insert(out.parts.end(), stock_part{m, c, {}});
        it->strength += strength{std::int64_t{e.headcount}};
    }
    std::sort(out.parts.begin(), out.parts.end(), [](const stock_part& a, const stock_part& b) {
        return a.mission != b.mission ? a.mission < b.mission : a.category < b.category;
    });
    return out;
}

}  // namespace pk
