#pragma once
// The female share of each UGPS category per year, held against the UN Uniformed Gender Parity
// Strategy 2018-2028 targets (DOMAIN.md §4).
//
// DPO scores four categories: military contingents (Troops), individual military officers
// (Experts on Mission and Staff Officers together [S3][S16]), formed police units and individual
// police. Before DPO split staff officers out (about 2017), sources count them inside Troops,
// so the military categories of older data are not the strategy's.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string_view>
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/aggregate/filter.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

enum class parity_category : std::uint8_t {
    military_contingents,  // Troops
    individual_military,   // Experts on Mission + Staff Officers
    formed_police_units,   // Formed Police Units
    individual_police,     // Individual Police
};
inline constexpr parity_category all_parity_categories[] = {
    parity_category::military_contingents, parity_category::individual_military,
    parity_category::formed_police_units, parity_category::individual_police};

constexpr std::string_view name(parity_category c) noexcept {
    switch (c) {
        case parity_category::military_contingents: return "Military contingents";
        case parity_category::individual_military: return "Individual military (EoM + Staff Officers)";
        case parity_category::formed_police_units: return "Formed Police Units";
        case parity_category::individual_police: return "Individual Police";
    }
    return {};
}

// The strategy category a personnel category is scored in; none for `unreported`.
constexpr std::optional<parity_category> parity_category_of(personnel_category c) noexcept {
    switch (c) {
        case personnel_category::troops: return parity_category::military_contingents;
        case personnel_category::staff_officers:
        case personnel_category::experts_on_mission: return parity_category::individual_military;
        case personnel_category::formed_police_units: return parity_category::formed_police_units;
        case personnel_category::individual_police: return parity_category::individual_police;
        case personnel_category::unreported: break;
    }
    return std::nullopt;
}

enum class target_status : std::uint8_t {
    confirmed,    // bold in DOMAIN.md §4: read in a cited source
    unconfirmed,  // plain in DOMAIN.md §4: inferred (+1 point a year) or from a weak source
};

struct parity_target {
    parity_category category;
    pk::year year;
    int percent;  // the target share of women, in percent
    target_status status;
    std::string_view source;
};

// DOMAIN.md §4, cell by cell. Cells DOMAIN.md gives as '?' are absent; so are the
// individual-military cells of 2018-2020, which it writes "15?", "16?", "17?" (a guess it marks
// unknown). Do not extend this table without a source.
inline constexpr parity_target gender_parity_targets[] = {
    {parity_category::military_contingents, year{2021}, 8, target_status::confirmed, "[S3] DPO target achievers"},
    {parity_category::military_contingents, year{2022}, 9, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::military_contingents, year{2023}, 10, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::military_contingents, year{2024}, 11, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::military_contingents, year{2025}, 12, target_status::confirmed, "[S6] SIPRI 2025 summary"},
    {parity_category::military_contingents, year{2026}, 13, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::military_contingents, year{2027}, 14, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::military_contingents, year{2028}, 15, target_status::confirmed, "[S5] elsiefund.org"},

    {parity_category::individual_military, year{2021}, 18, target_status::confirmed, "[S3] DPO target achievers"},
    {parity_category::individual_military, year{2022}, 19, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::individual_military, year{2023}, 20, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::individual_military, year{2024}, 21, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::individual_military, year{2025}, 22, target_status::confirmed, "[S6] SIPRI 2025 summary"},
    {parity_category::individual_military, year{2026}, 23, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::individual_military, year{2027}, 24, target_status::unconfirmed, "inferred: +1 point a year"},
    {parity_category::individual_military, year{2028}, 25, target_status::confirmed, "[S5] elsiefund.org"},

    {parity_category::formed_police_units, year{2022}, 12, target_status::confirmed, "[S4] police.un.org (UNSOM)"},
    {parity_category::formed_police_units, year{2025}, 15, target_status::unconfirmed, "[S6] press summary of SIPRI (weak)"},
    {parity_category::formed_police_units, year{2028}, 20, target_status::confirmed, "[S5] elsiefund.org"},

    {parity_category::individual_police, year{2028}, 30, target_status::confirmed, "[S5] elsiefund.org"},
};

constexpr std::optional<parity_target> parity_target_for(parity_category c, pk::year y) noexcept {
    for (const auto& t : gender_parity_targets)
        if (t.category == c && t.year == y) return t;
    return std::nullopt;
}

// One category in one year: the female share against the target.
struct parity_assessment {
    parity_category category;
    pk::year year;
    pk::female_share share;
    std::optional<parity_target> target;  // none: the strategy's table has no (known) target

    // Target minus share, in percentage points: > 0 is how far short, <= 0 is on target.
    // nullopt without a target or without anyone counted.
    std::optional<double> gap_points() const noexcept {
        const auto percent = share.percent();
        if (!target || !percent) return std::nullopt;
        return static_cast<double>(target->percent) - *percent;
    }
    // The share reached the target. False when either is unknown.
    bool on_target() const noexcept {
        const auto gap = gap_points();
        return gap && *gap <= 0.0;
    }
};

// Female share per strategy category per year of the data (the filter applies, e.g. one
// country), each with its target. Rows without a category (rank snapshots) are in no category.
// Ordered by year, then category.
[[nodiscard]] inline std::vector<parity_assessment> gender_parity(const dataset& data, contribution_filter filter = {}) {
    const group_key keys[] = {group_key::year, group_key::category};
    group_options options;
    options.filter = std::move(filter);
    const grouping by_year = group(data, keys, options);

    std::vector<parity_assessment> out;
    for (const group_row& row : by_year.rows()) {
        const auto category = parity_category_of(row.key(1).category());
        if (!category) continue;
        const pk::year y = row.key(0).year();
        parity_assessment* entry = nullptr;
        for (auto& existing : out)
            if (existing.year == y && existing.category == *category) entry = &existing;
        if (entry == nullptr) {
            out.push_back({*category, y, {}, parity_target_for(*category, y)});
            entry = &out.back();
        }
        // Staff officers and experts of one year share its months: adding them is exact.
        entry->share = entry->share + row.female_share;
    }
    std::sort(out.begin(), out.end(), [](const parity_assessment& a, const parity_assessment& b) {
        return a.year != b.year ? a.year < b.year : a.category < b.category;
    });
    return out;
}

}  // namespace pk
