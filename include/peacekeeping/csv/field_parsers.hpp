#pragma once
// Field parsers: text in, a typed value or what was expected out. They know nothing of files,
// lines or columns; the row loop adds those (the layering of STYLE.md "CSV errors").
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/suggest.hpp>
#include <peacekeeping/detail/ascii.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/mission/suggest.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk::csv {

inline constexpr std::string_view expected_count = "a count (a whole number from 0 to 65535)";
inline constexpr std::string_view expected_date =
    "a date like 2013-12-31, 31-Dec-20, 30/11/2020 or 2020-11";
inline constexpr std::string_view expected_category =
    "a personnel type (Troops, Staff Officer, Experts on Mission, Individual Police, Formed Police Units)";

// IPI's 2014 files end some text fields with a stray apostrophe ("South Sudan'", "VNM'");
// a real name never ends with one.
constexpr std::string_view without_stray_apostrophe(std::string_view text) noexcept {
    while (!text.empty() && text.back() == '\'') text.remove_suffix(1);
    return text;
}

// A head count: digits only, at most 65535 (a contribution's 16-bit cells).
constexpr std::optional<std::uint16_t> parse_count(std::string_view text) noexcept {
    if (text.empty() || text.size() > 5) return std::nullopt;
    std::uint32_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint32_t>(c - '0');
    }
    if (value > 65535) return std::nullopt;
    return static_cast<std::uint16_t>(value);
}

// A larger non-negative whole number (totals, ranks, M49 codes).
constexpr std::optional<std::uint32_t> parse_whole_number(std::string_view text) noexcept {
    if (text.empty() || text.size() > 9) return std::nullopt;
    std::uint32_t value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + static_cast<std::uint32_t>(c - '0');
    }
    return value;
}

// "a known ISO 3166-1 alpha-3 code (closest: VNM, VUT, MNE)"
inline std::string expected_country_code(std::string_view found) {
    std::string out = "an ISO 3166-1 alpha-3 country code";
    auto closest = closest_country_codes(found, 3);
    if (!closest.empty()) {
        out += " (closest: ";
        for (std::size_t i = 0; i < closest.size(); ++i) {
            if (i) out += ", ";
            out += closest[i].code();
        }
        out += ")";
    }
    return out;
}

inline std::string expected_mission_acronym(std::string_view found) {
    std::string out = "a known mission acronym";
    auto closest = closest_mission_acronyms(found, 3);
    if (!closest.empty()) {
        out += " (closest: ";
        for (std::size_t i = 0; i < closest.size(); ++i) {
            if (i) out += ", ";
            out += closest[i].acronym();
        }
        out += ")";
    }
    return out;
}

}  // namespace pk::csv
