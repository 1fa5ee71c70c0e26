#pragma once
// pk::group: contributions grouped by keys chosen at run time, with every measure of
// measure.hpp for each group and period. The compile-time form (aggregate/by.hpp) calls this
// engine too, so the two can never disagree.
//
//   pk::grouping g = pk::group(data, {pk::group_key::country, pk::group_key::year});
//   for (const pk::group_row& row : g.rows())
//       std::cout << row.key(0) << ' ' << row.key(1) << ' ' << row.value(pk::measure::peak) << '\n';
//
// How keys split rows:
//   - year and month choose the periods: with a month key each covered month is a period, with
//     a year key each year, with neither the whole filtered span (filter.months, else all
//     covered months). Averages divide by the covered months of the period.
//   - gender splits each row into its female and its male part. People whose gender the source
//     does not give (gender_unreported) go to neither part, so grouping by gender loses them.
//   - bloc counts a row once in every bloc its country was a member of in the row's month, and
//     not at all when the country was in none: bloc groups need not add up to the total.
//   - every other key puts each row in exactly one group; rows without a mission or category
//     in their source are grouped under "unreported", never dropped.
// Rows dated in a month that no source covers are not counted (a month's figures mean nothing
// without knowing the month was reported); grouping::uncovered_rows() says how many.
//
// Speed: one pass over the rows, no allocation per row. A row's group is a mixed-radix number
// built from three table look-ups (by country, by mission, by category); groups index a dense
// table when all key combinations fit in 2^20 slots, an open-addressing hash map otherwise.
// Each group owns a dense run of cells, one per month from the first to the last counted
// month. Memory grows per new group, never per row.
#include <array>
#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>  // std::memset: the cells
#include <limits>
#include <optional>
#include <span>
#include <string_view>
#include <type_traits>  // std::conditional_t, std::is_same_v
#include <utility>  // std::move
#include <vector>

#include <peacekeeping/aggregate/filter.hpp>
#include <peacekeeping/aggregate/group_key.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/bloc/standard_blocs.hpp>
#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/detail/cache_line_allocator.hpp>
#include <peacekeeping/detail/parallel.hpp>
#include <peacekeeping/detail/prefault.hpp>
#include <peacekeeping/detail/prefetch.hpp>
#include <peacekeeping/detail/sort.hpp>
#include <peacekeeping/detail/uninitialized_allocator.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

namespace detail {
template <class Grouping>
class basic_grouping_engine;
}

struct group_options {
    contribution_filter filter;
    // The blocs for bloc keys and the bloc filter; empty: standard_blocs(). Results refer to
    // their names, so they must outlive the grouping.
    std::span<const bloc> blocs;
    // Threads for the passes over the rows; 0: one per core from 2^18 rows on, one below. At
    // most 64. The result does not depend on it.
    std::size_t threads = 0;
};

// One group over one period, with all its measures.
class group_row {
public:
    // The key values, in the order the keys were given.
    std::span<const key_value> keys() const noexcept { return {keys_.data(), key_count_}; }
    const key_value& key(std::size_t i) const noexcept {
        assert(i < key_count_);
        return keys_[i];
    }

    month_range period;               // the period measured: a month, a year, or the filtered span
    pk::person_months person_months;  // sum of strength over the covered months of the period
    monthly_average average;          // person_months / covered months, with the month count
    pk::strength peak;                // largest strength over the covered months
    pk::strength year_end;            // strength at the last covered month of the period
    pk::month year_end_month;         // ... which is this month (December, or say why not)
    pk::female_share female_share;    // over the covered months that split genders
    std::int64_t source_rows = 0;     // how many data rows went into the group (a row counts once per bloc)

    measure_value value(measure m) const noexcept {
        switch (m) {
            case measure::average: return measure_value::fraction(m, average.strength.people());
            case measure::total: return measure_value::count(m, person_months.value());
            case measure::peak: return measure_value::count(m, peak.people());
            case measure::year_end: return measure_value::count(m, year_end.people());
            case measure::female: return measure_value::fraction(m, female_share.fraction());
        }
        return {};
    }

    void push_key(key_value v) noexcept {
        assert(key_count_ < keys_.size());
        keys_[key_count_++] = v;
    }

private:
    std::array<key_value, group_key_count> keys_{};  // inline: an output row never allocates
    std::size_t key_count_ = 0;
};

class grouping {
public:
    grouping() = default;

    std::span<const group_key> keys() const noexcept { return keys_; }
    // One row per group and period that at least one data row went into, sorted by the keys
    // (in the order they were given). A group with rows of zero people is kept, with zeros.
    const std::vector<group_row>& rows() const& noexcept { return rows_; }
    std::vector<group_row>& rows() & noexcept { return rows_; }
    // From a temporary, the rows move out: `for (auto& r : pk::group(...).rows())` is safe.
    std::vector<group_row> rows() && noexcept { return std::move(rows_); }
    // Data rows counted (each once, whatever the bloc key does), and rows left out because no
    // source covers their month.
    std::size_t counted_rows() const noexcept { return counted_rows_; }
    std::size_t uncovered_rows() const noexcept { return uncovered_rows_; }
    // The covered months in the filtered span.
    std::size_t covered_months() const noexcept { return covered_months_; }

private:
    template <class>
    friend class detail::basic_grouping_engine;
    std::vector<group_key> keys_;
    std::vector<group_row> rows_;
    std::size_t counted_rows_ = 0;
    std::size_t uncovered_rows_ = 0;
    std::size_t covered_months_ = 0;
};

namespace detail {

// People in one group at one month, by gender, and the data rows that made them.
struct group_cell {
    std::int64_t female = 0;
    std::int64_t male = 0;
    std::int64_t gender_unreported = 0;
    std::int64_t rows = 0;
};

// Group code -> slot, for key combinations too many for a dense table. Open addressing with
// linear probing over a power-of-two table, grown when half full: amortised, per new group.
class slot_map {
public:
    static constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();

    explicit slot_map(std::size_t expected = 1024) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        codes_.assign(capacity, empty);
        slots_.assign(capacity, none);
    }
    // The slot of `code`, inserting `next_slot` if the code is new.
    std::uint32_t find_or_insert(std::uint64_t code, std::uint32_t next_slot) {
        std::size_t mask = codes_.size() - 1;
        std::size_t i = mix(code) & mask;
        while (true) {
            if (codes_[i] == code) return slots_[i];
            if (codes_[i] == empty) break;
            i = (i + 1) & mask;
        }
        codes_[i] = code;
        slots_[i] = next_slot;
        if (++size_ * 2 > codes_.size()) grow();
        return next_slot;
    }

    // The slot of a code inserted before.
    std::uint32_t find(std::uint64_t code) const noexcept {
        const std::size_t mask = codes_.size() - 1;
        std::size_t i = mix(code) & mask;
        while (codes_[i] != code && codes_[i] != empty) i = (i + 1) & mask;
        return codes_[i] == code ? slots_[i] : none;
    }
    template <class Visit>
    void for_each_code(Visit&& visit) const {
        for (std::uint64_t code : codes_)
            if (code != empty) visit(code);
    }

private:
    // Codes are sums of key indices times strides, never all ones.
    static constexpr std::uint64_t empty = std::numeric_limits<std::uint64_t>::max();
    static constexpr std::size_t mix(std::uint64_t x) noexcept {  // splitmix64's finaliser
        x ^= x >> 30;
        x *= 0xbf58476d1ce4e5b9ULL;
        x ^= x >> 27;
        x *= 0x94d049bb133111ebULL;
        x ^= x >> 31;
        return static_cast<std::size_t>(x);
    }
    void grow() {
        std::vector<std::uint64_t> old_codes(codes_.size() * 2, empty);
        std::vector<std::uint32_t> old_slots(slots_.size() * 2, none);
        old_codes.swap(codes_);
        old_slots.swap(slots_);
        const std::size_t mask = codes_.size() - 1;
        for (std::size_t j = 0; j < old_codes.size(); ++j) {
            if (old_codes[j] == empty) continue;
            std::size_t i = mix(old_codes[j]) & mask;
            while (codes_[i] != empty) i = (i + 1) & mask;
            codes_[i] = old_codes[j];
            slots_[i] = old_slots[j];
        }
    }
    std::vector<std::uint64_t> codes_;
    std::vector<std::uint32_t> slots_;
    std::size_t size_ = 0;
};

// A membership period as month indices, for the per-row look-up.
struct membership_span {
    std::uint32_t bloc;
    std::int32_t first;
    std::int32_t last;  // inclusive; INT32_MAX while ongoing
};

// Per-country membership spans in one flat array (compressed rows: spans of country c are
// spans[offsets[c] .. offsets[c + 1]]).
struct membership_index {
    std::vector<std::uint32_t> offsets;
    std::vector<membership_span> spans;

    membership_index(std::span<const bloc> blocs, const std::vector<std::uint8_t>& chosen) {
        std::vector<std::vector<membership_span>> by_country(country::count + 1);
        for (std::size_t b = 0; b < blocs.size(); ++b) {
            if (chosen[b] == 0) continue;
            for (const auto& m : blocs[b].memberships())
                by_country[m.country.index()].push_back(
                    {static_cast<std::uint32_t>(b), m.first.index(),
                     m.last ? m.last->index() : std::numeric_limits<std::int32_t>::max()});
        }
        offsets.push_back(0);
        for (const auto& list : by_country) {
            spans.insert(spans.end(), list.begin(), list.end());
            offsets.push_back(static_cast<std::uint32_t>(spans.size()));
        }
    }
    std::span<const membership_span> of(pk::country c) const noexcept {
        return {spans.data() + offsets[c.index()], spans.data() + offsets[c.index() + 1u]};
    }
    bool any_at(pk::country c, std::int32_t month_index) const noexcept {
        for (const auto& s : of(c))
            if (s.first <= month_index && month_index <= s.last) return true;
        return false;
    }
};

// A dense numbering of the M49 areas of one level (region or subregion) that countries use.
struct area_numbering {
    std::array<std::uint32_t, country::count + 1> of_country{};
    std::vector<std::uint16_t> codes;  // compact number -> M49 code (0: no area)

    explicit area_numbering(bool subregion) {
        for (std::size_t i = 0; i <= country::count; ++i) {
            const auto& info = country::from_index(static_cast<std::uint8_t>(i)).info();
            const std::uint16_t code = subregion ? info.subregion_code : info.region_code;
            std::size_t n = 0;
            while (n < codes.size() && codes[n] != code) ++n;
            if (n == codes.size()) codes.push_back(code);
            of_country[i] = static_cast<std::uint32_t>(n);
        }
    }
};

template <class Grouping>
class basic_grouping_engine {
    // Every vector and optional the engine uses is named through Grouping, so its bodies depend
    // on it and are instantiated only in programs that group, not in every file that includes
    // the umbrella header (issue 3: clang spent 85 ms of each such file's compile time on them).
    template <class T>
    using later = std::conditional_t<sizeof(Grouping*) != 0, T, T>;

public:
    basic_grouping_engine(const dataset& data, std::span<const group_key> keys, const group_options& options)
        : data_{data}, keys_{keys.begin(), keys.end()}, options_{options},
          blocs_{options.blocs.empty() ? std::span<const bloc>{standard_blocs()} : options.blocs} {}

    Grouping run() {
        Grouping out;
        set_keys(out);
        if (!choose_months()) {
            count_uncovered(out);
            return out;
        }
        set_covered_count(out);
        build_axes();
        build_filter();
        std::size_t threads = options_.threads;
        if (threads == 0) threads = data_.size() < parallel_rows ? 1 : pk::detail::available_cores();
        if (threads > max_threads) threads = max_threads;
        if (threads == 1 && combinations_ <= one_pass_groups) accumulate_in_one_pass(out);
        else if (combinations_ > one_pass_groups || !accumulate_in_stretches(out, threads))
            accumulate(survey_all(out, threads));
        measure_all(out, threads);
        return out;
    }

private:
    // --- months -------------------------------------------------------------------------
    // The counted months run densely from the first to the last covered month inside the
    // filter; coverage_ says for each whether it is covered and what its source tells: a
    // mission, a gender split, a category. A group that needs what a month does not tell (a
    // real mission's group in a month whose report names no mission; the female part in a
    // month with no gender split) leaves that month out: unknown, not zero.
    static constexpr std::uint8_t covered_bit = 1, genders_bit = 2, missions_bit = 4, categories_bit = 8;

    bool choose_months() {
        later<std::optional<std::int32_t>> first, last;
        for (const auto& c : data_.covered_months()) {
            if (options_.filter.months && !options_.filter.months->contains(c.month)) continue;
            if (!first) first = c.month.index();
            last = c.month.index();
        }
        if (!first) return false;
        first_month_ = *first;
        month_count_ = static_cast<std::size_t>(*last - *first + 1);
        coverage_.assign(month_count_, 0);
        for (const auto& c : data_.covered_months()) {
            const std::int32_t offset = c.month.index() - first_month_;
            if (offset < 0 || static_cast<std::size_t>(offset) >= month_count_) continue;
            if (options_.filter.months && !options_.filter.months->contains(c.month)) continue;
            coverage_[static_cast<std::size_t>(offset)] = static_cast<std::uint8_t>(
                covered_bit | (c.coverage.genders ? genders_bit : 0) | (c.coverage.missions ? missions_bit : 0) |
                (c.coverage.categories ? categories_bit : 0));
        }
        return true;
    }

    void set_keys(Grouping& out) const { out.keys_ = keys_; }
    void set_covered_count(Grouping& out) const {
        std::size_t n = 0;
        for (std::uint8_t c : coverage_) n += c != 0 ? 1 : 0;
        out.covered_months_ = n;
    }
    // Nothing is covered in the filtered span: every row in it is uncovered.
    void count_uncovered(Grouping& out) const {
        for (const contribution& row : data_.contributions())
            if (!options_.filter.months || options_.filter.months->contains(row.month)) ++out.uncovered_rows_;
    }

    // --- keys ---------------------------------------------------------------------------
    // Each non-time, non-gender key is a digit of the group code; a row's code is the sum of
    // three table entries (country-, mission- and category-derived digits), plus the bloc
    // digit per membership.
    void build_axes() {
        by_country_.assign(country::count + 1, 0);
        by_mission_.assign(mission::count, 0);
        by_category_.assign(personnel_category_count, 0);
        std::uint64_t stride = 1;
        for (group_key k : keys_) {
            switch (k) {
                case group_key::country:
                    for (std::size_t i = 0; i <= country::count; ++i) by_country_[i] += i * stride;
                    stride *= country::count + 1;
                    break;
                case group_key::region:
                case group_key::subregion: {
                    const area_numbering& areas = k == group_key::region ? regions() : subregions();
                    for (std::size_t i = 0; i <= country::count; ++i) by_country_[i] += areas.of_country[i] * stride;
                    stride *= areas.codes.size();
                    break;
                }
                case group_key::mission:
                    for (std::size_t i = 0; i < mission::count; ++i) by_mission_[i] += i * stride;
                    stride *= mission::count;
                    break;
                case group_key::lineage:
                    for (std::size_t i = 0; i < mission::count; ++i)
                        by_mission_[i] += mission::from_index(static_cast<std::uint8_t>(i)).lineage().index() * stride;
                    stride *= mission::count;
                    break;
                case group_key::category:
                    for (std::size_t i = 0; i < personnel_category_count; ++i) by_category_[i] += i * stride;
                    stride *= personnel_category_count;
                    break;
                case group_key::branch:
                    for (std::size_t i = 0; i < personnel_category_count; ++i)
                        by_category_[i] += static_cast<std::uint64_t>(branch_of(static_cast<personnel_category>(i))) * stride;
                    stride *= 3;
                    break;
                case group_key::bloc:
                    bloc_stride_ = stride;
                    stride *= blocs_.empty() ? 1 : blocs_.size();
                    break;
                case group_key::year:
                case group_key::month:
                case group_key::gender: break;
            }
            strides_.push_back(stride);
        }
        combinations_ = stride;
        if (has_key(group_key::bloc)) {
            later<std::vector<std::uint8_t>> all(blocs_.size(), 1);
            memberships_.emplace(blocs_, all);
        }
        if (combinations_ <= dense_limit) dense_slots_.assign(static_cast<std::size_t>(combinations_), slot_map::none);
        else sparse_slots_.emplace();
    }

    static const area_numbering& regions() {
        static const area_numbering numbering{false};
        return numbering;
    }
    static const area_numbering& subregions() {
        static const area_numbering numbering{true};
        return numbering;
    }

    bool has_key(group_key k) const noexcept { return position_of(k) != keys_.size(); }
    // (Loops here and below, not std::find or std::sort: <algorithm> costs every includer of
    // the umbrella header 35-40 ms of compile time, issue 3.)
    std::size_t position_of(group_key k) const noexcept {
        std::size_t i = 0;
        while (i < keys_.size() && keys_[i] != k) ++i;
        return i;
    }

    // --- filter -------------------------------------------------------------------------
    void build_filter() {
        const auto& f = options_.filter;
        allowed_country_.assign(country::count + 1, f.countries.empty() ? 1 : 0);
        for (country c : f.countries) allowed_country_[c.index()] = 1;
        allowed_mission_.assign(mission::count, f.missions.empty() ? 1 : 0);
        for (mission m : f.missions) allowed_mission_[m.index()] = 1;
        allowed_category_.assign(personnel_category_count, f.categories.empty() ? 1 : 0);
        for (personnel_category c : f.categories) allowed_category_[static_cast<std::size_t>(c)] = 1;
        // Keeping only real missions (or categories) needs months that name them.
        filter_needs_ = covered_bit;
        if (!f.missions.empty() && allowed_mission_[mission::unreported().index()] == 0) filter_needs_ |= missions_bit;
        if (!f.categories.empty() && allowed_category_[static_cast<std::size_t>(personnel_category::unreported)] == 0)
            filter_needs_ |= categories_bit;
        if (!f.blocs.empty()) {
            later<std::vector<std::uint8_t>> chosen(blocs_.size(), 0);
            for (std::size_t b = 0; b < blocs_.size(); ++b)
                for (const auto& wanted : f.blocs)
                    if (blocs_[b].name() == wanted) chosen[b] = 1;
            bloc_filter_.emplace(blocs_, chosen);
        }
    }

    // --- the passes over the rows -------------------------------------------------------
    // Two passes, each split over the cores (issue 11: one pass on one core took 150 ms for
    // 10 million rows, half of it in cache misses on cells):
    //   1. survey: which groups occur, how many rows each month adds, and the row counts;
    //   2. accumulate: each thread adds the rows of its own stretch of months into the cells.
    // Cells are laid out month by month (all groups of a month side by side), so threads never
    // write the same cells, and the rows of a month (files come in month order) touch one
    // small block of memory instead of a line in every group's block. On one thread with few
    // possible groups, accumulate_in_one_pass does it all in one pass.

    // Rows below this many are grouped on one thread: a thread costs more than it saves.
    static constexpr std::size_t parallel_rows = std::size_t{1} << 18;
    // Measuring reads a cell per group and month; from this many, the periods are shared out.
    static constexpr std::size_t parallel_visits = std::size_t{1} << 18;
    // Result rows below this many are made on one thread.
    static constexpr std::size_t parallel_rows_made = std::size_t{1} << 14;
    static constexpr std::size_t max_threads = 64;  // what run_in_parallel runs at once

    // The month offset of a row that is counted; -1 for a row filtered out or uncovered (and
    // then ++uncovered for the latter). Always inlined: in a call, every pass over the rows
    // took a third longer.
    [[gnu::always_inline]] std::int64_t counted_offset(const contribution& row, std::size_t& uncovered) const noexcept {
        const std::int64_t offset = std::int64_t{row.month.index()} - first_month_;
        // The counted window lies inside the filter's months, so a row outside it is either
        // filtered out or uncovered, and a row inside it on an uncovered month is uncovered.
        const bool in_window = offset >= 0 && static_cast<std::uint64_t>(offset) < month_count_;
        if (!in_window || coverage_[static_cast<std::size_t>(offset)] == 0) {
            if ((!options_.filter.months || options_.filter.months->contains(row.month)) && !data_.covers(row.month))
                ++uncovered;
            return -1;
        }
        if (allowed_country_[row.country.index()] == 0 || allowed_mission_[row.mission.index()] == 0 ||
            allowed_category_[static_cast<std::size_t>(row.category)] == 0)
            return -1;
        if (bloc_filter_ && !bloc_filter_->any_at(row.country, row.month.index())) return -1;
        return offset;
    }

    // Calls visit(code) for each group a counted row goes into: one, or one per bloc.
    template <class Visit>
    void for_each_code(const contribution& row, Visit&& visit) const {
        const std::uint64_t code = by_country_[row.country.index()] + by_mission_[row.mission.index()] +
                                   by_category_[static_cast<std::size_t>(row.category)];
        if (!memberships_) {
            visit(code);
            return;
        }
        for (const auto& s : memberships_->of(row.country))
            if (s.first <= row.month.index() && row.month.index() <= s.last) visit(code + s.bloc * bloc_stride_);
    }

    // What one thread's share of the rows showed in pass 1. Side by side in a vector, so each
    // on its own cache line: two threads writing one line slow each other down.
    struct alignas(64) survey_part {
        // Written for every row: on cache lines of their own (cache_line_allocator.hpp says why).
        later<std::vector<std::uint8_t, cache_line_allocator<std::uint8_t>>> seen;  // dense codes: 1 where a row went
        later<std::optional<slot_map>> seen_sparse;                                 // sparse codes
        later<std::vector<std::uint32_t, cache_line_allocator<std::uint32_t>>> codes_per_month;  // group entries per month offset
        std::size_t counted = 0, uncovered = 0;
        bool in_month_order = true;  // its rows' months never go down
        std::int32_t first_month = 0, last_month = 0;
    };

    void survey(std::span<const contribution> rows, survey_part& share) const {
        if (!dense_slots_.empty()) share.seen.assign(dense_slots_.size(), 0);
        else share.seen_sparse.emplace();
        share.codes_per_month.assign(month_count_, 0);
        // Counters in locals, not in `share`: the byte stores into `seen` may alias anything,
        // so the compiler would load and store them again for every row.
        std::uint8_t* const seen = share.seen.data();
        std::uint32_t* const per_month = share.codes_per_month.data();
        std::size_t counted = 0, uncovered = 0;
        bool in_month_order = true;
        std::int32_t last_month = rows.empty() ? 0 : rows.front().month.index();
        std::uint32_t next = 0;  // sparse: the map's own numbering, unused
        for (const contribution& row : rows) {
            if (row.month.index() < last_month) in_month_order = false;
            last_month = row.month.index();
            const std::int64_t at = counted_offset(row, uncovered);
            if (at < 0) continue;
            ++counted;
            for_each_code(row, [&](std::uint64_t code) {
                ++per_month[at];
                if (seen != nullptr) seen[code] = 1;
                else if (share.seen_sparse->find_or_insert(code, next) == next) ++next;
            });
        }
        share.counted = counted;
        share.uncovered = uncovered;
        share.in_month_order = in_month_order;
        share.first_month = rows.empty() ? 0 : rows.front().month.index();
        share.last_month = last_month;
    }

    // Pass 1 on every core, then the groups numbered: dense ones in the order of their codes.
    later<std::vector<survey_part>> survey_all(Grouping& out, std::size_t threads) {
        const auto rows = data_.contributions();
        later<std::vector<survey_part>> parts(threads);
        auto survey_one = [&](std::size_t k) {
            survey(rows.subspan(rows.size() / threads * k, k + 1 == threads ? rows.size() - rows.size() / threads * k
                                                                                : rows.size() / threads),
                   parts[k]);
        };
        pk::detail::run_in_parallel(threads, survey_one);
        for (const survey_part& share : parts) {
            out.counted_rows_ += share.counted;
            out.uncovered_rows_ += share.uncovered;
        }
        if (!dense_slots_.empty()) {
            for (std::size_t code = 0; code < dense_slots_.size(); ++code) {
                bool seen = false;
                for (const survey_part& share : parts) seen = seen || share.seen[code] != 0;
                if (!seen) continue;
                dense_slots_[code] = static_cast<std::uint32_t>(slot_codes_.size());
                slot_codes_.push_back(code);
            }
        } else {
            for (const survey_part& share : parts)
                share.seen_sparse->for_each_code([&](std::uint64_t code) {
                    const auto next = static_cast<std::uint32_t>(slot_codes_.size());
                    if (sparse_slots_->find_or_insert(code, next) == next) slot_codes_.push_back(code);
                });
        }
        return parts;
    }

    // Pass 2: the months cut into one stretch per thread with about as many rows each.
    void accumulate(const later<std::vector<survey_part>>& parts) {
        const std::size_t threads = parts.size();
        slot_count_ = slot_codes_.size();
        // Sized, not zeroed: each thread zeroes the cells of its own months before adding to
        // them (zeroing 57 MB of cells on one thread took 45 ms of a 280 ms grouping of 10
        // million rows by country and year, page faults included).
        cells_.clear();
        cells_.resize(month_count_ * slot_count_);
        std::uint64_t total = 0;
        for (const survey_part& share : parts)
            for (std::uint32_t n : share.codes_per_month) total += n;
        later<std::vector<std::size_t>> cuts{0};  // thread k adds months [cuts[k], cuts[k + 1])
        std::uint64_t running = 0;
        for (std::size_t i = 0; i < month_count_ && cuts.size() < threads; ++i) {
            for (const survey_part& share : parts) running += share.codes_per_month[i];
            if (running * threads >= total * cuts.size()) cuts.push_back(i + 1);
        }
        while (cuts.size() <= threads) cuts.push_back(month_count_);
        // Rows in month order (every share in order, and each share after the one before): each
        // thread finds its rows by binary search; otherwise each looks at every row.
        bool in_month_order = true;
        for (std::size_t k = 0; k < threads; ++k)
            in_month_order = in_month_order && parts[k].in_month_order &&
                             (k == 0 || parts[k - 1].last_month <= parts[k].first_month);
        const auto rows = data_.contributions();
        auto add_one = [&](std::size_t k) {
            const std::size_t from = cuts[k], to = cuts[k + 1];
            std::size_t begin = 0, end = rows.size();
            if (in_month_order) {
                begin = first_row_from(rows, first_month_ + static_cast<std::int32_t>(from));
                end = first_row_from(rows, first_month_ + static_cast<std::int32_t>(to));
            }
            std::size_t ignored = 0;
            // In locals: the cells' 64-bit sums may alias the engine's size_t members, which
            // would otherwise be loaded again for every row.
            group_cell* const cells = cells_.data();
            const std::size_t slots = slot_count_;
            if (to > from && slots != 0)
                std::memset(static_cast<void*>(cells + from * slots), 0, (to - from) * slots * sizeof(group_cell));
            const std::uint32_t* const dense = dense_slots_.empty() ? nullptr : dense_slots_.data();
            for (std::size_t r = begin; r < end; ++r) {
                const contribution& row = rows[r];
                const std::int64_t at = counted_offset(row, ignored);
                if (at < static_cast<std::int64_t>(from) || at >= static_cast<std::int64_t>(to)) continue;
                group_cell* month_cells = cells + static_cast<std::size_t>(at) * slots;
                for_each_code(row, [&](std::uint64_t code) {
                    group_cell& cell = month_cells[dense != nullptr ? dense[code] : sparse_slots_->find(code)];
                    cell.female += row.female;
                    cell.male += row.male;
                    cell.gender_unreported += row.gender_unreported;
                    ++cell.rows;
                });
            }
        };
        pk::detail::run_in_parallel(threads, add_one);
    }

    // On one thread, with few possible groups: a single pass, groups numbered as they come.
    // The survey would double the work (pk_aggregate_benchmark's by_country_year/1: 116 ms with
    // it, 77 without); with many groups the month-major cells of the two passes win instead
    // (by_country_mission_category_year/1: 522 ms, 982 in one pass), as their rows of a month
    // stay in cache.
    static constexpr std::uint64_t one_pass_groups = 4096;

    void accumulate_in_one_pass(Grouping& out) {
        std::size_t counted = 0, uncovered = 0;
        for (const contribution& row : data_.contributions()) {
            const std::int64_t at = counted_offset(row, uncovered);
            if (at < 0) continue;
            ++counted;
            for_each_code(row, [&](std::uint64_t code) {
                const auto next = static_cast<std::uint32_t>(slot_codes_.size());
                std::uint32_t slot;
                if (!dense_slots_.empty()) {
                    std::uint32_t& entry = dense_slots_[static_cast<std::size_t>(code)];
                    if (entry == slot_map::none) entry = next;
                    slot = entry;
                } else {
                    slot = sparse_slots_->find_or_insert(code, next);
                }
                if (slot == next) {  // a new group: its cells, one per month
                    slot_codes_.push_back(code);
                    slot_blocks_.emplace_back(month_count_);
                }
                group_cell& cell = slot_blocks_[slot][static_cast<std::size_t>(at)];
                cell.female += row.female;
                cell.male += row.male;
                cell.gender_unreported += row.gender_unreported;
                ++cell.rows;
            });
        }
        slot_count_ = slot_codes_.size();
        out.counted_rows_ = counted;
        out.uncovered_rows_ = uncovered;
    }

    // On several threads, when the cells of every possible group for every month are few
    // (stretch_cells_limit) and the rows are in month order (what every reader gives for a
    // file in month order): one pass, each thread over its own stretch of months, adding into
    // cells laid out month by month with a place for every possible group, so no group needs
    // a number before its first row. No survey: the survey read every row once more, half of
    // the grouping's time by category and year (issue 11: 10M rows, 83 -> 46 ms). The stretches
    // are cut at month boundaries of the rows; if a counted row lies outside its stretch's
    // months (rows not in month order), the pass is dropped (false) and the two passes above
    // do the work. (Cells numbered as groups come, in a block per group, were tried: by
    // country and year, 130 groups' blocks are 130 streams through memory, and the pass took
    // 200 ms against the two passes' 150.)
    //
    // The cells here are half a group_cell: four 32-bit sums. A cell of at most max_cell_rows
    // rows of at most 65,535 people each cannot overflow; a cell that gets more drops the pass.
    // (By country and year, 250 possible countries over 13,620 months: 54 MB, not 109.)
    static constexpr std::uint64_t stretch_cells_limit = std::uint64_t{1} << 22;  // 64 MiB of cells
    static constexpr std::uint32_t max_cell_rows = 65537;  // 65,537 x 65,535 < 2^32
    // The rows asked for this far ahead of the pass (detail/prefetch.hpp says why): 2 KiB.
    // (10M rows: each group call 3 to 4 ms faster.)
    static constexpr std::size_t prefetch_rows = 2048 / sizeof(contribution);

    struct stretch_cell {
        std::uint32_t female, male, gender_unreported, rows;
        group_cell widened() const noexcept { return {female, male, gender_unreported, rows}; }
    };

    struct alignas(64) stretch {
        std::size_t begin = 0, end = 0;   // its rows
        std::size_t first = 0, stop = 0;  // its month offsets [first, stop) of stretch_cells_
        // dense codes: 1 where a row went. Written for every row: on cache lines of its own
        // (cache_line_allocator.hpp says why).
        later<std::vector<std::uint8_t, cache_line_allocator<std::uint8_t>>> seen;
        std::size_t counted = 0, uncovered = 0;
        bool in_order = true;  // false: the pass is dropped (a row outside its months, a cell too full)
    };

    // The month offset of rows[r] in the counted window, clamped to [0, month_count_].
    std::size_t clamped_offset(std::span<const contribution> rows, std::size_t r) const noexcept {
        if (r == rows.size()) return month_count_;
        const std::int64_t offset = std::int64_t{rows[r].month.index()} - first_month_;
        return offset < 0 ? 0 : offset > static_cast<std::int64_t>(month_count_) ? month_count_ : static_cast<std::size_t>(offset);
    }

    bool accumulate_in_stretches(Grouping& out, std::size_t threads) {
        if (dense_slots_.empty() || month_count_ * combinations_ > stretch_cells_limit) return false;
        const auto rows = data_.contributions();
        if (rows.empty()) return false;
        const auto stride = static_cast<std::size_t>(combinations_);
        // Thread k's rows start at the first row of the month of row k * n / threads; its months
        // run up to the next stretch's first. The first stretch starts at offset 0 and the last
        // ends at month_count_, so every counted month is in one stretch (covered months
        // without rows included: they still count for averages).
        later<std::vector<stretch>> parts(threads);
        for (std::size_t k = 0; k < threads; ++k) {
            std::size_t r = rows.size() / threads * k;
            while (r > 0 && r < rows.size() && rows[r - 1].month == rows[r].month) --r;
            parts[k].begin = r;
            parts[k].first = k == 0 ? 0 : clamped_offset(rows, r);
        }
        for (std::size_t k = 0; k < threads; ++k) {
            parts[k].end = k + 1 < threads ? parts[k + 1].begin : rows.size();
            parts[k].stop = k + 1 < threads ? parts[k + 1].first : month_count_;
            if (parts[k].stop < parts[k].first) return false;  // months go down: not in month order
        }
        // One table for all stretches, allocated here, not on the threads: a block freed by
        // another thread goes back to that thread's heap (glibc's arenas), where the rows made
        // later cannot reuse it (10M rows by country and year: peak 244 MB, not 198).
        stretch_cells_.clear();
        stretch_cells_.resize(month_count_ * stride);
        auto add_stretch = [&](std::size_t k) {
            stretch& share = parts[k];
            // Each thread zeroes its own months' cells, a month's just before its first row
            // adds into them: zeroed all at once first, a stretch's cells (27 MB by country and
            // year) had left the cache before the rows came to them, and the adds waited on
            // memory (10M rows by country and year: the group call 70 -> 65 ms). Their pages
            // fault on the thread that uses them.
            stretch_cell* const cells = stretch_cells_.data() + share.first * stride;
            const std::size_t first = share.first, stop = share.stop;
            std::size_t zeroed = first;  // the months [first, zeroed) are zeroed
            const auto zero_up_to = [&](std::size_t end) noexcept {
                std::memset(static_cast<void*>(cells + (zeroed - first) * stride), 0, (end - zeroed) * stride * sizeof(stretch_cell));
                zeroed = end;
            };
            share.seen.assign(stride, 0);
            std::uint8_t* const seen = share.seen.data();
            bool fits = true;
            std::size_t counted = 0, uncovered = 0;
            for (std::size_t r = share.begin; r < share.end; ++r) {
                if (r + prefetch_rows < share.end) pk::detail::prefetch(&rows[r + prefetch_rows]);
                const contribution& row = rows[r];
                const std::int64_t at = counted_offset(row, uncovered);
                if (at < 0) continue;
                // A counted row outside the stretch's months: the rows are not in month order.
                // (Within a stretch any order will do.)
                if (static_cast<std::size_t>(at) < first || static_cast<std::size_t>(at) >= stop) {
                    share.in_order = false;
                    return;
                }
                ++counted;
                if (static_cast<std::size_t>(at) >= zeroed) zero_up_to(static_cast<std::size_t>(at) + 1);
                stretch_cell* const month_cells = cells + (static_cast<std::size_t>(at) - first) * stride;
                for_each_code(row, [&](std::uint64_t code) {
                    seen[code] = 1;
                    stretch_cell& cell = month_cells[code];
                    cell.female += row.female;
                    cell.male += row.male;
                    cell.gender_unreported += row.gender_unreported;
                    fits = fits && ++cell.rows <= max_cell_rows;
                });
                if (!fits) {  // a cell of too many rows: the sums could overflow
                    share.in_order = false;
                    return;
                }
            }
            zero_up_to(stop);  // the months after the last row's (covered months count for averages)
            share.counted = counted;
            share.uncovered = uncovered;
        };
        pk::detail::run_in_parallel(threads, add_stretch);
        for (const stretch& share : parts)
            if (!share.in_order) {
                decltype(stretch_cells_){}.swap(stretch_cells_);  // the two passes' cells take their place
                return false;
            }
        // The groups numbered in the order of their codes, as survey_all numbers them.
        for (std::size_t code = 0; code < stride; ++code) {
            bool seen = false;
            for (const stretch& share : parts) seen = seen || share.seen[code] != 0;
            if (!seen) continue;
            dense_slots_[code] = static_cast<std::uint32_t>(slot_codes_.size());
            slot_codes_.push_back(code);
        }
        slot_count_ = slot_codes_.size();
        for (stretch& share : parts) {
            out.counted_rows_ += share.counted;
            out.uncovered_rows_ += share.uncovered;
        }
        return true;
    }

    // The first row whose month index is at least `month_index`, in rows in month order.
    static std::size_t first_row_from(std::span<const contribution> rows, std::int32_t month_index) noexcept {
        std::size_t low = 0, high = rows.size();
        while (low < high) {
            const std::size_t middle = low + (high - low) / 2;
            if (rows[middle].month.index() < month_index) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    // --- measuring ----------------------------------------------------------------------
    struct period {
        std::size_t first = 0;  // month offsets, inclusive
        std::size_t last = 0;
        month_range range;
    };

    later<std::vector<period>> periods() const {
        const month first{month::from_index(first_month_)};
        const month last{month::from_index(first_month_ + static_cast<std::int32_t>(month_count_) - 1)};
        later<std::vector<period>> out;
        const auto offset_of = [&](month m) { return static_cast<std::size_t>(m.index() - first_month_); };
        if (has_key(group_key::month)) {
            for (std::size_t i = 0; i < month_count_; ++i)
                if (coverage_[i] != 0) {
                    const month m = month::from_index(first_month_ + static_cast<std::int32_t>(i));
                    out.push_back({i, i, month_range{m, m}});
                }
        } else if (has_key(group_key::year)) {
            for (int y = first.year().value(); y <= last.year().value(); ++y) {
                month_range whole = month_range::of_year(pk::year{y});
                // The measured period is the year, cut to the filter's months.
                month_range measured = whole;
                if (options_.filter.months) {
                    auto cut = intersection(whole, *options_.filter.months);
                    if (!cut) continue;
                    measured = *cut;
                }
                const month from = first < measured.first() ? measured.first() : first;
                const month to = measured.last() < last ? measured.last() : last;
                if (to < from) continue;
                out.push_back({offset_of(from), offset_of(to), measured});
            }
        } else {
            month_range measured = options_.filter.months ? *options_.filter.months : month_range{first, last};
            out.push_back({0, month_count_ - 1, measured});
        }
        return out;
    }

    enum class part { all, female, male };

    void measure_all(Grouping& out, std::size_t threads) {
        const later<std::vector<period>> spans = periods();
        const bool split = has_key(group_key::gender);

        // Rows are emitted period by period, then sorted by their keys. Each key's values are ranked
        // once (a few hundred at most), and a row's sort key is the mixed-radix number of its
        // ranks: sorting integers, not comparing key values, keeps a million-row result cheap.
        later<std::vector<std::vector<std::uint32_t>>> ranks(keys_.size());
        later<std::vector<std::uint64_t>> radices(keys_.size());
        bool sort_key_fits = true;
        std::uint64_t product = 1;
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            const group_key k = keys_[i];
            radices[i] = is_time_key(k) ? (spans.empty() ? 1 : spans.size()) : k == group_key::gender ? 2 : radix_at(i);
            if (!is_time_key(k) && k != group_key::gender) ranks[i] = rank_digits(i, spans.empty() ? period{} : spans.front());
            if (product > std::numeric_limits<std::uint64_t>::max() / radices[i]) sort_key_fits = false;
            else product *= radices[i];
        }
        // Each group's digits, one a key (0 for the time and gender keys), worked out once:
        // from its code they take three divisions a key, which every row of the result paid
        // twice, for its sort key and for its key values (making the 140,000 rows of country
        // by year, their page faults aside: 17 -> 12.6 ms).
        const std::size_t key_count = keys_.size();
        later<std::vector<std::uint32_t>> digits(slot_count_ * key_count, 0);
        for (std::size_t slot = 0; slot < slot_count_; ++slot)
            for (std::size_t i = 0; i < key_count; ++i)
                if (!is_time_key(keys_[i]) && keys_[i] != group_key::gender)
                    digits[slot * key_count + i] = static_cast<std::uint32_t>(digit_at(i, slot_codes_[slot]));
        const auto digits_of = [&](std::size_t slot) { return digits.data() + slot * key_count; };
        auto sort_key = [&](std::size_t slot, std::size_t period_index, part which) {
            std::uint64_t key = 0;
            const std::uint32_t* const slot_digits = digits_of(slot);
            for (std::size_t i = 0; i < key_count; ++i) {
                const group_key k = keys_[i];
                const std::uint64_t rank = is_time_key(k)              ? period_index
                                           : k == group_key::gender ? (which == part::male ? 1u : 0u)
                                                                       : ranks[i][slot_digits[i]];
                key = key * radices[i] + rank;
            }
            return key;
        };

        // What a month must tell for each group's figure there to be known: for the whole
        // group, and for its female or male part.
        later<std::vector<std::uint8_t>> needs_whole(slot_count_), needs_part(slot_count_);
        for (std::size_t slot = 0; slot < slot_count_; ++slot) {
            needs_whole[slot] = needs_of(slot, part::all);
            needs_part[slot] = needs_of(slot, part::female);
        }
        // Every group measured over one period at once, month by month: a month's cells lie
        // side by side, so the pass reads cells_ in order.
        auto measure_period = [&](const period& p, part which, later<std::vector<tally>>& tallies) {
            const later<std::vector<std::uint8_t>>& needs = which == part::all ? needs_whole : needs_part;
            for (tally& t : tallies) t = tally{0, 0, 0, 0, 0, 0, 0, 0, p.first};
            if (!stretch_cells_.empty()) {  // one pass on several threads: month-major, by code
                const auto stride = static_cast<std::size_t>(combinations_);
                for (std::size_t i = p.first; i <= p.last; ++i) {
                    const std::uint8_t told = coverage_[i];
                    if (told == 0) continue;  // every group needs its months covered
                    const stretch_cell* month_cells = stretch_cells_.data() + i * stride;
                    for (std::size_t slot = 0; slot < slot_count_; ++slot)
                        if ((told & needs[slot]) == needs[slot])
                            tallies[slot].add(month_cells[slot_codes_[slot]].widened(), i, which, (told & genders_bit) != 0);
                }
                return;
            }
            if (!slot_blocks_.empty()) {  // one pass on one thread: each group's months in a block
                for (std::size_t slot = 0; slot < slot_count_; ++slot) {
                    const group_cell* cells = slot_blocks_[slot].data();
                    for (std::size_t i = p.first; i <= p.last; ++i) {
                        const std::uint8_t told = coverage_[i];
                        if ((told & needs[slot]) == needs[slot]) tallies[slot].add(cells[i], i, which, (told & genders_bit) != 0);
                    }
                }
                return;
            }
            for (std::size_t i = p.first; i <= p.last; ++i) {
                const std::uint8_t told = coverage_[i];
                if (told == 0) continue;  // every group needs its months covered
                const group_cell* month_cells = cells_.data() + i * slot_count_;
                for (std::size_t slot = 0; slot < slot_count_; ++slot)
                    if ((told & needs[slot]) == needs[slot]) tallies[slot].add(month_cells[slot], i, which, (told & genders_bit) != 0);
            }
        };

        // The groups that had data rows, with what their row will say, in the order found;
        // sorted by their keys before any 272-byte row is made, so each row is filled in its
        // place in the result, never moved.
        // The periods are measured in runs of consecutive periods, one run a thread: on one
        // thread, measuring 140,000 rows of country by year over 1,134 years took 16 ms.
        struct found_row {
            tally measures;
            std::uint32_t slot;
            std::uint32_t period_index;
            part which;
        };
        struct found_run {
            std::size_t first_period = 0, end_period = 0;
            later<std::vector<found_row>> rows;
        };
        const std::size_t visits = slot_count_ * month_count_;  // cells a pass over every period reads
        const std::size_t runs = visits < parallel_visits || spans.size() < 2 ? 1 : threads < spans.size() ? threads : spans.size();
        later<std::vector<found_run>> found(runs);
        for (std::size_t r = 0; r < runs; ++r) {
            found[r].first_period = spans.size() * r / runs;
            found[r].end_period = spans.size() * (r + 1) / runs;
        }
        auto find_run = [&](std::size_t r) {
            found_run& run = found[r];
            later<std::vector<tally>> tallies(slot_count_);
            const std::size_t most = slot_count_ * (run.end_period - run.first_period);
            run.rows.reserve(most < (std::size_t{1} << 20) ? most : std::size_t{1} << 20);
            for (std::size_t p = run.first_period; p < run.end_period; ++p)
                for (part which : {part::female, part::male, part::all}) {
                    if (split == (which == part::all)) continue;
                    measure_period(spans[p], which, tallies);
                    for (std::size_t slot = 0; slot < slot_count_; ++slot) {
                        if (tallies[slot].source_rows == 0) continue;  // no data row went into it: no row
                        run.rows.push_back({tallies[slot], static_cast<std::uint32_t>(slot), static_cast<std::uint32_t>(p), which});
                    }
                }
        };
        pk::detail::run_in_parallel(runs, find_run);
        // The runs end to end, in period order: found row i is in the run whose rows span i.
        std::size_t found_count = 0;
        for (const found_run& run : found) found_count += run.rows.size();
        auto found_at = [&](std::size_t i) -> const found_row& {
            std::size_t r = 0;
            while (i >= found[r].rows.size()) i -= found[r++].rows.size();
            return found[r].rows[i];
        };
        // The cells are measured: freed before the rows are made (peak memory, issue 11).
        decltype(cells_){}.swap(cells_);
        later<std::vector<later<std::vector<group_cell>>>>{}.swap(slot_blocks_);
        decltype(stretch_cells_){}.swap(stretch_cells_);

        later<std::vector<std::uint32_t>> order(found_count);
        for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<std::uint32_t>(i);
        if (sort_key_fits) {
            later<std::vector<std::uint64_t>> sort_keys;
            sort_keys.reserve(found_count);
            for (const found_run& run : found)
                for (const found_row& f : run.rows) sort_keys.push_back(sort_key(f.slot, f.period_index, f.which));
            later<std::vector<std::uint32_t>> scratch(order.size());
            pk::detail::sort_by_key(order.data(), scratch.data(), order.size(), sort_keys.data(), product);
        } else {
            pk::detail::sort(order.data(), order.data() + order.size(), [&](std::uint32_t a, std::uint32_t b) {
                const found_row& x = found_at(a);
                const found_row& y = found_at(b);
                for (std::size_t i = 0; i < key_count; ++i) {
                    const key_value kx = value_of(keys_[i], digits_of(x.slot)[i], spans[x.period_index], x.which);
                    const key_value ky = value_of(keys_[i], digits_of(y.slot)[i], spans[y.period_index], y.which);
                    if (kx != ky) return kx < ky;
                }
                return false;
            });
        }
        // The rows made at once, then filled in on the threads, each a run of them (140,000
        // rows of country by year: 24.5 -> 20.5 ms). Their block's pages are first faulted in
        // on the threads too, since the resize that zeroes the rows is one thread's (the same
        // rows, library harness: resize 15.7 -> 9.3 ms; detail/prefault.hpp. pk-report showed
        // no change in wall time).
        auto& rows = out.rows();
        const std::size_t parts = found_count < parallel_rows_made ? 1 : threads;
        if (parts > 1) {
            rows.reserve(found_count);
            pk::detail::prefault(rows.data(), found_count * sizeof(group_row), parts);
        }
        rows.resize(found_count);
        auto fill_part = [&](std::size_t piece) {
            const std::size_t end = found_count * (piece + 1) / parts;
            for (std::size_t k = found_count * piece / parts; k < end; ++k) {
                const found_row& f = found_at(order[k]);
                fill_row(rows[k], f.measures, digits_of(f.slot), spans[f.period_index], f.which);
            }
        };
        pk::detail::run_in_parallel(parts, fill_part);
    }

    std::uint64_t radix_at(std::size_t position) const noexcept {
        const std::uint64_t below = position == 0 ? 1 : strides_[position - 1];
        return strides_[position] / below;
    }
    std::size_t digit_at(std::size_t position, std::uint64_t code) const noexcept {
        const std::uint64_t below = position == 0 ? 1 : strides_[position - 1];
        return static_cast<std::size_t>(code / below % radix_at(position));
    }
    // rank[digit]: the place of the digit's key value among all values of that key.
    later<std::vector<std::uint32_t>> rank_digits(std::size_t position, const period& any) const {
        const auto radix = static_cast<std::size_t>(radix_at(position));
        later<std::vector<std::uint32_t>> digits(radix);
        for (std::size_t d = 0; d < radix; ++d) digits[d] = static_cast<std::uint32_t>(d);
        pk::detail::sort(digits.data(), digits.data() + digits.size(), [&](std::uint32_t a, std::uint32_t b) {
            return value_of(keys_[position], a, any, part::all) < value_of(keys_[position], b, any, part::all);
        });
        later<std::vector<std::uint32_t>> rank(radix);
        for (std::size_t r = 0; r < radix; ++r) rank[digits[r]] = static_cast<std::uint32_t>(r);
        return rank;
    }

    // What a month must tell for this group's figure there to be known.
    std::uint8_t needs_of(std::size_t slot, part which) const noexcept {
        std::uint8_t needs = filter_needs_;
        if (which != part::all) needs |= genders_bit;
        for (std::size_t i = 0; i < keys_.size(); ++i) {
            const group_key k = keys_[i];
            if (is_time_key(k) || k == group_key::gender) continue;
            const std::size_t digit = digit_at(i, slot_codes_[slot]);
            if ((k == group_key::mission || k == group_key::lineage) && digit != mission::unreported().index())
                needs |= missions_bit;
            if (k == group_key::category && digit != static_cast<std::size_t>(personnel_category::unreported))
                needs |= categories_bit;
            if (k == group_key::branch && digit != static_cast<std::size_t>(branch::unreported)) needs |= categories_bit;
        }
        return needs;
    }

    // One group's measures over one period, summed month by month.
    struct tally {
        std::int64_t source_rows, total, peak, last_strength, covered;
        std::int64_t female, female_and_male, gender_months;
        std::size_t last_offset;

        void add(const group_cell& c, std::size_t month_offset, part which, bool genders_told) noexcept {
            source_rows += c.rows;
            const std::int64_t s = which == part::female ? c.female
                                   : which == part::male ? c.male
                                                         : c.female + c.male + c.gender_unreported;
            total += s;
            peak = s > peak ? s : peak;
            last_strength = s;
            last_offset = month_offset;
            ++covered;
            if (genders_told) {
                ++gender_months;
                female += which == part::male ? 0 : c.female;
                female_and_male += which == part::female ? c.female : which == part::male ? c.male : c.female + c.male;
            }
        }
    };

    // A result row's figures and keys, from its group's digits, written into the row in
    // place (no row made apart and copied in).
    void fill_row(group_row& row, const tally& t, const std::uint32_t* digits, const period& p, part which) const {
        for (std::size_t i = 0; i < keys_.size(); ++i) row.push_key(value_of(keys_[i], digits[i], p, which));
        row.period = p.range;
        row.person_months = pk::person_months{t.total};
        row.average = {t.covered == 0 ? average_strength{} : pk::person_months{t.total} / pk::months{static_cast<std::int32_t>(t.covered)},
                       pk::months{static_cast<std::int32_t>(t.covered)}};
        row.peak = strength{t.peak};
        row.year_end = strength{t.last_strength};
        row.year_end_month = month::from_index(first_month_ + static_cast<std::int32_t>(t.last_offset));
        row.female_share = {pk::person_months{t.female}, pk::person_months{t.female_and_male},
                            pk::months{static_cast<std::int32_t>(t.gender_months)}};
        row.source_rows = t.source_rows;
    }
    key_value value_of(group_key k, std::size_t digit, const period& p, part which) const {
        switch (k) {
            case group_key::year: return key_value::of(p.range.first().year());
            case group_key::month: return key_value::of(p.range.first());
            case group_key::gender: return key_value::of(which == part::female ? gender::female : gender::male);
            case group_key::country: return key_value::of(country::from_index(static_cast<std::uint8_t>(digit)));
            case group_key::mission: return key_value::of(mission::from_index(static_cast<std::uint8_t>(digit)));
            case group_key::lineage: return key_value::from_code(k, static_cast<std::int32_t>(digit));
            case group_key::category: return key_value::of(static_cast<personnel_category>(digit));
            case group_key::branch: return key_value::of(static_cast<pk::branch>(digit));
            case group_key::region:
                return key_value::from_code(k, regions().codes[digit]);
            case group_key::subregion:
                return key_value::from_code(k, subregions().codes[digit]);
            case group_key::bloc: return key_value::bloc_named(blocs_[digit].name());
        }
        return {};
    }

    // 2^20 slots of 4 bytes: 4 MiB at most for the dense table (country x mission x category
    // fits; adding a bloc or branch key may not, and then the hash map takes over).
    static constexpr std::uint64_t dense_limit = std::uint64_t{1} << 20;

    const dataset& data_;
    later<std::vector<group_key>> keys_;
    const group_options& options_;
    std::span<const bloc> blocs_;

    std::int32_t first_month_ = 0;
    std::size_t month_count_ = 0;
    later<std::vector<std::uint8_t>> coverage_;

    later<std::vector<std::uint64_t>> by_country_, by_mission_, by_category_;
    later<std::vector<std::uint64_t>> strides_;  // strides_[i]: product of the radices of keys 0..i
    std::uint64_t bloc_stride_ = 0;
    std::uint64_t combinations_ = 1;
    later<std::optional<membership_index>> memberships_;
    later<std::optional<membership_index>> bloc_filter_;
    // 1 where the filter keeps the value (bytes, not std::vector<bool>: no bit twiddling per row)
    later<std::vector<std::uint8_t>> allowed_country_, allowed_mission_, allowed_category_;

    later<std::vector<std::uint32_t>> dense_slots_;
    later<std::optional<slot_map>> sparse_slots_;
    std::uint8_t filter_needs_ = covered_bit;  // what every counted month must tell, from the filter
    later<std::vector<std::uint64_t>> slot_codes_;
    // The cells of month offset i are cells_[i * slot_count_ ..][slot_count_]: allocated once,
    // when pass 1 has counted the groups (no vector doubling as groups come).
    std::size_t slot_count_ = 0;
    later<std::vector<group_cell, pk::detail::uninitialized_allocator<group_cell>>> cells_;
    // On one thread, one pass: groups are numbered as they come, each with its own block of
    // cells, one per month (no survey needed to size a month-major table).
    later<std::vector<later<std::vector<group_cell>>>> slot_blocks_;
    // On several threads, one pass (accumulate_in_stretches): month offset i, group code c at
    // [i * combinations_ + c].
    later<std::vector<stretch_cell, pk::detail::uninitialized_allocator<stretch_cell>>> stretch_cells_;
};

}  // namespace detail

// Groups `data` by `keys` (in output column order; each key at most once) and measures every
// group over every period. Precondition: no key repeats.
// (Templates on the dataset's type, which can only be pk::dataset: the engine is then
// instantiated only in programs that call them.)
template <class Dataset>
    requires std::is_same_v<Dataset, dataset>
[[nodiscard]] grouping group(const Dataset& data, std::span<const group_key> keys, const group_options& options = {}) {
    return detail::basic_grouping_engine<grouping>{data, keys, options}.run();
}
template <class Dataset>
    requires std::is_same_v<Dataset, dataset>
[[nodiscard]] grouping group(const Dataset& data, const std::vector<group_key>& keys, const group_options& options = {}) {
    return group(data, std::span<const group_key>{keys}, options);
}

}  // namespace pk
