// generate_dpo_long: writes a realistic UN DPO long file of any number of rows from the real
// data (see dpo_long_generator.hpp for how), for the benchmarks and compare_peers.sh.
//
//     pk_generate_dpo_long [--source Gender.Full.csv] [--check] ROWS OUT
//
// ROWS is a count, with k (thousand) or M (million) allowed: 100k, 1M, 10M. --check reads the
// file back with pk::read_file and checks that every row is valid and every date is the last
// day of its month, as computed by pk::month (the generator uses its own calendar).
#include <charconv>
#include <cstdint>  // std::uintmax_t
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

#include "dpo_long_generator.hpp"

#include <peacekeeping/csv/line_reader.hpp>
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/time/month.hpp>

namespace {

constexpr std::string_view usage =
    "usage: pk_generate_dpo_long [--source Gender.Full.csv] [--check] ROWS OUT\n"
    "  ROWS: a number of data rows, k and M allowed (100k, 1M, 10M)\n";

std::optional<std::size_t> parse_rows(std::string_view text) {
    std::size_t scale = 1;
    if (!text.empty() && (text.back() == 'k' || text.back() == 'K')) scale = 1'000;
    if (!text.empty() && text.back() == 'M') scale = 1'000'000;
    if (scale != 1) text.remove_suffix(1);
    std::size_t value = 0;
    auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || value == 0) return std::nullopt;
    return value * scale;
}

// The default source: $PK_SHARED_DATA, else the shared data beside the checkout (README
// "Data shipped"); __FILE__ is absolute when CMake compiles this.
std::filesystem::path default_source() {
    const char* dir = std::getenv("PK_SHARED_DATA");
    const std::filesystem::path data =
        dir != nullptr ? std::filesystem::path{dir}
                       : std::filesystem::path{__FILE__}.parent_path() / ".." / ".." / "shared" / "data";
    return data / "ipi" / "Gender.Full.csv";
}

// Every date is a month's last day by pk::month's calendar; returns the number of bad dates.
std::size_t count_dates_not_month_end(const std::filesystem::path& path) {
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return 1;
    pk::csv::line_reader lines{file};
    pk::csv::line line;
    std::size_t bad = 0;
    lines.next(line);  // the header
    while (lines.next(line)) {
        const auto comma = line.text.rfind(',');
        const auto date = line.text.substr(comma + 1);
        const auto parsed = pk::month::parse(date);
        const auto slash = date.find('/');
        unsigned day = 0;
        std::from_chars(date.data(), date.data() + slash, day);
        if (!parsed || day != parsed->last_day()) {
            if (bad < 5) std::fprintf(stderr, "line %u: %.*s is not a month's last day\n", line.number,
                                      static_cast<int>(date.size()), date.data());
            ++bad;
        }
    }
    std::fclose(file);
    return bad;
}

}  // namespace

int main(int argc, char** argv) {
    std::filesystem::path source_path = default_source();
    bool check = false;
    std::optional<std::size_t> rows;
    std::optional<std::filesystem::path> out;
    for (int i = 1; i < argc; ++i) {
        const std::string_view arg = argv[i];
        if (arg == "--source" && i + 1 < argc) {
            source_path = argv[++i];
        } else if (arg == "--check") {
            check = true;
        } else if (arg == "--help") {
            std::fputs(usage.data(), stdout);
            return 0;
        } else if (!rows) {
            rows = parse_rows(arg);
            if (!rows) {
                std::fprintf(stderr, "pk_generate_dpo_long: not a row count: %s\n%s", argv[i], usage.data());
                return 2;
            }
        } else if (!out) {
            out = argv[i];
        } else {
            std::fputs(usage.data(), stderr);
            return 2;
        }
    }
    if (!rows || !out) {
        std::fputs(usage.data(), stderr);
        return 2;
    }
    try {
        const auto source = pk::benchmarks::load_generator_source(source_path);
        const std::size_t copies = (*rows + source.rows.size() - 1) / source.rows.size();
        const int last_year = source.last.year().value() + static_cast<int>(copies - 1) * source.shift_years;
        std::fprintf(stderr,
                     "%s: %zu real rows (%zu rejected by the reader, %zu without a gender split left out), "
                     "%s..%s; %zu copies %d years apart, last year %d\n",
                     source_path.c_str(), source.rows.size(), source.read_errors, source.unsplit_skipped,
                     std::string{source.first.text().view()}.c_str(), std::string{source.last.text().view()}.c_str(),
                     copies, source.shift_years, last_year);
        pk::benchmarks::write_dpo_long_file(source, *rows, *out);
        std::fprintf(stderr, "wrote %zu rows, %ju bytes to %s\n", *rows,
                     static_cast<std::uintmax_t>(std::filesystem::file_size(*out)), out->c_str());
        if (check) {
            const auto result = pk::read_file(*out);
            for (std::size_t i = 0; i < result.errors.size() && i < 5; ++i)
                std::fprintf(stderr, "%s\n", result.errors[i].to_string().c_str());
            const std::size_t bad_dates = count_dates_not_month_end(*out);
            const bool ok = result.ok() && result.data.size() == *rows && result.valid_lines == *rows && bad_dates == 0;
            std::fprintf(stderr, "check: %zu errors, %zu contributions read back, %zu dates not a month's end: %s\n",
                         result.errors.size(), result.data.size(), bad_dates, ok ? "ok" : "FAILED");
            if (!ok) return 1;
        }
    } catch (const std::exception& e) {
        std::fprintf(stderr, "pk_generate_dpo_long: %s\n", e.what());
        return 1;
    }
    return 0;
}
