#pragma once
// pk::group_key and pk::key_value: the keys a grouping chooses at run time (pk-report's --by),
// and one group's value of one key, printed exactly as pk-report writes it.
//
//   year 2013 | month 2013-12 | country VNM | mission UNMISS, or "unreported" when the source
//   gives none | lineage MONUSCO (the latest acronym of the chain) | category Troops |
//   branch military | gender female | region Asia | subregion South-eastern Asia | bloc ASEAN
#include <array>
#include <compare>
#include <cstddef>
#include <cstdint>
#include <iosfwd>
#include <optional>
#include <string_view>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/m49.hpp>
#include <peacekeeping/detail/fixed_text.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/personnel/gender.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

enum class group_key : std::uint8_t {
    year,       // the calendar year of the month
    month,      // the reporting month
    country,    // the contributor
    mission,    // as in the data; mission::unreported() when the source gives none
    lineage,    // the latest mission of the mission's chain of successors (MONUC -> MONUSCO)
    category,   // the UN personnel category
    branch,     // military or police
    gender,     // splits each row into its female and male parts
    region,     // the contributor's M49 region
    subregion,  // the contributor's M49 sub-region
    bloc,       // each bloc the contributor belonged to that month
};
inline constexpr std::size_t group_key_count = 11;

inline constexpr std::array<group_key, group_key_count> all_group_keys = {
    group_key::year,     group_key::month,  group_key::country, group_key::mission,
    group_key::lineage,  group_key::category, group_key::branch, group_key::gender,
    group_key::region,   group_key::subregion, group_key::bloc};

// The key's name on pk-report's command line and in its csv header.
constexpr std::string_view name(group_key k) noexcept {
    switch (k) {
        case group_key::year: return "year";
        case group_key::month: return "month";
        case group_key::country: return "country";
        case group_key::mission: return "mission";
        case group_key::lineage: return "lineage";
        case group_key::category: return "category";
        case group_key::branch: return "branch";
        case group_key::gender: return "gender";
        case group_key::region: return "region";
        case group_key::subregion: return "subregion";
        case group_key::bloc: return "bloc";
    }
    return {};
}

// "year", "country"... exactly as name() writes them (lower case).
constexpr std::optional<group_key> parse_group_key(std::string_view text) noexcept {
    for (group_key k : all_group_keys)
        if (name(k) == text) return k;
    return std::nullopt;
}

// Year and month come from the month alone: they choose the periods a grouping measures over.
constexpr bool is_time_key(group_key k) noexcept { return k == group_key::year || k == group_key::month; }

// One group's value of one key. Small and regular; a bloc value refers to the bloc's name,
// so the bloc definitions given to the grouping must outlive it (standard_blocs() always do).
class key_value {
public:
    constexpr key_value() noexcept = default;

    static constexpr key_value of(pk::year y) noexcept { return {group_key::year, y.value()}; }
    static constexpr key_value of(pk::month m) noexcept { return {group_key::month, m.index()}; }
    static constexpr key_value of(pk::country c) noexcept { return {group_key::country, c.index()}; }
    static constexpr key_value of(pk::mission m) noexcept { return {group_key::mission, m.index()}; }
    static constexpr key_value lineage_of(pk::mission m) noexcept { return {group_key::lineage, m.lineage().index()}; }
    static constexpr key_value of(personnel_category c) noexcept { return {group_key::category, static_cast<std::int32_t>(c)}; }
    static constexpr key_value of(pk::branch b) noexcept { return {group_key::branch, static_cast<std::int32_t>(b)}; }
    static constexpr key_value of(pk::gender g) noexcept { return {group_key::gender, static_cast<std::int32_t>(g)}; }
    static constexpr key_value region_of(m49_area a) noexcept { return {group_key::region, a.code()}; }
    static constexpr key_value subregion_of(m49_area a) noexcept { return {group_key::subregion, a.code()}; }
    // `name` must outlive the value (a pk::bloc's name).
    // Precondition: the name is shorter than 2^31 bytes.
    static constexpr key_value bloc_named(std::string_view bloc_name) noexcept {
        key_value v{group_key::bloc, static_cast<std::int32_t>(bloc_name.size())};
        v.bloc_text_ = bloc_name.data();
        return v;
    }
    // The value of key `k` held in a grouping's compact code (see aggregate/group.hpp).
    static constexpr key_value from_code(group_key k, std::int32_t code) noexcept { return {k, code}; }

    constexpr group_key key() const noexcept { return key_; }

    // Typed views. Precondition: key() is the accessor's key (mission() also serves lineage,
    // area() region and subregion).
    constexpr pk::year year() const noexcept { return pk::year{code_}; }
    constexpr pk::month month() const noexcept { return pk::month::from_index(code_); }
    constexpr pk::country country() const noexcept { return pk::country::from_index(static_cast<std::uint8_t>(code_)); }
    // The mission (for a lineage key: the latest mission of the lineage).
    constexpr pk::mission mission() const noexcept { return pk::mission::from_index(static_cast<std::uint8_t>(code_)); }
    constexpr personnel_category category() const noexcept { return static_cast<personnel_category>(code_); }
    constexpr pk::branch branch() const noexcept { return static_cast<pk::branch>(code_); }
    constexpr pk::gender gender() const noexcept { return static_cast<pk::gender>(code_); }
    // A region or subregion key's area.
    constexpr m49_area area() const noexcept { return m49_area::from_code(static_cast<unsigned>(code_)).value_or(m49_area{}); }
    constexpr std::string_view bloc_name() const noexcept {
        return key_ == group_key::bloc ? std::string_view{bloc_text_, static_cast<std::size_t>(code_)} : std::string_view{};
    }

    // The text pk-report writes; see the table at the top of this file.
    constexpr detail::fixed_text<80> text() const noexcept {
        detail::fixed_text<80> out;
        switch (key_) {
            case group_key::year: out.append(year().text().view()); break;
            case group_key::month: out.append(month().text().view()); break;
            case group_key::country: out.append(country().code()); break;
            case group_key::mission:
            case group_key::lineage:
                out.append(mission().is_reported() ? mission().acronym() : std::string_view{"unreported"});
                break;
            case group_key::category: out.append(name(category())); break;
            case group_key::branch: out.append(name(branch())); break;
            case group_key::gender: out.append(name(gender())); break;
            case group_key::region:
            case group_key::subregion: out.append(area().has_value() ? area().name() : std::string_view{"unreported"}); break;
            case group_key::bloc: out.append(bloc_name()); break;
        }
        return out;
    }

    friend constexpr bool operator==(const key_value& a, const key_value& b) noexcept {
        return a.key_ == b.key_ && a.code_ == b.code_ && a.bloc_name() == b.bloc_name();
    }
    // Values of one key order as people expect: years and months in time, countries and
    // missions by code (the catalogues are sorted), categories in the UN's order, areas and
    // blocs by name.
    friend constexpr std::strong_ordering operator<=>(const key_value& a, const key_value& b) noexcept {
        if (a.key_ != b.key_) return a.key_ <=> b.key_;
        switch (a.key_) {
            case group_key::region:
            case group_key::subregion: return compare_text(a.area().name(), b.area().name(), a.code_, b.code_);
            case group_key::bloc: return compare_text(a.bloc_name(), b.bloc_name(), 0, 0);
            default: return a.code_ <=> b.code_;
        }
    }

    template <class CharT, class Traits>
    friend std::basic_ostream<CharT, Traits>& operator<<(std::basic_ostream<CharT, Traits>& os, const key_value& v) {
        return os << v.text().view();
    }

private:
    constexpr key_value(group_key k, std::int32_t code) noexcept : code_{code}, key_{k} {}
    static constexpr std::strong_ordering compare_text(std::string_view a, std::string_view b, std::int32_t tie_a,
                                                       std::int32_t tie_b) noexcept {
        const int c = a.compare(b);
        if (c != 0) return c < 0 ? std::strong_ordering::less : std::strong_ordering::greater;
        return tie_a <=> tie_b;
    }

    // 16 bytes, not the 24 a string_view member made: a result row holds eleven of these, and
    // writing a 140,000-row result was mostly page faults on its 50 MB (issue 11). A bloc's
    // name is its first character and, in code_, its length.
    const char* bloc_text_ = nullptr;
    std::int32_t code_ = 0;  // year, month index, country/mission index, enumerator, M49 code; a bloc name's length
    group_key key_ = group_key::year;
};

}  // namespace pk
