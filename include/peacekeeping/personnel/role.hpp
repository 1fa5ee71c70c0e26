#pragma once
// pk::role: what national statements call the people they send, and the UN category each
// belongs to (DOMAIN.md §1, "Mapping national role descriptions to UN types").
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

#include <peacekeeping/detail/ascii.hpp>
#include <peacekeeping/personnel/category.hpp>

namespace pk {

enum class role : std::uint8_t {
    military_observer,    // UNMO
    liaison_officer,      // military liaison officer: observer rules apply [S12]
    military_adviser,     // posted as an expert on mission
    staff_officer,        // force HQ posts, CIMIC, training, intelligence...
    medical_unit,         // level-2 field hospital and other medical contingents
    engineering_unit,     // sappers, construction companies
    infantry,             // battalions
    aviation_unit,
    logistics_unit,
    signals_unit,
    individual_police,    // police officer seconded individually
    formed_police_unit,   // a national police peacekeeping unit once deployed
};

constexpr personnel_category category_of(role r) noexcept {
    switch (r) {
        case role::military_observer:
        case role::liaison_officer:
        case role::military_adviser: return personnel_category::experts_on_mission;
        case role::staff_officer: return personnel_category::staff_officers;
        case role::medical_unit:
        case role::engineering_unit:
        case role::infantry:
        case role::aviation_unit:
        case role::logistics_unit:
        case role::signals_unit: return personnel_category::troops;
        case role::individual_police: return personnel_category::individual_police;
        case role::formed_police_unit: return personnel_category::formed_police_units;
    }
    return personnel_category::unreported;
}

// A unit rotates as a whole; individuals come and go one by one.
constexpr bool is_formed_unit(role r) noexcept {
    auto c = category_of(r);
    return c == personnel_category::troops || c == personnel_category::formed_police_units;
}

constexpr std::string_view name(role r) noexcept {
    switch (r) {
        case role::military_observer: return "military observer";
        case role::liaison_officer: return "liaison officer";
        case role::military_adviser: return "military adviser";
        case role::staff_officer: return "staff officer";
        case role::medical_unit: return "medical unit";
        case role::engineering_unit: return "engineering unit";
        case role::infantry: return "infantry";
        case role::aviation_unit: return "aviation unit";
        case role::logistics_unit: return "logistics unit";
        case role::signals_unit: return "signals unit";
        case role::individual_police: return "individual police";
        case role::formed_police_unit: return "formed police unit";
    }
    return "";
}

namespace detail {
struct role_wording {
    std::string_view wording;
    role r;
};
// Wordings of national statements and press reports (DOMAIN.md §1 and §6).
inline constexpr role_wording role_wordings[] = {
    {"military observer", role::military_observer},
    {"UNMO", role::military_observer},
    {"observer", role::military_observer},
    {"liaison officer", role::liaison_officer},
    {"military liaison officer", role::liaison_officer},
    {"military adviser", role::military_adviser},
    {"military advisor", role::military_adviser},
    {"staff officer", role::staff_officer},
    {"CIMIC officer", role::staff_officer},
    {"medical unit", role::medical_unit},
    {"level-2 field hospital", role::medical_unit},
    {"level 2 field hospital", role::medical_unit},
    {"field hospital", role::medical_unit},
    {"medical staff", role::medical_unit},
    {"engineering unit", role::engineering_unit},
    {"engineer", role::engineering_unit},
    {"engineers", role::engineering_unit},
    {"sapper", role::engineering_unit},
    {"sappers", role::engineering_unit},
    {"construction company", role::engineering_unit},
    {"infantry", role::infantry},
    {"infantry battalion", role::infantry},
    {"aviation unit", role::aviation_unit},
    {"logistics unit", role::logistics_unit},
    {"signals unit", role::signals_unit},
    {"individual police", role::individual_police},
    {"police officer", role::individual_police},
    {"formed police unit", role::formed_police_unit},
    {"police peacekeeping unit", role::formed_police_unit},
};
}  // namespace detail

constexpr std::optional<role> parse_role(std::string_view wording) noexcept {
    for (const auto& entry : detail::role_wordings)
        if (detail::same_label(wording, entry.wording)) return entry.r;
    return std::nullopt;
}

template <class CharT, class Traits>
std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, role r) {
    return os << name(r);
}

}  // namespace pk
