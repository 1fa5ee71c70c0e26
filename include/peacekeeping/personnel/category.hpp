#pragma once
// pk::personnel_category: the UN's five categories of uniformed personnel, and pk::branch.
//
// Military = troops + staff officers + experts on mission; police = individual police +
// formed police units (DPO "Common Terms", DOMAIN.md §1). `unreported` is for sources that
// give a total with no category (the UN rank snapshots): kept, never guessed.
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

#include <peacekeeping/detail/ascii.hpp>

namespace pk {

enum class personnel_category : std::uint8_t {
    troops,               // contingent troops: battalions, engineers, field hospitals, aviation...
    staff_officers,       // individual posts in force HQ; counted inside troops before 2017-05
    experts_on_mission,   // military observers, liaison officers, military advisers (UNMEM)
    individual_police,    // police officers seconded one by one (IPO)
    formed_police_units,  // cohesive armed police units (FPU)
    unreported,           // the source gives no category
};
inline constexpr std::size_t personnel_category_count = 6;

enum class branch : std::uint8_t { military, police, unreported };

constexpr branch branch_of(personnel_category c) noexcept {
    switch (c) {
        case personnel_category::troops:
        case personnel_category::staff_officers:
        case personnel_category::experts_on_mission: return branch::military;
        case personnel_category::individual_police:
        case personnel_category::formed_police_units: return branch::police;
        case personnel_category::unreported: break;
    }
    return branch::unreported;
}

// The UN's names, as DPO's data and pk-report print them.
constexpr std::string_view name(personnel_category c) noexcept {
    switch (c) {
        case personnel_category::troops: return "Troops";
        case personnel_category::staff_officers: return "Staff Officers";
        case personnel_category::experts_on_mission: return "Experts on Mission";
        case personnel_category::individual_police: return "Individual Police";
        case personnel_category::formed_police_units: return "Formed Police Units";
        case personnel_category::unreported: break;
    }
    return "unreported";
}

constexpr std::string_view name(branch b) noexcept {
    return b == branch::military ? "military" : b == branch::police ? "police" : "unreported";
}

namespace detail {
struct category_label {
    std::string_view label;
    personnel_category category;
};
// Every label met in the sources, by era (DOMAIN.md §1, data/README.txt, MANIFEST.txt).
inline constexpr category_label category_labels[] = {
    // UN DPO open data and SSRS reports (2021-): exact Personnel_Type values.
    {"Troops", personnel_category::troops},
    {"Staff Officer", personnel_category::staff_officers},
    {"Experts on Mission", personnel_category::experts_on_mission},
    {"Individual Police", personnel_category::individual_police},
    {"Formed Police Units", personnel_category::formed_police_units},
    // Our own printed names.
    {"Staff Officers", personnel_category::staff_officers},
    // UN monthly PDFs 2015-2019: "Contingent Troop(s)", "Post" labels, short lower-case labels.
    {"Contingent Troop", personnel_category::troops},
    {"Contingent Troops", personnel_category::troops},
    {"contingent", personnel_category::troops},
    {"Troop", personnel_category::troops},
    {"experts", personnel_category::experts_on_mission},
    {"Expert on Mission", personnel_category::experts_on_mission},
    {"UNMEM", personnel_category::experts_on_mission},
    {"staff", personnel_category::staff_officers},
    {"MSO", personnel_category::staff_officers},
    {"Ind Police", personnel_category::individual_police},
    {"police", personnel_category::individual_police},
    {"UNPOL", personnel_category::individual_police},
    {"IPO", personnel_category::individual_police},
    {"Individual Police Officers", personnel_category::individual_police},
    {"Formed Police Unit", personnel_category::formed_police_units},
    {"FPU", personnel_category::formed_police_units},
    // Older sources: IPI's "Observers" and the early PDFs' "Military Observer" are experts.
    {"Military Observer", personnel_category::experts_on_mission},
    {"Military Observers", personnel_category::experts_on_mission},
    {"Observers", personnel_category::experts_on_mission},
    {"UNMO", personnel_category::experts_on_mission},
};
}  // namespace detail

// A label from any source, case-insensitive, '_' or '-' for spaces. "Civilian Police" (IPI's
// Civilian_Police, pre-2010 reports) means individual + formed police together: not one
// category, so it is not accepted here (the caller must split it or report it). The bare
// "police" is accepted as individual police: it is the short label of the 2019-2020 UN reports
// (MANIFEST.txt layout F), which list "fpu" beside it; a pre-2010 source whose "Police" is
// both kinds must not be read through this function.
constexpr std::optional<personnel_category> parse_personnel_category(std::string_view label) noexcept {
    for (const auto& entry : detail::category_labels)
        if (detail::same_label(label, entry.label)) return entry.category;
    return std::nullopt;
}

constexpr std::optional<branch> parse_branch(std::string_view text) noexcept {
    if (detail::same_label(text, "military")) return branch::military;
    if (detail::same_label(text, "police")) return branch::police;
    return std::nullopt;
}

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, personnel_category c) {
    return os << name(c);
}
template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, branch b) {
    return os << name(b);
}

}  // namespace pk
