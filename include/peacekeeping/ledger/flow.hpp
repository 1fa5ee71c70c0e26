#pragma once
// Flows from a ledger: persons deployed (pk::persons_deployed) through a month, in all and by
// role, mission, category and year; and the rotations of each unit.
//
// A row counts from its departure month. An aggregate row counts once its whole period has
// passed (through >= its last month): before that, how many of its people had left is not
// known, so it is reported as `straddling` and left out of the totals rather than guessed.
// Rows that name several roles or missions are grouped under that set ("military adviser,
// military observer, liaison officer"), never split by guess; an aggregate spanning several
// years has no year and is reported as `without_year`.
#include <cstdint>
#include <map>
#include <optional>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/ledger/entry.hpp>
#include <peacekeeping/ledger/sets.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

struct flow_summary {
    month through;                         // rows that departed by the end of this month
    persons_deployed total;                // all of them
    persons_deployed from_aggregates;      // the part of `total` from aggregate rows (no dates)
    persons_deployed straddling;           // aggregate rows still open at `through`: not in `total`
    std::map<role_set, persons_deployed> by_roles;
    std::map<mission_set, persons_deployed> by_missions;
    std::map<category_set, persons_deployed> by_categories;
    std::map<year, persons_deployed> by_year;
    persons_deployed without_year;         // aggregate rows whose period spans years
    mission_set missions;                  // every mission a counted row names

    // The people of rows naming exactly these roles (or mission, or category); zero if none.
    persons_deployed of(role_set roles) const { return find(by_roles, roles); }
    persons_deployed of(role r) const { return of(role_set{r}); }
    persons_deployed of(mission_set m) const { return find(by_missions, m); }
    persons_deployed of(mission m) const { return of(mission_set{m}); }
    persons_deployed of(category_set c) const { return find(by_categories, c); }
    persons_deployed of(personnel_category c) const { return of(category_set{c}); }
    persons_deployed in(year y) const { return find(by_year, y); }

private:
    template <class Map, class Key>
    static persons_deployed find(const Map& map, const Key& key) {
        auto it = map.find(key);
        return it == map.end() ? persons_deployed{} : it->second;
    }
};

// Persons deployed by the end of month `through`.
inline flow_summary deployments_through(std::span<const ledger_entry> entries, month through) {
    flow_summary out;
    out.through = through;
    for (const auto& e : entries) {
        if (e.kind == entry_kind::detail) continue;  // its aggregate counts its people
        if (e.kind == entry_kind::aggregate && e.departed.first() <= through && through < e.departed.last()) {
            out.straddling += e.deployed();
            continue;
        }
        if (e.counted_from() > through) continue;
        const persons_deployed sent = e.deployed();
        out.total += sent;
        if (e.kind == entry_kind::aggregate) out.from_aggregates += sent;
        out.by_roles[e.roles] += sent;
        out.by_missions[e.missions] += sent;
        out.by_categories[e.categories] += sent;
        if (e.departed.first().year() == e.departed.last().year())
            out.by_year[e.departed.first().year()] += sent;
        else
            out.without_year += sent;
        out.missions = out.missions | e.missions;
    }
    return out;
}

// One rotation of a unit: the rows sharing a role, mission and rotation number (an advance
// party and the main body; a group that came home later).
struct rotation_summary {
    role_set roles;
    mission_set missions;
    std::uint8_t number = 0;
    month departed;                  // the first of its rows to leave
    std::optional<month> returned;   // the last of its rows to come home; nullopt while any is deployed
    persons_deployed size;
    std::string label;               // the first row's label
};

// The rotations that had departed (at least in part) by the end of `through`, in order of
// role, mission and number. Individuals (rotation 0) are not rotations.
inline std::vector<rotation_summary> rotations_through(std::span<const ledger_entry> entries, month through) {
    std::map<std::tuple<role_set, mission_set, std::uint8_t>, rotation_summary> found;
    for (const auto& e : entries) {
        if (e.rotation == 0 || e.kind != entry_kind::deployment || e.departed.first() > through) continue;
        auto [it, inserted] = found.try_emplace({e.roles, e.missions, e.rotation});
        auto& r = it->second;
        if (inserted) {
            r = {e.roles, e.missions, e.rotation, e.departed.first(), e.returned, {}, e.label};
        } else {
            if (e.departed.first() < r.departed) r.departed = e.departed.first();
            if (!e.returned || !r.returned)
                r.returned = std::nullopt;
            else if (*r.returned < *e.returned)
                r.returned = e.returned;
        }
        r.size += e.deployed();
    }
    std::vector<rotation_summary> out;
    out.reserve(found.size());
    for (auto& [key, r] : found) out.push_back(std::move(r));
    return out;
}

}  // namespace pk
