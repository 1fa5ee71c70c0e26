// Reading speed (issue 11): each reader in rows/s and MB/s, from memory (pk::read_text) and
// from a file (pk::read_file); the dataset's heap per contribution; the value-type lookups a
// reader makes for every row; and the reader's stages, to show where its time goes.
//
// The UN DPO long rows are generated from the real data (dpo_long_generator.hpp); the other
// formats are the real files. Data is looked for in $PK_SHARED_DATA, else in ../shared/data
// beside the checkout; a benchmark whose file is missing says so and is skipped.
// PK_BENCH_DPO_FILE=path adds the file reader on an existing (large) file.
#include <algorithm>
#include <atomic>
#include <cerrno>  // ENOMEM, EINVAL
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <thread>  // the two-chunk prototype
#include <vector>

#include <benchmark/benchmark.h>

#include "dpo_long_generator.hpp"

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/names.hpp>
#include <peacekeeping/csv/byte_marks.hpp>
#include <peacekeeping/csv/line_reader.hpp>
#include <peacekeeping/csv/lookup.hpp>
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/csv/tokenizer.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/time/month.hpp>

// ---- Heap accounting -------------------------------------------------------------------
// Every allocation of this program is counted, so a benchmark can read the bytes in use and
// their peak. It is counted at malloc's level, under operator new: a dataset's rows are one
// malloc block that realloc shrinks in place (detail/trivial_vector.hpp), which a count of
// operator new would not see. glibc lets a program define malloc and its family and reach its
// own as __libc_*; each block counts as malloc_usable_size says, so the allocator's rounding
// counts too (a few bytes a block; under 4 KiB for a mapped block of 120 MB).
namespace {
std::atomic<std::size_t> heap_in_use{0};
std::atomic<std::size_t> heap_peak{0};
}  // namespace

// Not where __GLIBC__ is defined by a C library that has no __libc_* (uClibc), nor under g++'s
// sanitizers, whose own allocator hands out the blocks. (clang defines no such macro; the
// sanitizer builds of tools/test-all.sh do not build the benchmarks.)
#if defined(__GLIBC__) && !defined(__UCLIBC__) && !defined(__SANITIZE_ADDRESS__) && !defined(__SANITIZE_THREAD__)
#include <malloc.h>  // malloc_usable_size
#include <unistd.h>  // sysconf: valloc's page size

extern "C" {
void* __libc_malloc(std::size_t);
void* __libc_calloc(std::size_t, std::size_t);
void* __libc_realloc(void*, std::size_t);
void* __libc_memalign(std::size_t, std::size_t);
void __libc_free(void*);
}

namespace {
void* counted(void* block) noexcept {
    if (block == nullptr) return nullptr;
    const std::size_t size = malloc_usable_size(block);
    const std::size_t now = heap_in_use.fetch_add(size, std::memory_order_relaxed) + size;
    std::size_t peak = heap_peak.load(std::memory_order_relaxed);
    while (now > peak && !heap_peak.compare_exchange_weak(peak, now, std::memory_order_relaxed)) {
    }
    return block;
}
void uncount(void* block) noexcept {
    if (block != nullptr) heap_in_use.fetch_sub(malloc_usable_size(block), std::memory_order_relaxed);
}
}  // namespace

extern "C" {
void* malloc(std::size_t size) noexcept { return counted(__libc_malloc(size)); }
void* calloc(std::size_t count, std::size_t size) noexcept { return counted(__libc_calloc(count, size)); }
void free(void* block) noexcept {
    uncount(block);
    __libc_free(block);
}
void* realloc(void* block, std::size_t size) noexcept {
    if (block == nullptr) return malloc(size);
    const std::size_t before = malloc_usable_size(block);
    void* moved = __libc_realloc(block, size);
    if (moved == nullptr && size != 0) return nullptr;  // the old block stays, still counted
    heap_in_use.fetch_sub(before, std::memory_order_relaxed);
    return counted(moved);
}
void* memalign(std::size_t alignment, std::size_t size) noexcept { return counted(__libc_memalign(alignment, size)); }
void* aligned_alloc(std::size_t alignment, std::size_t size) noexcept { return memalign(alignment, size); }
int posix_memalign(void** out, std::size_t alignment, std::size_t size) noexcept {
    if (alignment < sizeof(void*) || (alignment & (alignment - 1)) != 0) return EINVAL;
    void* block = memalign(alignment, size);
    if (block == nullptr) return ENOMEM;
    *out = block;
    return 0;
}
// glibc's own valloc and pvalloc do not go through malloc: without these their blocks would
// be freed uncounted.
void* valloc(std::size_t size) noexcept { return memalign(static_cast<std::size_t>(sysconf(_SC_PAGESIZE)), size); }
void* pvalloc(std::size_t size) noexcept {
    const auto page = static_cast<std::size_t>(sysconf(_SC_PAGESIZE));
    return memalign(page, (size + page - 1) / page * page);
}
}
#endif  // elsewhere nothing is counted: the heap counters read 0

namespace {

// ---- Data ------------------------------------------------------------------------------

std::filesystem::path shared_data() {
    if (const char* dir = std::getenv("PK_SHARED_DATA")) return dir;
    // __FILE__ is absolute when CMake compiles this: benchmarks/ -> the checkout -> beside it.
    return std::filesystem::path{__FILE__}.parent_path() / ".." / ".." / "shared" / "data";
}
std::filesystem::path ipi_gender_file() { return shared_data() / "ipi" / "Gender.Full.csv"; }
std::filesystem::path ipi_snapshot_file() { return shared_data() / "ipi" / "current_month_2014-03-31.csv"; }
std::filesystem::path dpo_rank_file() { return shared_data() / "un_dpo_rank" / "odp_contributionranks_2022-01-31.csv"; }

std::string file_text(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    if (!in) return {};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

const pk::benchmarks::generator_source* generator_source() {
    static const std::optional<pk::benchmarks::generator_source> source =
        []() -> std::optional<pk::benchmarks::generator_source> {
        if (!std::filesystem::exists(ipi_gender_file())) return std::nullopt;
        return pk::benchmarks::load_generator_source(ipi_gender_file());
    }();
    return source ? &*source : nullptr;
}

// Generated UN DPO long text, made once per size.
const std::string* dpo_text(std::size_t rows) {
    static std::map<std::size_t, std::string> texts;
    const auto* source = generator_source();
    if (source == nullptr) return nullptr;
    auto [it, inserted] = texts.try_emplace(rows);
    if (inserted) it->second = pk::benchmarks::dpo_long_text(*source, rows);
    return &it->second;
}

// Generated files in the temporary directory, removed when the program ends.
struct temporary_files {
    std::map<std::size_t, std::filesystem::path> paths;
    ~temporary_files() {
        std::error_code ignored;
        for (const auto& [rows, path] : paths) std::filesystem::remove(path, ignored);
    }
};
std::optional<std::filesystem::path> dpo_file(std::size_t rows) {
    static temporary_files files;
    const auto* text = dpo_text(rows);
    if (text == nullptr) return std::nullopt;
    auto [it, inserted] = files.paths.try_emplace(rows);
    if (inserted) {
        it->second = std::filesystem::temp_directory_path() /
                     ("pk_read_benchmark_" + std::to_string(rows) + "_rows.csv");
        std::ofstream out{it->second, std::ios::binary};
        out.write(text->data(), static_cast<std::streamsize>(text->size()));
    }
    return it->second;
}

// ---- Readers ---------------------------------------------------------------------------

// Rows/s counts data lines; bytes/s the file's bytes. The heap counters are per contribution
// read: what the result keeps (retained), and the most in use while reading (peak), both over
// what was in use before.
void report(benchmark::State& state, const pk::read_result& result, std::size_t bytes, std::size_t baseline,
            std::size_t retained) {
    const auto iterations = static_cast<std::int64_t>(state.iterations());
    state.SetItemsProcessed(iterations * static_cast<std::int64_t>(result.data_lines));
    state.SetBytesProcessed(iterations * static_cast<std::int64_t>(bytes));
    const double contributions = static_cast<double>(std::max<std::size_t>(result.data.size(), 1));
    state.counters["contributions"] = static_cast<double>(result.data.size());
    state.counters["retained_B/contribution"] = static_cast<double>(retained - baseline) / contributions;
    state.counters["peak_B/contribution"] = static_cast<double>(heap_peak.load() - baseline) / contributions;
    // The same retained heap less the covered months' list, which grows with the months a
    // file spans, not its rows (6 bytes a month: 0.007 B a row on the 10M-row file's 11,804
    // months): what each row costs, with whatever else the read keeps (1.3 KB at 1M rows,
    // 0.0013 B a row; under 0.0001 B a row at 100k and at 10M rows).
    const double months_bytes = static_cast<double>(result.data.covered_months().size() * sizeof(pk::covered_month));
    state.counters["rows_B/contribution"] = (static_cast<double>(retained - baseline) - months_bytes) / contributions;
    if (!result.ok()) state.SkipWithError("the reader reported errors on data meant to be valid");
}

void read_text_in_memory(benchmark::State& state, const std::string* text, const char* what) {
    if (text == nullptr || text->empty()) {
        state.SkipWithError(what);
        return;
    }
    pk::read_result last;
    std::size_t baseline = 0, retained = 0;
    for (auto _ : state) {
        last = {};
        baseline = heap_in_use.load();
        heap_peak.store(baseline);
        pk::read_result result = pk::read_text(*text, "benchmark");
        retained = heap_in_use.load();
        benchmark::DoNotOptimize(result.data.contributions().data());
        last = std::move(result);
    }
    report(state, last, text->size(), baseline, retained);
}

void read_file_from_disk(benchmark::State& state, const std::optional<std::filesystem::path>& path, const char* what) {
    if (!path || !std::filesystem::exists(*path)) {
        state.SkipWithError(what);
        return;
    }
    const auto bytes = static_cast<std::size_t>(std::filesystem::file_size(*path));
    pk::read_result last;
    std::size_t baseline = 0, retained = 0;
    for (auto _ : state) {
        last = {};
        baseline = heap_in_use.load();
        heap_peak.store(baseline);
        pk::read_result result = pk::read_file(*path);
        retained = heap_in_use.load();
        benchmark::DoNotOptimize(result.data.contributions().data());
        last = std::move(result);
    }
    report(state, last, bytes, baseline, retained);
}

constexpr const char* no_source = "Gender.Full.csv not found: set PK_SHARED_DATA to the shared data folder";

void dpo_long_read_text(benchmark::State& state) {
    read_text_in_memory(state, dpo_text(static_cast<std::size_t>(state.range(0))), no_source);
}
void dpo_long_read_file(benchmark::State& state) {
    read_file_from_disk(state, dpo_file(static_cast<std::size_t>(state.range(0))), no_source);
}
void dpo_long_read_given_file(benchmark::State& state) {
    const char* path = std::getenv("PK_BENCH_DPO_FILE");
    read_file_from_disk(state, path ? std::optional<std::filesystem::path>{path} : std::nullopt,
                        "set PK_BENCH_DPO_FILE to a UN DPO long file (pk_generate_dpo_long 10M FILE)");
}
void ipi_gender_read_file(benchmark::State& state) {
    read_file_from_disk(state, ipi_gender_file(), "ipi/Gender.Full.csv not found");
}
void ipi_gender_read_text(benchmark::State& state) {
    static const std::string text = file_text(ipi_gender_file());
    read_text_in_memory(state, &text, "ipi/Gender.Full.csv not found");
}
void ipi_snapshot_read_file(benchmark::State& state) {
    read_file_from_disk(state, ipi_snapshot_file(), "ipi/current_month_2014-03-31.csv not found");
}
void dpo_rank_read_file(benchmark::State& state) {
    read_file_from_disk(state, dpo_rank_file(), "un_dpo_rank/odp_contributionranks_2022-01-31.csv not found");
}

// The lines of the 1M-row file alone, through the mapped window (/0, what read_file uses for
// a regular file) and through fread's block (/1, line_reader::streamed): what the copy into
// the block costs (issue 11, sixth session).
void dpo_long_file_lines(benchmark::State& state) {
    const auto path = dpo_file(1'000'000);
    if (!path || !std::filesystem::exists(*path)) {
        state.SkipWithError(no_source);
        return;
    }
    const auto access = state.range(0) == 0 ? pk::csv::line_reader::file_access::mapped_where_possible
                                            : pk::csv::line_reader::streamed;
    std::size_t lines = 0;
    for (auto _ : state) {
        pk::csv::file_handle file{path->c_str()};
        pk::csv::line_reader reader{file.get(), access};
        pk::csv::line l;
        std::size_t n = 0, bytes = 0;
        while (reader.next(l)) {
            ++n;
            bytes += l.text.size();
        }
        benchmark::DoNotOptimize(bytes);
        lines = n;
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(lines));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) *
                            static_cast<std::int64_t>(std::filesystem::file_size(*path)));
    state.SetLabel(state.range(0) == 0 ? "mapped" : "streamed");
}

BENCHMARK(dpo_long_read_text)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(dpo_long_file_lines)->Arg(0)->Arg(1)->Unit(benchmark::kMillisecond);
BENCHMARK(dpo_long_read_file)->Arg(100'000)->Arg(1'000'000)->Unit(benchmark::kMillisecond);
BENCHMARK(dpo_long_read_given_file)->Unit(benchmark::kMillisecond)->Iterations(1);
BENCHMARK(ipi_gender_read_text)->Unit(benchmark::kMillisecond);
BENCHMARK(ipi_gender_read_file)->Unit(benchmark::kMillisecond);
BENCHMARK(ipi_snapshot_read_file)->Unit(benchmark::kMicrosecond);
BENCHMARK(dpo_rank_read_file)->Unit(benchmark::kMicrosecond);

// ---- Where a read's time goes (1M UN DPO long rows in memory) --------------------------
// Each stage adds one step of the reader's row loop to the one before, so the differences
// between them are the steps' costs; read_text is the whole.

constexpr std::size_t stage_rows = 1'000'000;

void set_stage_counters(benchmark::State& state, const std::string& text) {
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(stage_rows));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(text.size()));
}

void stage_1_lines(benchmark::State& state) {
    const std::string* text = dpo_text(stage_rows);
    if (text == nullptr) return state.SkipWithError(no_source);
    for (auto _ : state) {
        pk::csv::line_reader lines{*text};
        pk::csv::line line;
        std::size_t count = 0;
        while (lines.next(line)) count += line.text.size();
        benchmark::DoNotOptimize(count);
    }
    set_stage_counters(state, *text);
}

void stage_2_lines_checked(benchmark::State& state) {
    const std::string* text = dpo_text(stage_rows);
    if (text == nullptr) return state.SkipWithError(no_source);
    for (auto _ : state) {
        pk::csv::line_reader lines{*text};
        pk::csv::line line;
        std::size_t bad = 0;
        while (lines.next(line))
            if (pk::csv::detail::check_text(line.text)) ++bad;
        benchmark::DoNotOptimize(bad);
    }
    set_stage_counters(state, *text);
}

void stage_3_fields_split(benchmark::State& state) {
    const std::string* text = dpo_text(stage_rows);
    if (text == nullptr) return state.SkipWithError(no_source);
    std::vector<pk::csv::field> fields;
    std::string scratch;
    for (auto _ : state) {
        pk::csv::line_reader lines{*text};
        pk::csv::line line;
        std::size_t count = 0;
        while (lines.next(line)) {
            if (pk::csv::detail::check_text(line.text)) continue;
            if (!pk::csv::split_fields(line.text, ',', fields, scratch)) count += fields.size();
        }
        benchmark::DoNotOptimize(count);
    }
    set_stage_counters(state, *text);
}

// The whole reader on the same text, for the stages to be read against.
void stage_4_read_text(benchmark::State& state) {
    const std::string* text = dpo_text(stage_rows);
    if (text == nullptr) return state.SkipWithError(no_source);
    for (auto _ : state) {
        pk::read_result result = pk::read_text(*text, "benchmark");
        benchmark::DoNotOptimize(result.data.contributions().data());
    }
    set_stage_counters(state, *text);
}

// A prototype of parallel chunked parsing with what the library offers today: the text cut
// at a line end into `state.range(0)` chunks, each read by pk::read_text on its own thread
// (every chunk after the first gets a copy of the header), the datasets then merged. It
// leaves out what a real implementation must add (duplicates across chunks, line numbers of
// later chunks), so it is an upper bound of the gain, measured on this machine.
void prototype_chunks_read_text(benchmark::State& state) {
    const std::string* text = dpo_text(stage_rows);
    if (text == nullptr) return state.SkipWithError(no_source);
    const auto chunk_count = static_cast<std::size_t>(state.range(0));
    const std::string_view all{*text};
    const std::size_t header_end = all.find('\n') + 1;
    const std::string_view header = all.substr(0, header_end);
    std::vector<std::string_view> chunks;
    std::size_t begin = header_end;
    for (std::size_t k = 1; k <= chunk_count; ++k) {
        std::size_t end = k == chunk_count ? all.size() : all.find('\n', header_end + (all.size() - header_end) * k / chunk_count) + 1;
        chunks.push_back(all.substr(begin, end - begin));
        begin = end;
    }
    std::vector<std::string> texts(chunk_count);
    for (std::size_t k = 0; k < chunk_count; ++k) {
        texts[k] = header;
        texts[k] += chunks[k];
    }
    for (auto _ : state) {
        std::vector<pk::read_result> results(chunk_count);
        std::vector<std::thread> threads;
        for (std::size_t k = 1; k < chunk_count; ++k)
            threads.emplace_back([&, k] { results[k] = pk::read_text(texts[k], "benchmark"); });
        results[0] = pk::read_text(texts[0], "benchmark");
        for (auto& t : threads) t.join();
        pk::dataset merged = std::move(results[0].data);
        for (std::size_t k = 1; k < chunk_count; ++k) merged.merge(results[k].data);
        benchmark::DoNotOptimize(merged.contributions().data());
    }
    set_stage_counters(state, *text);
}

BENCHMARK(stage_1_lines)->Unit(benchmark::kMillisecond);
BENCHMARK(stage_2_lines_checked)->Unit(benchmark::kMillisecond);
BENCHMARK(stage_3_fields_split)->Unit(benchmark::kMillisecond);
BENCHMARK(stage_4_read_text)->Unit(benchmark::kMillisecond);
BENCHMARK(prototype_chunks_read_text)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

// ---- Value-type hot paths --------------------------------------------------------------
// Inputs are the distinct values of the real data, cycled: the reader's last-lookup cache
// hides repeats, so what it pays for is a change of country or mission.

struct real_values {
    std::vector<std::string> codes;     // ISO alpha-3 codes, as IPI writes them
    std::vector<std::string> names;     // IPI's country names ("Cote d'Ivoire", "Tanzania")
    std::vector<std::string> acronyms;  // mission acronyms, as IPI writes them
};

const real_values& values() {
    static const real_values v = [] {
        real_values out;
        const std::string text = file_text(ipi_gender_file());
        pk::csv::line_reader lines{text};
        pk::csv::line line;
        std::vector<pk::csv::field> fields;
        std::string scratch;
        std::set<std::string> codes, names, acronyms;
        std::size_t name_column = 0, code_column = 0, mission_column = 0;
        while (lines.next(line)) {
            if (pk::csv::split_fields(line.text, ',', fields, scratch)) continue;
            if (line.number == 1) {
                for (std::size_t i = 0; i < fields.size(); ++i) {
                    if (fields[i].text == "Contributor") name_column = i;
                    if (fields[i].text == "Contributor ISO-3") code_column = i;
                    if (fields[i].text == "Mission") mission_column = i;
                }
                continue;
            }
            if (fields.size() <= std::max({name_column, code_column, mission_column})) continue;
            names.emplace(fields[name_column].text);
            codes.emplace(fields[code_column].text);
            acronyms.emplace(fields[mission_column].text);
        }
        // Interleaved rather than sorted, so a lookup never finds the neighbour of the last one.
        auto spread = [](const std::set<std::string>& in) {
            const std::vector<std::string> sorted(in.begin(), in.end());
            std::vector<std::string> result;
            for (std::size_t stride = 0; stride < 7; ++stride)
                for (std::size_t i = stride; i < sorted.size(); i += 7) result.push_back(sorted[i]);
            return result;
        };
        out.codes = spread(codes);
        out.names = spread(names);
        out.acronyms = spread(acronyms);
        return out;
    }();
    return v;
}

template <class Lookup>
void lookups(benchmark::State& state, const std::vector<std::string>& inputs, Lookup lookup) {
    if (inputs.empty()) return state.SkipWithError(no_source);
    std::size_t found = 0, i = 0;
    for (auto _ : state) {
        if (lookup(std::string_view{inputs[i]})) ++found;
        if (++i == inputs.size()) i = 0;
    }
    benchmark::DoNotOptimize(found);
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()));
    state.counters["distinct_inputs"] = static_cast<double>(inputs.size());
    state.counters["found_share"] = static_cast<double>(found) / static_cast<double>(std::max<std::int64_t>(state.iterations(), 1));
}

void country_from_code(benchmark::State& state) {
    lookups(state, values().codes, [](std::string_view t) { return pk::country::from_code(t); });
}
void country_from_name(benchmark::State& state) {
    lookups(state, values().names, [](std::string_view t) { return pk::country_from_name(t); });
}
void mission_from_acronym(benchmark::State& state) {
    lookups(state, values().acronyms, [](std::string_view t) { return pk::mission::from_acronym(t); });
}

// Every month of 2000..2025 written in one date style.
enum class date_style { iso_date, iso_month, day_month_year, day_month_year_short_unpadded, day_name_two_digit_year, day_name_year };

std::vector<std::string> dates(date_style style) {
    static constexpr std::string_view names[12] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    std::vector<std::string> out;
    char buffer[32];
    for (int y = 2000; y <= 2025; ++y) {
        for (unsigned m = 1; m <= 12; ++m) {
            const unsigned d = pk::month{y, m}.last_day();
            int n = 0;
            switch (style) {
                case date_style::iso_date: n = std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02u", y, m, d); break;
                case date_style::iso_month: n = std::snprintf(buffer, sizeof buffer, "%04d-%02u", y, m); break;
                case date_style::day_month_year: n = std::snprintf(buffer, sizeof buffer, "%02u/%02u/%04d", d, m, y); break;
                case date_style::day_month_year_short_unpadded: n = std::snprintf(buffer, sizeof buffer, "1/%u/%04d", m, y); break;
                case date_style::day_name_two_digit_year:
                    n = std::snprintf(buffer, sizeof buffer, "%02u-%s-%02d", d, names[m - 1].data(), y % 100);
                    break;
                case date_style::day_name_year:
                    n = std::snprintf(buffer, sizeof buffer, "%02u-%s-%04d", d, names[m - 1].data(), y);
                    break;
            }
            out.emplace_back(buffer, static_cast<std::size_t>(n));
        }
    }
    return out;
}

void month_parse(benchmark::State& state) {
    const auto style = static_cast<date_style>(state.range(0));
    const auto inputs = dates(style);
    static constexpr const char* labels[] = {"2013-12-31", "2013-12", "31/12/2013", "1/12/2013", "31-Dec-13", "31-Dec-2013"};
    state.SetLabel(labels[state.range(0)]);
    lookups(state, inputs, [](std::string_view t) { return pk::month::parse(t); });
}

BENCHMARK(country_from_code);
BENCHMARK(country_from_name);
BENCHMARK(mission_from_acronym);
BENCHMARK(month_parse)->DenseRange(0, 5);

// ---- The one-pass reader's scans against the plain functions they stand in for ----------
// On the fields of the first 100,000 rows of the generated UN DPO long text (lines, counts,
// personnel types as the file writes them), each scan next to the function it replaces in
// the hot loop (issue 11). Items are fields (lines for the marks).

struct scan_inputs {
    std::vector<std::string_view> lines, counts, types;
    const char* end = nullptr;  // the text's end: the scans load a word past a field's start
};

const scan_inputs& scan_fields() {
    static const scan_inputs inputs = [] {
        scan_inputs out;
        const std::string* text = dpo_text(stage_rows);
        if (text == nullptr) return out;
        out.end = text->data() + text->size();
        pk::csv::line_reader lines{*text};
        pk::csv::line line;
        lines.next(line);  // the header
        std::vector<pk::csv::field> fields;
        std::string scratch;
        while (lines.next(line) && out.lines.size() < 100'000) {
            if (line.text.size() < pk::csv::min_marked_bytes || line.text.size() > pk::csv::max_marked_bytes) continue;
            if (pk::csv::split_fields(line.text, ',', fields, scratch) || fields.size() != 8) continue;
            out.lines.push_back(line.text);
            out.types.push_back(fields[4].text);  // ISOCode3,M49_Code,Contributing_Country,Mission_Acronym,Personnel_Type,...
            out.counts.push_back(fields[5].text);
            out.counts.push_back(fields[6].text);
        }
        return out;
    }();
    return inputs;
}

template <class Scan>
void scan_all(benchmark::State& state, const std::vector<std::string_view>& inputs, Scan scan) {
    if (inputs.empty()) return state.SkipWithError(no_source);
    std::uint64_t sum = 0;
    for (auto _ : state) {
        for (std::string_view text : inputs) sum += scan(text);
        benchmark::DoNotOptimize(sum);
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * static_cast<std::int64_t>(inputs.size()));
}

void scan_line_marks(benchmark::State& state) {
    scan_all(state, scan_fields().lines, [](std::string_view t) {
        const auto m = pk::csv::mark_bytes(t.data(), t.size());
        return m.commas[0] + (m.odd ? 1u : 0u);
    });
}
void scan_line_marks_one_by_one(benchmark::State& state) {
    scan_all(state, scan_fields().lines, [](std::string_view t) {
        const auto m = pk::csv::mark_bytes_one_by_one(t.data(), t.size());
        return m.commas[0] + (m.odd ? 1u : 0u);
    });
}
void scan_count_from_digits(benchmark::State& state) {
    const char* end = scan_fields().end;
    scan_all(state, scan_fields().counts, [end](std::string_view t) {
        std::uint16_t value = 0;
        return pk::csv::count_from_digits(t, end, value) ? std::uint64_t{value} : 0u;
    });
}
void scan_parse_count(benchmark::State& state) {
    scan_all(state, scan_fields().counts, [](std::string_view t) {
        const auto value = pk::csv::parse_count(t);
        return value ? std::uint64_t{*value} : 0u;
    });
}
void scan_category_from_un_label(benchmark::State& state) {
    const char* end = scan_fields().end;
    scan_all(state, scan_fields().types, [end](std::string_view t) {
        const auto c = pk::csv::category_from_un_label(t, end);
        return c ? static_cast<std::uint64_t>(*c) + 1 : 0u;
    });
}
void scan_category_from_label(benchmark::State& state) {
    scan_all(state, scan_fields().types, [](std::string_view t) {
        const auto c = pk::csv::category_from_label(t);
        return c ? static_cast<std::uint64_t>(*c) + 1 : 0u;
    });
}
BENCHMARK(scan_line_marks);
BENCHMARK(scan_line_marks_one_by_one);
BENCHMARK(scan_count_from_digits);
BENCHMARK(scan_parse_count);
BENCHMARK(scan_category_from_un_label);
BENCHMARK(scan_category_from_label);

// ---- Size of the record ----------------------------------------------------------------
// The dataset's floor: what one contribution costs in the vector, before any slack.
void contribution_size(benchmark::State& state) {
    for (auto _ : state) benchmark::DoNotOptimize(sizeof(pk::contribution));
    state.counters["sizeof_B"] = static_cast<double>(sizeof(pk::contribution));
}
BENCHMARK(contribution_size)->Iterations(1);

}  // namespace
