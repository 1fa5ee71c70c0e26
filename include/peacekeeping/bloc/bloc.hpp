#pragma once
// pk::bloc: a named group of countries whose membership changes over time (ASEAN, the African
// Union, the European Union, or a group a user defines).
//
// Membership is kept per month because contributions are month-end stocks: a country counts
// in a bloc for a month when it was a member on that month's last day. Viet Nam joined ASEAN
// on 28 July 1995, so its July 1995 figures count for ASEAN; the United Kingdom left the EU
// at the end of 31 January 2020, so its January 2020 figures still count for the EU and its
// February 2020 ones do not.
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

// One period of one country's membership. A country that left and came back has two.
struct bloc_membership {
    pk::country country;
    pk::month first;                // the first month-end at which it was a member
    std::optional<pk::month> last;  // the last such month-end; nullopt while it is a member
    std::string source;             // where the dates come from (a citation, or FILE:LINE)

    constexpr bool covers(pk::month m) const noexcept { return first <= m && (!last || m <= *last); }

    friend bool operator==(const bloc_membership&, const bloc_membership&) = default;
};

class bloc {
public:
    // Names are short labels printed as group keys ("ASEAN"); longer ones are refused by the
    // reader, so a key's text never needs the heap.
    static constexpr std::size_t max_name_size = 64;

    bloc() = default;
    explicit bloc(std::string name, std::vector<bloc_membership> members = {})
        : name_{std::move(name)}, members_{std::move(members)} {}

    [[nodiscard]] std::string_view name() const noexcept { return name_; }
    [[nodiscard]] const std::vector<bloc_membership>& memberships() const noexcept { return members_; }
    void add(bloc_membership membership) { members_.push_back(std::move(membership)); }

    // Was `c` a member at the end of month `m`?
    [[nodiscard]] bool is_member(pk::country c, pk::month m) const noexcept {
        for (const auto& membership : members_)
            if (membership.country == c && membership.covers(m)) return true;
        return false;
    }
    // Was `c` ever a member?
    [[nodiscard]] bool has_member(pk::country c) const noexcept {
        for (const auto& membership : members_)
            if (membership.country == c) return true;
        return false;
    }
    // The members at the end of month `m`, each once, in code order.
    [[nodiscard]] std::vector<pk::country> members_at(pk::month m) const {
        std::vector<pk::country> out;
        for (const auto& membership : members_)
            if (membership.covers(m)) out.push_back(membership.country);
        sort_unique(out);
        return out;
    }

    friend bool operator==(const bloc&, const bloc&) = default;

private:
    static void sort_unique(std::vector<pk::country>& countries) {
        // Insertion sort: a bloc has at most a few dozen members, and <algorithm> is not needed.
        for (std::size_t i = 1; i < countries.size(); ++i)
            for (std::size_t j = i; j > 0 && countries[j] < countries[j - 1]; --j) std::swap(countries[j], countries[j - 1]);
        std::size_t kept = 0;
        for (std::size_t i = 0; i < countries.size(); ++i)
            if (kept == 0 || countries[kept - 1] != countries[i]) countries[kept++] = countries[i];
        countries.resize(kept);
    }

    std::string name_;
    std::vector<bloc_membership> members_;
};

// The bloc called `name` (exact, then ASCII case-insensitive), or nullptr.
[[nodiscard]] inline const bloc* find_bloc(const std::vector<bloc>& blocs, std::string_view name) noexcept {
    for (const auto& b : blocs)
        if (b.name() == name) return &b;
    auto lower = [](char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; };
    for (const auto& b : blocs) {
        const std::string_view candidate = b.name();
        if (candidate.size() != name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; same && i < name.size(); ++i) same = lower(candidate[i]) == lower(name[i]);
        if (same) return &b;
    }
    return nullptr;
}

}  // namespace pk
