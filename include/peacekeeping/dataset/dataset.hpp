#pragma once
// pk::dataset: contributions together with the months their sources covered.
//
// A month no source covers is unknown, not zero: averages leave it out. A covered month in
// which a group has no row is a real zero (the UN omits zero rows). And a covered month may
// not tell everything: the UN reports of 2018-03..2019-08 give no mission, the Sep-2023 one no
// gender split; month_coverage says so, and the measures use it.
#include <cstddef>
#include <optional>
#include <span>
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/detail/sort.hpp>
#include <peacekeeping/detail/trivial_vector.hpp>
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

// Members that grow, sort or compare the vectors are templates whose parameter defaults to
// the vector's own type, and they reach the vector through it. Their bodies then depend on
// the parameter, so the sort, vector::insert and the like are instantiated only in programs
// that call them, not in every file that includes this header (clang -ftime-trace: about
// 80 ms less for the umbrella). Callers see ordinary members: data.sort(), data.add(row), a == b.
// The sort is detail::sort, not std::sort: <algorithm> alone costs every includer 35-40 ms.
class dataset {
public:
    // The rows' vector: std::vector's interface, except that resize() does not zero the rows
    // it adds and shrink_to_fit() gives the unused tail back, without moving the rows under
    // glibc. detail/trivial_vector.hpp says why: a reader sizes it for every row of a file,
    // fills its parts on several threads, and then keeps exactly 12 bytes a row (issue 11).
    // Rows a reader does not fill are cut off before anyone reads them.
    using row_vector = detail::trivial_vector<contribution>;

private:
    using rows_type = row_vector;
    using months_type = std::vector<covered_month>;

public:
    dataset() = default;
    // These rows, covering no month yet (cover() says which): how a reader hands over the
    // vector it filled, without a copy.
    explicit dataset(row_vector rows) noexcept : rows_{std::move(rows)} {}
    // The same from any other vector of rows, copied. (A template, as the members below.)
    template <class Allocator>
    explicit dataset(const std::vector<contribution, Allocator>& rows) : rows_(rows.begin(), rows.end()) {}

    template <class Rows = rows_type>
    void reserve(std::size_t rows) { static_cast<Rows&>(rows_).reserve(rows); }
    template <class Rows = rows_type>
    void add(const contribution& c) { static_cast<Rows&>(rows_).push_back(c); }

    // Marks a month as reported by a source. Covering a month twice keeps what both tell.
    template <class Months = months_type>
    void cover(month m, month_coverage what = {}) {
        Months& months = months_;
        const std::size_t i = first_not_before(m);
        if (i != months.size() && months[i].month == m)
            months[i].coverage = months[i].coverage & what;
        else
            months.insert(months.begin() + static_cast<std::ptrdiff_t>(i), covered_month{m, what});
    }

    // Gives back what the vectors reserved beyond their elements: the rows' tail in place
    // where realloc shrinks in place (glibc: no row is copied); the covered months' by a
    // copy (a few bytes a month). A reader calls it when it is done, so a dataset read from a
    // file holds 12 bytes a row. Like std::vector's, it may invalidate spans of the rows.
    template <class Months = months_type>
    void shrink_to_fit() {
        rows_.shrink_to_fit();
        static_cast<Months&>(months_).shrink_to_fit();
    }

    // Spans made from pointer and size: the range constructor costs every includer ~20 ms.
    // Templates like the members above: even the pointer constructor's concept checks cost
    // 4-5 ms per element type (clang -ftime-trace), paid only by programs that call these.
    template <class Row = contribution>
    std::span<const Row> contributions() const noexcept { return {rows_.data(), rows_.size()}; }
    template <class Row = contribution>
    std::span<Row> contributions() noexcept { return {rows_.data(), rows_.size()}; }
    std::size_t size() const noexcept { return rows_.size(); }
    bool empty() const noexcept { return rows_.empty(); }
    auto begin() const noexcept { return rows_.begin(); }
    auto end() const noexcept { return rows_.end(); }

    // Covered months in order.
    template <class Month = covered_month>
    std::span<const Month> covered_months() const noexcept { return {months_.data(), months_.size()}; }
    bool covers(month m) const noexcept {
        const std::size_t i = first_not_before(m);
        return i != months_.size() && months_[i].month == m;
    }
    template <class Coverage = month_coverage>
    std::optional<Coverage> coverage(month m) const noexcept {
        const std::size_t i = first_not_before(m);
        if (i == months_.size() || months_[i].month != m) return std::nullopt;
        return months_[i].coverage;
    }
    // First to last covered month; nullopt for a dataset that covers nothing.
    std::optional<month_range> period() const noexcept {
        if (months_.empty()) return std::nullopt;
        return month_range{months_.front().month, months_.back().month};
    }
    // How many months of `range` a source covers.
    std::size_t covered_count(month_range range) const noexcept {
        return first_after(range.last()) - first_not_before(range.first());
    }

    // Adds another source's rows and months.
    template <class Rows = rows_type>
    void merge(const dataset& other) {
        Rows& rows = rows_;
        rows.insert(rows.end(), other.rows_.begin(), other.rows_.end());
        for (const auto& c : other.months_) cover<months_type>(c.month, c.coverage);
    }
    // The same, taking the other's rows when this dataset has none: reading one file into an
    // empty dataset then costs no copy of the rows (and no second copy at the peak).
    template <class Rows = rows_type>
    void merge(dataset&& other) {
        if (rows_.empty() && months_.empty()) {
            *this = std::move(other);
            return;
        }
        merge<Rows>(static_cast<const dataset&>(other));
    }

    // Rows in the record's order (month, country, mission, category): what writers emit.
    template <class Rows = rows_type>
    void sort() {
        Rows& rows = rows_;
        detail::sort(rows.data(), rows.data() + rows.size());
    }

    // Same rows (in any order) and same coverage.
    template <class Rows = rows_type>
    friend bool operator==(const dataset& a, const dataset& b) {
        if (a.months_ != b.months_ || a.rows_.size() != b.rows_.size()) return false;
        Rows x = a.rows_;
        Rows y = b.rows_;
        detail::sort(x.data(), x.data() + x.size());
        detail::sort(y.data(), y.data() + y.size());
        return x == y;
    }

private:
    // The index of the first covered month not before `m` (binary search; months_ is sorted).
    std::size_t first_not_before(month m) const noexcept {
        std::size_t low = 0, high = months_.size();
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (months_[mid].month < m) low = mid + 1; else high = mid;
        }
        return low;
    }
    // The index of the first covered month after `m` (no month + 1: `m` may be the last month
    // a pk::month holds).
    std::size_t first_after(month m) const noexcept {
        std::size_t low = 0, high = months_.size();
        while (low < high) {
            const std::size_t mid = low + (high - low) / 2;
            if (!(m < months_[mid].month)) low = mid + 1; else high = mid;
        }
        return low;
    }

    row_vector rows_;
    std::vector<covered_month> months_;  // sorted by month
};

}  // namespace pk
