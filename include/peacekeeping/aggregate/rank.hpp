#pragma once
// Rankings as the UN publishes them: by strength at one month, largest first, ties sharing a
// rank and the next rank skipping ("1, 2, 2, 4": standard competition ranking), as in DPO's
// "Contributions by rank of T/PCC" (Personnel_Contribution_Rank: 15, 15, 17).
#include <algorithm>
#include <cstddef>
#include <span>
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/aggregate/filter.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

// The competition rank of each value (largest = 1), in the values' own order:
// {5, 7, 7, 1} -> {3, 1, 1, 4}. A rank is 1 + how many values are strictly larger.
template <class T>
[[nodiscard]] std::vector<std::size_t> competition_ranks(std::span<const T> values) {
    std::vector<std::size_t> order(values.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return values[b] < values[a]; });
    std::vector<std::size_t> ranks(values.size());
    for (std::size_t position = 0; position < order.size(); ++position) {
        const bool tied = position > 0 && !(values[order[position - 1]] < values[order[position]]) &&
                          !(values[order[position]] < values[order[position - 1]]);
        ranks[order[position]] = tied ? ranks[order[position - 1]] : position + 1;
    }
    return ranks;
}
template <class T>
[[nodiscard]] std::vector<std::size_t> competition_ranks(const std::vector<T>& values) {
    return competition_ranks(std::span<const T>{values});
}

struct contributor_rank {
    std::size_t rank = 0;
    pk::country country;
    pk::strength strength;
    friend bool operator==(const contributor_rank&, const contributor_rank&) = default;
};

// Contributors ranked by their strength at month `m` (all missions and categories the filter
// keeps), in rank order and then by code. A country is ranked when it has a row that month,
// even a row of zero people: DPO's Jan-2022 file ranks Papua New Guinea 122nd with 0.
// Empty when no source covers `m`.
[[nodiscard]] inline std::vector<contributor_rank> rank_contributors(const dataset& data, month m,
                                                                     contribution_filter filter = {}) {
    filter.months = filter.months ? intersection(*filter.months, month_range{m, m}) : month_range{m, m};
    std::vector<contributor_rank> out;
    if (!filter.months) return out;
    const group_key keys[] = {group_key::country};
    group_options options;
    options.filter = std::move(filter);
    const grouping by_country = group(data, keys, options);
    for (const group_row& row : by_country.rows())
        out.push_back({0, row.key(0).country(), row.year_end});
    std::vector<std::int64_t> strengths;
    strengths.reserve(out.size());
    for (const auto& c : out) strengths.push_back(c.strength.people());
    const auto ranks = competition_ranks(strengths);
    for (std::size_t i = 0; i < out.size(); ++i) out[i].rank = ranks[i];
    std::stable_sort(out.begin(), out.end(), [](const contributor_rank& a, const contributor_rank& b) { return a.rank < b.rank; });
    return out;
}

}  // namespace pk
