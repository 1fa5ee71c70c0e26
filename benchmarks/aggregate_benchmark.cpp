// Grouping and measuring speed on a synthetic 10-million-row dataset (issue 6): rows per second
// for a few typical groupings, dense and sparse, on one thread (/1) and on every core (/0).
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/dataset/dataset.hpp>

#include <benchmark/benchmark.h>

#include <cstdint>
#include <vector>

namespace {

// 10 years of months; countries and missions drawn from the whole catalogues, so every
// table index is exercised. A fixed linear congruential generator keeps runs comparable.
const pk::dataset& synthetic() {
    static const pk::dataset data = [] {
        constexpr std::size_t rows = 10'000'000;
        constexpr int months = 120;
        pk::dataset d;
        d.reserve(rows);
        const pk::month first{2014, 1};
        for (int i = 0; i < months; ++i) d.cover(first + pk::months{i}, {.missions = true, .genders = i % 37 != 5, .categories = true});
        std::uint64_t state = 0x2545F4914F6CDD1DULL;
        auto next = [&] {
            state = state * 6364136223846793005ULL + 1442695040888963407ULL;
            return static_cast<std::uint32_t>(state >> 33);
        };
        for (std::size_t r = 0; r < rows; ++r) {
            const pk::month m = first + pk::months{static_cast<std::int32_t>(r * months / rows)};
            const auto country = pk::country::from_index(static_cast<std::uint8_t>(1 + next() % pk::country::count));
            const auto mission = pk::mission::from_index(static_cast<std::uint8_t>(next() % pk::mission::count));
            const auto category = static_cast<pk::personnel_category>(next() % 5);
            d.add({m, country, mission, category, static_cast<std::uint16_t>(next() % 50), static_cast<std::uint16_t>(next() % 500), 0});
        }
        return d;
    }();
    return data;
}

void run(benchmark::State& state, std::vector<pk::group_key> keys, pk::group_options options = {}) {
    const pk::dataset& d = synthetic();
    options.threads = static_cast<std::size_t>(state.range(0));  // 0: one per core
    for (auto _ : state) {
        pk::grouping g = pk::group(d, keys, options);
        benchmark::DoNotOptimize(g.rows().data());
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(d.size()));
}

using pk::group_key;

void by_year(benchmark::State& s) { run(s, {group_key::year}); }
void by_country_year(benchmark::State& s) { run(s, {group_key::country, group_key::year}); }
void by_country_category_month(benchmark::State& s) { run(s, {group_key::country, group_key::category, group_key::month}); }
// About 50,000 groups x 10 years: a result of half a million rows.
void by_country_mission_category_year(benchmark::State& s) {
    run(s, {group_key::country, group_key::mission, group_key::category, group_key::year});
}
void by_bloc_year(benchmark::State& s) { run(s, {group_key::bloc, group_key::year}); }
void by_region_gender_year(benchmark::State& s) { run(s, {group_key::region, group_key::gender, group_key::year}); }
// Past the dense limit: the hash map path.
void by_many_keys_sparse(benchmark::State& s) {
    run(s, {group_key::country, group_key::mission, group_key::lineage, group_key::category, group_key::branch, group_key::year});
}
void filtered_by_mission(benchmark::State& s) {
    pk::group_options options;
    options.filter.months = pk::month_range{pk::month{2016, 1}, pk::month{2020, 12}};
    options.filter.categories = {pk::personnel_category::troops};
    options.filter.blocs = {"AU"};
    run(s, {group_key::mission}, options);
}

BENCHMARK(by_year)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(by_country_year)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(by_country_category_month)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(by_country_mission_category_year)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(by_bloc_year)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(by_region_gender_year)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(by_many_keys_sparse)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);
BENCHMARK(filtered_by_mission)->Arg(1)->Arg(0)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
