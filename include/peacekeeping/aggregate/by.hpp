#pragma once
// The compile-time form of pk::group: keys are tags, results are keyed by a typed std::tuple.
//
//   auto by_country_year = pk::group(data, pk::by::country, pk::by::year);
//   std::map<std::tuple<pk::country, pk::year>, pk::person_months> pm = by_country_year.person_months();
//   pk::monthly_average vnm_2014 = by_country_year.average_strength().at({pk::country{"VNM"}, pk::year{2014}});
//
// The tags only name a group_key and the type of its values; the grouping itself is the
// run-time engine of group.hpp, so both forms count the same rows the same way.
#include <concepts>
#include <cstddef>
#include <map>
#include <string_view>
#include <tuple>
#include <utility>  // std::index_sequence
#include <vector>

#include <boost/hana/for_each.hpp>
#include <boost/hana/tuple.hpp>

#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/group_key.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/country/m49.hpp>

namespace pk {

// A key tag: which key, and how its value reads as a typed value.
template <class T>
concept group_key_tag = requires(const key_value& v) {
    { T::key } -> std::convertible_to<group_key>;
    typename T::value_type;
    { T::value(v) } -> std::same_as<typename T::value_type>;
};

namespace by {
struct year_key {
    static constexpr group_key key = group_key::year;
    using value_type = pk::year;
    static constexpr value_type value(const key_value& v) noexcept { return v.year(); }
};
struct month_key {
    static constexpr group_key key = group_key::month;
    using value_type = pk::month;
    static constexpr value_type value(const key_value& v) noexcept { return v.month(); }
};
struct country_key {
    static constexpr group_key key = group_key::country;
    using value_type = pk::country;
    static constexpr value_type value(const key_value& v) noexcept { return v.country(); }
};
struct mission_key {
    static constexpr group_key key = group_key::mission;
    using value_type = pk::mission;
    static constexpr value_type value(const key_value& v) noexcept { return v.mission(); }
};
// Valued by the latest mission of the lineage.
struct lineage_key {
    static constexpr group_key key = group_key::lineage;
    using value_type = pk::mission;
    static constexpr value_type value(const key_value& v) noexcept { return v.mission(); }
};
struct category_key {
    static constexpr group_key key = group_key::category;
    using value_type = personnel_category;
    static constexpr value_type value(const key_value& v) noexcept { return v.category(); }
};
struct branch_key {
    static constexpr group_key key = group_key::branch;
    using value_type = pk::branch;
    static constexpr value_type value(const key_value& v) noexcept { return v.branch(); }
};
struct gender_key {
    static constexpr group_key key = group_key::gender;
    using value_type = pk::gender;
    static constexpr value_type value(const key_value& v) noexcept { return v.gender(); }
};
struct region_key {
    static constexpr group_key key = group_key::region;
    using value_type = m49_area;
    static constexpr value_type value(const key_value& v) noexcept { return v.area(); }
};
struct subregion_key {
    static constexpr group_key key = group_key::subregion;
    using value_type = m49_area;
    static constexpr value_type value(const key_value& v) noexcept { return v.area(); }
};
// Valued by the bloc's name, which refers to the bloc definitions (keep them alive).
struct bloc_key {
    static constexpr group_key key = group_key::bloc;
    using value_type = std::string_view;
    static constexpr value_type value(const key_value& v) noexcept { return v.bloc_name(); }
};

inline constexpr year_key year{};
inline constexpr month_key month{};
inline constexpr country_key country{};
inline constexpr mission_key mission{};
inline constexpr lineage_key lineage{};
inline constexpr category_key category{};
inline constexpr branch_key branch{};
inline constexpr gender_key gender{};
inline constexpr region_key region{};
inline constexpr subregion_key subregion{};
inline constexpr bloc_key bloc{};
}  // namespace by

template <group_key_tag... Tags>
class typed_grouping {
public:
    using key_type = std::tuple<typename Tags::value_type...>;

    explicit typed_grouping(grouping untyped) : untyped_{std::move(untyped)} {}

    // The run-time result: every measure of every group, in key order.
    const grouping& untyped() const noexcept { return untyped_; }

    [[nodiscard]] static key_type key_of(const group_row& row) { return key_of(row, std::index_sequence_for<Tags...>{}); }

    [[nodiscard]] std::map<key_type, pk::person_months> person_months() const {
        return collect([](const group_row& r) { return r.person_months; });
    }
    [[nodiscard]] std::map<key_type, monthly_average> average_strength() const {
        return collect([](const group_row& r) { return r.average; });
    }
    [[nodiscard]] std::map<key_type, strength> peak() const {
        return collect([](const group_row& r) { return r.peak; });
    }
    [[nodiscard]] std::map<key_type, strength> year_end() const {
        return collect([](const group_row& r) { return r.year_end; });
    }
    [[nodiscard]] std::map<key_type, pk::female_share> female_share() const {
        return collect([](const group_row& r) { return r.female_share; });
    }
    // Every measure of each group.
    [[nodiscard]] std::map<key_type, group_row> rows() const {
        return collect([](const group_row& r) { return r; });
    }

private:
    template <std::size_t... I>
    static key_type key_of(const group_row& row, std::index_sequence<I...>) {
        return key_type{Tags::value(row.key(I))...};
    }
    template <class Measure>
    auto collect(Measure measure_of) const {
        std::map<key_type, decltype(measure_of(std::declval<const group_row&>()))> out;
        for (const group_row& row : untyped_.rows()) out.emplace_hint(out.end(), key_of(row), measure_of(row));
        return out;
    }

    grouping untyped_;
};

namespace detail {
template <class... Tags>
consteval bool keys_are_distinct() {
    const group_key keys[] = {Tags::key..., group_key::year};  // one extra: never an empty array
    for (std::size_t i = 0; i < sizeof...(Tags); ++i)
        for (std::size_t j = i + 1; j < sizeof...(Tags); ++j)
            if (keys[i] == keys[j]) return false;
    return true;
}

template <class... Tags>
std::vector<group_key> keys_of(boost::hana::tuple<Tags...> tags) {
    std::vector<group_key> keys;
    boost::hana::for_each(tags, [&](auto tag) { keys.push_back(decltype(tag)::key); });
    return keys;
}
}  // namespace detail

// pk::group(data, pk::by::country, pk::by::year): grouped by the tags' keys, in that order.
template <group_key_tag... Tags>
[[nodiscard]] typed_grouping<Tags...> group(const dataset& data, const group_options& options, Tags...) {
    static_assert(detail::keys_are_distinct<Tags...>(), "pk::group: a key is given twice");
    const std::vector<group_key> keys = detail::keys_of(boost::hana::tuple<Tags...>{});
    return typed_grouping<Tags...>{group(data, std::span<const group_key>{keys}, options)};
}
template <group_key_tag... Tags>
[[nodiscard]] typed_grouping<Tags...> group(const dataset& data, Tags... tags) {
    return group(data, group_options{}, tags...);
}

}  // namespace pk
