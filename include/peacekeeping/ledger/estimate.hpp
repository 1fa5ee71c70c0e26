#pragma once
// pk::estimate_deployments: people sent, estimated from UN month-end strengths alone.
//
// Deployments are not observable from snapshots (a 63-for-63 rotation leaves the stock
// unchanged), so this is an estimate with its assumption attached, never a count: its type,
// pk::deployment_estimate, has no conversion to pk::persons_deployed. The formula is
// DOMAIN.md §3's: in steady state arrivals per month ~= S / T, so
//
//     deployments(t0..t1) ~= S(t0) + PM(t0..t1) / T
//
// per UN category, where S(t0) is the strength at the month-end before the period (people
// already there, whose tours the period touches), PM the person-months of the period, and T
// the tour length in months. What it estimates: tours that touched the period. From a period
// that starts before a country's first deployment, S(t0) = 0 and it is the national "sent
// since" figure.
//
// Bounds, from a range of tour lengths [shortest, longest] per category. Every tour puts at
// most `longest` person-months into the period, so at least PM / longest tours did; and at
// least the S(t0) people present at its start and the S(t1) at its end. A tour entirely inside
// the period puts in at least `shortest`; the others were present at its start or at its end.
// Hence
//     low  = max(PM / longest, S(t0), S(t1))
//     high = S(t0) + S(t1) + PM / shortest
// which holds whatever the rotation pattern, if the tour range is right (the central value
// lags by up to one rotation: a unit that has just arrived counts whole but has added almost
// no person-months).
//
// Months the data do not cover are unknown, not zero (dataset.hpp): PM is the covered months'
// sum scaled to the whole period (their average strength times its length), and the result
// says how many months were covered.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

// How long one person's tour lasts, in month-ends present. Precondition:
// 0 < shortest <= typical <= longest.
struct tour_length {
    months shortest{12};
    months typical{12};
    months longest{12};
    friend constexpr bool operator==(tour_length, tour_length) noexcept = default;
};

// A tour length per UN category.
class tour_lengths {
public:
    // 12 months for every category: the usual assumption, which no UN policy text found in
    // DOMAIN.md's sources fixes (UNCONFIRMED, §3).
    constexpr tour_lengths() noexcept = default;

    // Viet Nam's observed tours (DOMAIN.md §3 and §6): individual officers one year [V29];
    // level-2 field hospital rotations 12 to 17 months, engineering rotations 12 to 15; so
    // formed units 12 (typical) within 12..17. Unreported categories take the widest range.
    static constexpr tour_lengths viet_nam_observed() noexcept {
        tour_lengths t;
        const tour_length units{months{12}, months{12}, months{17}};
        t.set(personnel_category::troops, units);
        t.set(personnel_category::formed_police_units, units);
        t.set(personnel_category::unreported, units);
        return t;
    }

    constexpr void set(personnel_category c, tour_length t) noexcept { by_category_[static_cast<std::size_t>(c)] = t; }
    constexpr tour_length of(personnel_category c) const noexcept { return by_category_[static_cast<std::size_t>(c)]; }

private:
    std::array<tour_length, personnel_category_count> by_category_{};
};

// One category's part of an estimate.
struct category_estimate {
    personnel_category category = personnel_category::unreported;
    tour_length tour;
    strength opening;               // S(t0): at the month-end before the period
    strength closing;               // S(t1): at the period's last covered month
    person_months reported;         // over the covered months of the period
    double person_months_scaled = 0; // `reported` scaled to every month of the period
    double low = 0;
    double central = 0;
    double high = 0;
};

// People sent over a period, estimated from month-end strengths: an estimate with bounds and
// its assumption, not a count. There is deliberately no conversion to persons_deployed.
class deployment_estimate {
public:
    pk::country country;
    std::optional<pk::mission> mission;  // nullopt: every mission
    month_range period;
    month opening_month;                 // the month S(t0) was read at
    bool opening_reported = false;       // false: no covered month before the period, S(t0) taken as 0
    std::size_t covered_months = 0;      // of period.size()
    std::vector<category_estimate> parts;  // categories with people in the period or at its start

    double low() const noexcept { return sum(&category_estimate::low); }
    double central() const noexcept { return sum(&category_estimate::central); }
    double high() const noexcept { return sum(&category_estimate::high); }

    // "about 231 deployments (163 to 294), estimated from month-end strengths: not a count".
    // Bounds are rounded outwards, the central value to the nearest person.
    std::string text() const {
        std::string out = "about " + whole(std::round(central())) + " deployments (" + whole(std::floor(low())) +
                          " to " + whole(std::ceil(high())) + "), estimated from month-end strengths: not a count";
        return out;
    }

    // The assumption, stated in full: formula, data coverage and tour lengths.
    std::string assumption() const {
        std::string out = "deployments ~= S(t0) + PM/T per UN category (DOMAIN.md 3): S(t0) = strength at ";
        out += opening_month.text().view();
        out += opening_reported ? "" : " (no data before the period: taken as 0)";
        out += ", PM = person-months over ";
        out += period.text().view();
        out += " (" + std::to_string(covered_months) + " of " + std::to_string(period.size()) +
               " months reported; missing months at the reported average), T = tour length:";
        for (const auto& p : parts) {
            out += ' ';
            out += name(p.category);
            out += ' ' + std::to_string(p.tour.typical.count()) + " months (" + std::to_string(p.tour.shortest.count()) +
                   " to " + std::to_string(p.tour.longest.count()) + ");";
        }
        out += " low = max(PM/longest, S(t0), S(t1)), high = S(t0) + S(t1) + PM/shortest";
        return out;
    }

private:
    double sum(double category_estimate::*member) const noexcept {
        double total = 0;
        for (const auto& p : parts) total += p.*member;
        return total;
    }
    static std::string whole(double v) { return std::to_string(static_cast<long long>(v)); }
};

// Estimates the deployments of `who` (in `where`, or every mission) over `period` from the
// month-end strengths in `data`.
inline deployment_estimate estimate_deployments(const dataset& data, country who, month_range period,
                                                const tour_lengths& tours = tour_lengths{},
                                                std::optional<mission> where = std::nullopt) {
    deployment_estimate out;
    out.country = who;
    out.mission = where;
    out.period = period;

    // S(t0): the month-end before the period, or the latest covered one before it.
    const month before = period.first() - months{1};
    out.opening_month = before;
    for (const auto& c : data.covered_months()) {
        if (c.month > before) break;
        out.opening_month = c.month;
        out.opening_reported = true;
    }
    std::optional<month> last_covered;
    for (const auto& c : data.covered_months()) {
        if (!period.contains(c.month)) continue;
        ++out.covered_months;
        last_covered = c.month;
    }

    // Per category: S at the opening and closing months, and PM over the covered months.
    struct sums {
        std::int64_t opening = 0, closing = 0, person_months = 0;
        bool seen = false;
    };
    std::array<sums, personnel_category_count> by_category{};
    for (const auto& row : data) {
        if (row.country != who || (where && row.mission != *where)) continue;
        const bool opening = out.opening_reported && row.month == out.opening_month;
        const bool inside = period.contains(row.month) && data.covers(row.month);
        if (!opening && !inside) continue;
        auto& s = by_category[static_cast<std::size_t>(row.category)];
        const std::int64_t people = row.total().people();
        s.seen = s.seen || people != 0;
        if (opening) s.opening += people;
        if (inside) s.person_months += people;
        if (inside && row.month == last_covered) s.closing += people;
    }

    const double scale = out.covered_months == 0
                             ? 0.0
                             : static_cast<double>(period.size()) / static_cast<double>(out.covered_months);
    for (std::size_t i = 0; i < personnel_category_count; ++i) {
        const auto& s = by_category[i];
        if (!s.seen) continue;
        category_estimate part;
        part.category = static_cast<personnel_category>(i);
        part.tour = tours.of(part.category);
        part.opening = strength{s.opening};
        part.closing = strength{s.closing};
        part.reported = person_months{s.person_months};
        part.person_months_scaled = static_cast<double>(s.person_months) * scale;
        const auto per = [&](months t) { return part.person_months_scaled / static_cast<double>(t.count()); };
        const auto opening = static_cast<double>(s.opening);
        const auto closing = static_cast<double>(s.closing);
        part.low = std::max({per(part.tour.longest), opening, closing});
        part.high = opening + closing + per(part.tour.shortest);
        // The steady-state formula lags a unit that arrives near the end of the period (it has
        // few person-months yet), and can fall below what the bounds prove: keep it inside them.
        part.central = std::clamp(opening + per(part.tour.typical), part.low, part.high);
        out.parts.push_back(part);
    }
    return out;
}

}  // namespace pk
