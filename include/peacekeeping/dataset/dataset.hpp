#pragma once
// pk::dataset: contributions together with the months their sources covered.
//
// A month no source covers is unknown, not zero: averages leave it out. A covered month in
// which a group has no row is a real zero (the UN omits zero rows). And a covered month may
// not tell everything: the UN reports of 2018-03..2019-08 give no mission, the Sep-2023 one no
// gender split; month_coverage says so, and the measures use it.
#include <algorithm>
#include <cstddef>
#include <optional>
#include <span>
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/record/contribution.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

// What a covered month's source tells.
struct month_coverage {
    bool missions = true;    // rows name their mission
    bool genders = true;     // rows split female and male
    bool categories = true;  // rows name their personnel category

    // Two sources of one month tell together only what both tell.
    friend constexpr month_coverage operator&(month_coverage a, month_coverage b) noexcept {
        return {a.missions && b.missions, a.genders && b.genders, a.categories && b.categories};
    }
    friend constexpr bool operator==(month_coverage, month_coverage) noexcept = default;
};

struct covered_month {
    pk::month month;
    month_coverage coverage;
    friend constexpr bool operator==(const covered_month&, const covered_month&) noexcept = default;
};

class dataset {
public:
    dataset() = default;
    // These rows, covering no month yet (cover() says which): how a reader hands over the
    // vector it filled, without a copy.
    explicit dataset(std::vector<contribution> rows) noexcept : rows_{std::move(rows)} {}

    void reserve(std::size_t rows) { rows_.reserve(rows); }
    void add(const contribution& c) { rows_.push_back(c); }

    // Marks a month as reported by a source. Covering a month twice keeps what both tell.
    void cover(month m, month_coverage what = {}) {
        auto it = std::lower_bound(months_.begin(), months_.end(), m,
                                   [](const covered_month& c, month value) { return c.month < value; });
        if (it != months_.end() && it->month == m)
            it->coverage = it->coverage & what;
        else
            months_.insert(it, covered_month{m, what});
    }

    std::span<const contribution> contributions() const noexcept { return rows_; }
    std::span<contribution> contributions() noexcept { return rows_; }
    std::size_t size() const noexcept { return rows_.size(); }
    bool empty() const noexcept { return rows_.empty(); }
    auto begin() const noexcept { return rows_.begin(); }
    auto end() const noexcept { return rows_.end(); }

    // Covered months in order.
    std::span<const covered_month> covered_months() const noexcept { return months_; }
    bool covers(month m) const noexcept { return coverage(m).has_value(); }
    std::optional<month_coverage> coverage(month m) const noexcept {
        auto it = std::lower_bound(months_.begin(), months_.end(), m,
                                   [](const covered_month& c, month value) { return c.month < value; });
        if (it == months_.end() || it->month != m) return std::nullopt;
        return it->coverage;
    }
    // First to last covered month; nullopt for a dataset that covers nothing.
    std::optional<month_range> period() const noexcept {
        if (months_.empty()) return std::nullopt;
        return month_range{months_.front().month, months_.back().month};
    }
    // How many months of `range` a source covers.
    std::size_t covered_count(month_range range) const noexcept {
        auto first = std::lower_bound(months_.begin(), months_.end(), range.first(),
                                      [](const covered_month& c, month value) { return c.month < value; });
        auto last = std::upper_bound(months_.begin(), months_.end(), range.last(),
                                     [](month value, const covered_month& c) { return value < c.month; });
        return static_cast<std::size_t>(last - first);
    }

    // Adds another source's rows and months.
    void merge(const dataset& other) {
        rows_.insert(rows_.end(), other.rows_.begin(), other.rows_.end());
        for (const auto& c : other.months_) cover(c.month, c.coverage);
    }
    // The same, taking the other's rows when this dataset has none: reading one file into an
    // empty dataset then costs no copy of the rows (and no second copy at the peak).
    void merge(dataset&& other) {
        if (rows_.empty() && months_.empty()) {
            *this = std::move(other);
            return;
        }
        merge(static_cast<const dataset&>(other));
    }

    // Rows in the record's order (month, country, mission, category): what writers emit.
    void sort() { std::sort(rows_.begin(), rows_.end()); }

    // Same rows (in any order) and same coverage.
    friend bool operator==(const dataset& a, const dataset& b) {
        if (a.months_ != b.months_ || a.rows_.size() != b.rows_.size()) return false;
        auto x = a.rows_;
        auto y = b.rows_;
        std::sort(x.begin(), x.end());
        std::sort(y.begin(), y.end());
        return x == y;
    }

private:
    std::vector<contribution> rows_;
    std::vector<covered_month> months_;  // sorted by month
};

}  // namespace pk
