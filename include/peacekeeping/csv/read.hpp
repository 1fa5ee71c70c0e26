#pragma once
// pk::read_file and pk::read_text: any known contribution format into a pk::dataset, with
// every good row kept and every bad one reported (or, in strict mode, the first one thrown).
//
//     auto result = pk::read_file("odp_contributionsbygender.csv");
//     for (const auto& e : result.errors) std::cerr << e << '\n';
//     use(result.data);  // every valid row, with the months it covers
#include <bit>  // std::endian
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>  // std::conditional_t
#include <vector>

#include <peacekeeping/csv/error.hpp>
#include <peacekeeping/csv/formats.hpp>
#include <peacekeeping/csv/line_reader.hpp>
#include <peacekeeping/csv/tokenizer.hpp>
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/detail/parallel.hpp>
#include <peacekeeping/detail/sort.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

struct read_options {
    // Stop at the first bad row and throw pk::read_failure carrying it.
    bool strict = false;
    // Drop a row that repeats an earlier row exactly (same key and same figures), counting it in
    // read_result::identical_duplicates_dropped. IPI's 2014 file repeats every row two or three
    // times (data/README.txt); off by default, so a repeat is reported like any duplicate.
    bool drop_identical_duplicates = false;
    // Read only rows of these months. Of the other lines only the date is read (a date that does
    // not parse is still an error): a period's rows are clean even when an older part of the
    // file is not (full_gender_data, data/README.txt). They are counted in outside_period_lines.
    std::optional<month_range> only{};
    // The name errors print; default: the path as given.
    // (Every member has an initializer, so designated initialisers may leave any of them out
    // without g++'s -Wmissing-field-initializers.)
    std::string display_name{};
    // Errors kept in read_result::errors; past this many they are only counted
    // (errors_not_kept), so a file of junk behind a valid header is read in bounded memory.
    std::size_t max_errors = 10000;
};

struct read_result {
    dataset data;
    std::vector<read_error> errors;  // in line order
    std::optional<source_format> format;
    std::size_t errors_not_kept = 0;  // bad lines past read_options::max_errors: counted, not kept
    std::size_t data_lines = 0;       // non-empty lines after the header
    std::size_t valid_lines = 0;      // data lines read without error (each gives 0 to 4 contributions)
    std::size_t aggregate_lines = 0;  // valid summary rows of the source ("all"), part of valid_lines
    // Lines dated outside read_options::only, skipped after reading their date. Part of valid_lines,
    // so valid_lines + errors.size() == data_lines whatever the options.
    std::size_t outside_period_lines = 0;
    std::size_t identical_duplicates_dropped = 0;  // part of valid_lines

    bool ok() const noexcept { return errors.empty(); }
};

namespace csv::detail {

// Which format a header belongs to. The four are told apart by their columns; rank is tried
// before long only to document that a rank file has no Mission_Acronym.
inline std::optional<source_format> detect(const header& h) {
    if (un_dpo_rank_format::from_header(h)) return source_format::un_dpo_rank;
    if (un_dpo_long_format::from_header(h)) return source_format::un_dpo_long;
    if (ipi_gender_format::from_header(h)) return source_format::ipi_gender;
    if (ipi_snapshot_format::from_header(h)) return source_format::ipi_snapshot;
    return std::nullopt;
}

inline bool is_blank_line(std::string_view text) noexcept {
    if (!text.empty() && static_cast<unsigned char>(text.front()) > ' ') return false;  // nearly every line
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}

// What each month's rows tell, one run of a month at a time: a month whose rows lack a
// mission (or a gender split, or a category) is covered, but does not tell that.
constexpr month_coverage coverage_of(const contribution& c) noexcept {
    return {c.mission.is_reported(), c.gender_reported(), c.category != personnel_category::unreported};
}
inline void add_month_run(const contribution& c, std::vector<covered_month>& seen) {
    const month_coverage what = coverage_of(c);
    if (!seen.empty() && seen.back().month == c.month)
        seen.back().coverage = seen.back().coverage & what;
    else
        seen.push_back({c.month, what});
}

inline void cover_months(dataset& data) {
    std::vector<covered_month> seen;
    for (const contribution& c : data.contributions()) add_month_run(c, seen);
    for (const auto& s : seen) data.cover(s.month, s.coverage);
}

// A row's key as one integer, in the order of contribution_key: rows whose keys strictly
// increase have no duplicate, which spares the duplicate check its sort.
constexpr std::int64_t packed_key(const contribution& c) noexcept {
    return std::int64_t{c.month.index()} * (std::int64_t{1} << 24) + (std::int64_t{c.country.index()} << 16) +
           (std::int64_t{c.mission.index()} << 8) + static_cast<std::int64_t>(c.category);
}

// The source line of rows, kept sparse: from row `row` on, row r is on line `line + (r - row)`,
// until the next mark. A file of one row per line needs one mark, not four bytes per row.
struct line_mark {
    std::uint32_t row;
    std::uint32_t line;
};

// The line of every row, for the rare read whose keys do not strictly increase.
inline std::vector<std::uint32_t> lines_of(std::size_t rows, const std::vector<line_mark>& marks) {
    std::vector<std::uint32_t> lines(rows);
    for (std::size_t k = 0; k < marks.size(); ++k) {
        const std::size_t last = k + 1 < marks.size() ? marks[k + 1].row : rows;
        for (std::size_t r = marks[k].row; r < last; ++r)
            lines[r] = marks[k].line + static_cast<std::uint32_t>(r - marks[k].row);
    }
    return lines;
}

// One stretch of lines, read by one thread (or the whole file, by one). Its rows go to its
// slice of the result first (`region`, parallel reads) and then to `overflow`. Chunks sit side
// by side in a vector and each thread writes its own for every row: aligned to a cache line,
// no two share one (sharing one cost 40% of the read in perf).
struct alignas(64) chunk {
    contribution* region = nullptr;
    std::size_t region_capacity = 0;
    std::size_t region_count = 0;
    dataset::row_vector overflow;
    std::vector<line_mark> marks;
    std::vector<read_error> errors;  // in line order
    std::size_t errors_not_kept = 0;
    std::size_t data_lines = 0, valid_lines = 0, aggregate_lines = 0, outside_period_lines = 0;
    std::uint32_t lines = 0;  // lines read, blank ones included
    bool failed = false;      // the stream failed; `failure` is its errno
    int failure = 0;
    bool increasing = true;               // keys strictly increase
    std::vector<covered_month> months;    // month runs (add_month_run)
    std::vector<field> fields;
    std::string scratch;

    std::size_t size() const noexcept { return region_count + overflow.size(); }
    const contribution& front() const noexcept { return region_count != 0 ? region[0] : overflow.front(); }
    const contribution& back() const noexcept { return overflow.empty() ? region[region_count - 1] : overflow.back(); }

    // Keeps a row read from `line`. What the whole read needs to know of the rows is noted
    // here, while the row is in registers: whether keys strictly increase, and the month runs.
    // (The row count, the line the last mark predicts and the month run in progress are kept
    // in members of their own, not asked of the vectors: this runs for every row, issue 11.)
    // (Always inlined: as a call, its prologue and epilogue were a quarter of its cost.)
    [[gnu::always_inline]] void add(const contribution& c, std::uint32_t line) {
        const std::size_t row = rows_;
        if (line != predicted_line_) marks.push_back({static_cast<std::uint32_t>(row), line});
        predicted_line_ = line + 1;
        const std::int64_t key = packed_key(c);
        if (row != 0 && key <= last_key) increasing = false;
        last_key = key;
        const month_coverage what = coverage_of(c);
        if (row != 0 && c.month == run_.month) {
            run_.coverage = run_.coverage & what;
        } else {
            if (row != 0) months.push_back(run_);
            run_ = {c.month, what};
        }
        if (region_count < region_capacity)
            region[region_count++] = c;
        else
            overflow.push_back(c);
        rows_ = row + 1;
    }
    // Once every row is in: the month run in progress joins `months`.
    void finish() {
        if (rows_ != 0) months.push_back(run_);
    }

private:
    std::int64_t last_key = 0;
    std::size_t rows_ = 0;
    std::uint32_t predicted_line_ = 0;  // no row is on line 0: the first row always marks
    covered_month run_{};
};

// What reader::run knows of the text besides its lines: the file to open again for parallel
// chunks (nullptr for text in memory) and the text's size in bytes (0: unknown, e.g. a pipe).
struct source {
    const std::string* path = nullptr;
    std::uint64_t size = 0;
};

template <class Result>
class basic_reader {
    // Every vector, optional and chunk the reader uses is named through Result, so its bodies
    // depend on it and are instantiated only in programs that read, not in every file that
    // includes the umbrella header (issue 3: clang spent 68 ms of each such file on them).
    template <class T>
    using later = std::conditional_t<sizeof(Result*) != 0, T, T>;

public:
    // Files at least this large are read in parallel chunks, chunks_per_core for each core (up
    // to max_chunks), taken in turn by one thread per core as each finishes its last: a core
    // slowed by other work then reads fewer chunks instead of holding up the end (one chunk
    // per core had one thread idle for up to a fifth of the read on a shared machine). Smaller
    // files take the simple one-thread path, where a thread would cost more than it saves.
    static constexpr std::uint64_t parallel_bytes = std::uint64_t{16} << 20;
    static constexpr std::size_t chunks_per_core = 4;
    static constexpr std::size_t max_chunks = 32;

    basic_reader(std::string name, const read_options& options) : name_{std::move(name)}, options_{options} {}

    Result run(line_reader& lines, source from = {}) {
        line current;
        // The header: the first non-empty line.
        later<std::optional<source_format>> format;
        later<std::optional<header>> head;
        later<std::vector<field>> fields;
        std::string scratch;
        while (lines.next(current)) {
            auto text = current.text;
            if (current.number == 1 && text.substr(0, 3) == utf8_bom) text.remove_prefix(3);
            if (detail::is_blank_line(text)) continue;
            if (auto problem = split_fields(text, ',', fields, scratch)) {
                file_error(current.number, problem->column, known_formats_description, text);
                return std::move(result_);
            }
            head.emplace(fields);
            format = detect(*head);
            if (!format) {
                file_error(current.number, 1, known_formats_description, text);
                return std::move(result_);
            }
            break;
        }
        if (!format) {
            file_error(current.number == 0 ? 1 : current.number, 1, "a header line", "end of file");
            return std::move(result_);
        }
        result_.format = format;
        // One instantiation of the row loop per format: the per-row call is direct, not virtual.
        switch (*format) {
            case source_format::un_dpo_long: read_all(*un_dpo_long_format::from_header(*head), lines, from); break;
            case source_format::ipi_gender: read_all(*ipi_gender_format::from_header(*head), lines, from); break;
            case source_format::ipi_snapshot: read_all(*ipi_snapshot_format::from_header(*head), lines, from); break;
            case source_format::un_dpo_rank: read_all(*un_dpo_rank_format::from_header(*head), lines, from); break;
            case source_format::un_monthly_pdf: break;  // never detected from a CSV header
        }
        return std::move(result_);
    }

private:
    void file_error(std::uint32_t line_number, std::uint32_t column, std::string_view expected, std::string_view found) {
        read_error e{name_, line_number, column, {}, std::string{expected}, std::string{found.substr(0, 200)}};
        if (options_.strict) throw read_failure{std::move(e)};
        result_.errors.push_back(std::move(e));
    }

    // A bad row of `rows` (nullptr once every row is in: the duplicates are then reported in
    // line order by finish).
    void row_error(later<chunk>* rows, later<std::vector<read_error>>& errors, std::uint32_t line_number, std::uint32_t column,
                   std::string column_name, std::string expected, std::string found) {
        if (options_.strict && rows != nullptr) {
            // A duplicate is only seen at the end; stop at it if it came first. (Strict reads
            // are never parallel: every row is in `overflow`.)
            const auto lines = lines_of(rows->size(), rows->marks);
            for (const auto& d : duplicate_lines(rows->overflow, lines))
                if (d.line < line_number && !d.droppable) report_duplicate(rows->overflow[d.row], d.line, d.first_line);
        }
        // Memory stays bounded whatever the input: a field's text is quoted up to 200 bytes (cut
        // on a UTF-8 character boundary), and past max_errors an error is only counted.
        if (!options_.strict && errors.size() >= options_.max_errors) {
            ++(rows != nullptr ? rows->errors_not_kept : result_.errors_not_kept);
            return;
        }
        if (found.size() > 200) {
            std::size_t cut = 200;
            while (cut > 0 && (static_cast<unsigned char>(found[cut]) & 0xC0u) == 0x80u) --cut;
            found.resize(cut);
        }
        read_error e{name_, line_number, column, std::move(column_name), std::move(expected), std::move(found)};
        if (options_.strict) throw read_failure{std::move(e)};
        errors.push_back(std::move(e));
    }

    // Rows per byte of the first block's lines: what to reserve for the rest (one row per line;
    // a format that gives more grows its vector as before). 0 when too few lines to tell, or
    // when most lines do not even have the header's number of fields: junk behind a valid
    // header must not have its lines' worth of rows reserved (1 GiB of 5-byte junk lines would
    // be 2.5 GB of rows), so it takes the one-chunk path whose memory grows only with rows read.
    static double lines_per_byte(std::string_view block, std::size_t columns) noexcept {
        block = block.substr(0, line_reader::block_bytes);
        std::size_t count = 0, shaped = 0, end = 0, commas = 0;
        for (std::size_t i = 0; i < block.size(); ++i) {
            if (block[i] == ',') ++commas;
            if (block[i] != '\n') continue;
            ++count;
            if (commas + 1 >= columns) ++shaped;  // quoted commas can only add fields
            commas = 0;
            end = i + 1;
        }
        if (count < 16 || shaped * 2 < count) return 0.0;
        return static_cast<double>(count) / static_cast<double>(end);
    }
    // Rows to reserve for `bytes` of lines: the estimate and 1/128 more, for lines a little
    // longer or shorter than the first block's.
    static std::size_t rows_for(std::uint64_t bytes, double per_byte) noexcept {
        const double estimate = static_cast<double>(bytes) * per_byte;
        return static_cast<std::size_t>(estimate + estimate / 128) + 64;
    }

    // Where the chunks start: the first line start at or after each k/n of the rest of a file,
    // and its size. Empty: one chunk (small file, strict mode, one core, pipe, text in memory).
    later<std::vector<std::uint64_t>> chunk_bounds(std::uint64_t start, const source& from) const {
        later<std::vector<std::uint64_t>> bounds;
        if (options_.strict || from.path == nullptr || from.size < start + parallel_bytes) return bounds;
        const std::size_t cores = pk::detail::available_cores();
        if (cores < 2) return bounds;
        std::size_t n = cores * chunks_per_core;
        if (n > max_chunks) n = max_chunks;
        file_handle file{from.path->c_str()};
        if (!file) return bounds;
        bounds.push_back(start);
        later<std::vector<char>> buffer(std::size_t{1} << 16);
        for (std::size_t k = 1; k < n; ++k) {
            const std::uint64_t target = start + (from.size - start) / n * k;
            if (target <= bounds.back() || std::fseek(file.get(), static_cast<long>(target), SEEK_SET) != 0) continue;
            // The next line start; a line longer than the limit is left whole to one chunk.
            std::uint64_t at = target;
            bool found = false;
            while (!found && at - target < line_reader::max_line_bytes) {
                const auto got = std::fread(buffer.data(), 1, buffer.size(), file.get());
                if (got == 0) break;
                if (auto* newline = static_cast<char*>(std::memchr(buffer.data(), '\n', got))) {
                    at += static_cast<std::uint64_t>(newline - buffer.data()) + 1;
                    found = true;
                } else {
                    at += got;
                }
            }
            if (found && at < from.size) bounds.push_back(at);
        }
        bounds.push_back(from.size);
        if (bounds.size() < 3) bounds.clear();
        return bounds;
    }

    template <class Format>
    void read_all(const Format& format, line_reader& lines, const source& from) {
        const std::uint64_t start = lines.offset();
        const double per_byte = lines_per_byte(lines.buffered(), format.columns());
        auto bounds = per_byte > 0 ? chunk_bounds(start, from) : later<std::vector<std::uint64_t>>{};
        const std::size_t n = bounds.empty() ? 1 : bounds.size() - 1;
        // Every chunk's file is opened before any is read: a file that cannot be opened again
        // leaves the read on one thread, as if it were small. (Each chunk's line reader and its
        // buffer are made when a thread takes the chunk, so only one per thread is alive.)
        later<std::optional<file_handle>> files[max_chunks];
        for (std::size_t k = 1; k < n; ++k) {
            files[k].emplace(from.path->c_str());
            if (!*files[k] || std::fseek(files[k]->get(), static_cast<long>(bounds[k]), SEEK_SET) != 0) {
                bounds.clear();
                break;
            }
        }
        if (!bounds.empty() && !lines.stop_at(bounds[1])) bounds.clear();

        later<std::vector<later<chunk>>> chunks(bounds.empty() ? 1 : n);
        later<dataset::row_vector> rows;
        if (bounds.empty()) {
            if (from.size > start && per_byte > 0) chunks[0].overflow.reserve(rows_for(from.size - start, per_byte));
            read_chunk(format, lines, chunks[0]);
        } else {
            // One vector for all the rows, each chunk writing its own slice of it: no copy of
            // every row at the end, so the peak stays near the result's size.
            std::size_t total = 0;
            for (std::size_t k = 0; k < n; ++k) total += rows_for(bounds[k + 1] - bounds[k], per_byte);
            rows.resize(total);
            std::size_t offset = 0;
            for (std::size_t k = 0; k < n; ++k) {
                chunks[k].region = rows.data() + offset;
                chunks[k].region_capacity = rows_for(bounds[k + 1] - bounds[k], per_byte);
                offset += chunks[k].region_capacity;
            }
            std::size_t threads = pk::detail::available_cores();
            if (threads > n) threads = n;
            // Each thread's block, handed from one of its chunks' readers to the next.
            later<std::vector<std::vector<char>>> blocks(threads);
            // The rows moved down to their place as soon as every chunk before theirs is in
            // place, by the thread that finished the last of them, while the other threads
            // still read: done serially in merge(), the moves of 120 MB took 15 ms of a 500 ms
            // read of 10M rows. A chunk k's rows end below chunk k + 1's region, so a move
            // never touches rows still being written. The moves stop at a chunk that overflowed
            // its region; merge() then does the rest, as before.
            struct placing {
                pk::detail::task_mutex mutex;
                std::size_t placed = 0;  // chunks [0, placed) are in place
                std::size_t at = 0;      // rows in place
                bool stopped = false;
            } place;
            later<std::vector<std::uint8_t>> done(n, 0);
            auto place_ready_chunks = [&](std::size_t k) {
                place.mutex.lock();
                done[k] = 1;
                while (!place.stopped && place.placed < n && done[place.placed] != 0) {
                    auto& c = chunks[place.placed];
                    if (!c.overflow.empty()) {
                        place.stopped = true;
                        break;
                    }
                    contribution* const target = rows.data() + place.at;
                    if (c.region_count != 0 && c.region != target)
                        std::memmove(static_cast<void*>(target), c.region, c.region_count * sizeof(contribution));
                    c.region = target;
                    place.at += c.region_count;
                    ++place.placed;
                }
                place.mutex.unlock();
            };
            auto read_one = [&](std::size_t k, std::size_t thread) {
                if (k == 0) {
                    read_chunk(format, lines, chunks[0]);
                } else {
                    later<line_reader> reader{files[k]->get(), std::move(blocks[thread])};
                    reader.stop_at(bounds[k + 1] - bounds[k]);
                    read_chunk(format, reader, chunks[k]);
                    blocks[thread] = reader.release_buffer();
                    files[k].reset();  // closed once read: a file handle's own buffer goes with it
                }
                place_ready_chunks(k);
            };
            pk::detail::run_tasks(n, threads, read_one);
        }
        merge(chunks, rows);
    }

    // Reads one chunk's lines with its own copy of the format (whose caches are per thread).
    template <class Format>
    void read_chunk(Format format, line_reader& lines, later<chunk>& c) {
        read_rows(format, lines, c);
        c.finish();
        c.lines = lines.lines_read();
        c.failed = lines.failed();
        c.failure = errno;
    }

    template <class Format>
    void read_rows(Format& format, line_reader& lines, later<chunk>& c) {
        line current;
        row_outcome outcome;
        const std::size_t columns = format.columns();
        auto& fields = c.fields;
        while (lines.next(current)) {
            if (detail::is_blank_line(current.text)) continue;
            ++c.data_lines;
            if (current.too_long) {
                row_error(&c, c.errors, current.number, 1, {}, "a line of at most 4 MiB", "a longer line");
                continue;
            }
            // The format's one-pass reading of a plain, valid line, where it has one.
            if constexpr (requires(contribution& row) { format.parse_plain(current.text, row); }) {
                contribution row;
                if (format.parse_plain(current.text, row)) {
                    ++c.valid_lines;
                    if (options_.only && !options_.only->contains(row.month)) ++c.outside_period_lines;
                    else c.add(row, current.number);
                    continue;
                }
            }
            // A line of plain ASCII with no quote (nearly all) is checked and split in one pass;
            // any other line is checked, then split, as the two steps always did.
            bool split = false;
            if constexpr (std::endian::native == std::endian::little) {
                fields.clear();
                split = split_unquoted<true>(current.text, ',', fields);
                if (!split) fields.clear();
            }
            if (!split) {
                if (auto problem = check_text(current.text)) {
                    row_error(&c, c.errors, current.number, problem->column, {}, std::string{problem->expected},
                              std::string{problem->found});
                    continue;
                }
                if (auto problem = split_fields(current.text, ',', fields, c.scratch)) {
                    row_error(&c, c.errors, current.number, problem->column, {}, std::string{problem->expected},
                              std::string{problem->found});
                    continue;
                }
            }
            if (fields.size() != columns) {
                auto column = fields.size() < columns ? static_cast<std::uint32_t>(current.text.size() + 1)
                                                      : fields[columns].column;
                row_error(&c, c.errors, current.number, column, {}, std::to_string(columns) + " fields, as in the header",
                          std::to_string(fields.size()) + " fields");
                continue;
            }
            if (options_.only) {
                auto m = format.month_of(fields[format.date_column()].text);
                if (m && !options_.only->contains(*m)) {
                    ++c.valid_lines;
                    ++c.outside_period_lines;
                    continue;
                }
            }
            outcome.reset();
            if (!format.parse(fields, outcome)) {
                row_error(&c, c.errors, current.number, outcome.column, std::move(outcome.column_name),
                          std::move(outcome.expected), std::move(outcome.found));
                continue;
            }
            ++c.valid_lines;
            if (outcome.aggregate) {
                ++c.aggregate_lines;
                continue;
            }
            for (std::size_t i = 0; i < outcome.count; ++i) c.add(outcome.rows[i], current.number);
        }
    }

    // The chunks' rows, lines, errors and counts as one read: chunk k's line numbers follow
    // those of the chunks before it.
    void merge(later<std::vector<later<chunk>>>& chunks, later<dataset::row_vector>& rows) {
        later<std::vector<line_mark>> marks;
        later<std::vector<covered_month>> months;
        std::uint32_t line_offset = 0;
        std::size_t row_offset = 0;
        bool increasing = true, failed = false;
        int failure = 0;
        for (std::size_t k = 0; k < chunks.size(); ++k) {
            auto& c = chunks[k];
            for (auto& e : c.errors) {
                e.line += line_offset;
                result_.errors.push_back(std::move(e));
            }
            result_.errors_not_kept += c.errors_not_kept;
            for (const auto& m : c.marks)
                marks.push_back({static_cast<std::uint32_t>(m.row + row_offset), m.line + line_offset});
            months.insert(months.end(), c.months.begin(), c.months.end());
            result_.data_lines += c.data_lines;
            result_.valid_lines += c.valid_lines;
            result_.aggregate_lines += c.aggregate_lines;
            result_.outside_period_lines += c.outside_period_lines;
            increasing = increasing && c.increasing;
            if (c.size() != 0 && row_offset != 0) {
                // The first row of this chunk against the last row before it.
                std::size_t before = k;
                while (chunks[before - 1].size() == 0) --before;
                if (packed_key(chunks[before - 1].back()) >= packed_key(c.front())) increasing = false;
            }
            if (c.failed && !failed) {
                failed = true;
                failure = c.failure;
            }
            line_offset += c.lines;
            row_offset += c.size();
        }
        // The rows, in chunk order, in `rows` and its slices: moved down in place where the
        // slices held them (the common case), copied into a new vector otherwise.
        if (chunks.size() == 1 && chunks[0].region == nullptr) {
            rows = std::move(chunks[0].overflow);
        } else {
            bool in_place = row_offset <= rows.size();
            for (std::size_t k = 0; k + 1 < chunks.size(); ++k) in_place = in_place && chunks[k].overflow.empty();
            if (in_place) {
                std::size_t at = 0;
                for (auto& c : chunks) {
                    if (c.region_count != 0 && c.region != rows.data() + at)
                        std::memmove(static_cast<void*>(rows.data() + at), c.region, c.region_count * sizeof(contribution));
                    at += c.region_count;
                    if (!c.overflow.empty())
                        std::memcpy(static_cast<void*>(rows.data() + at), c.overflow.data(), c.overflow.size() * sizeof(contribution));
                    at += c.overflow.size();
                }
                rows.resize(at);
            } else {
                later<dataset::row_vector> all;
                all.reserve(row_offset);
                for (auto& c : chunks) {
                    all.insert(all.end(), c.region, c.region + c.region_count);
                    all.insert(all.end(), c.overflow.begin(), c.overflow.end());
                }
                rows = std::move(all);
            }
        }
        chunks.clear();
        if (failed) file_error(0, 0, "a readable file", std::strerror(failure));
        finish(std::move(rows), marks, increasing, months);
    }

    void report_duplicate(const contribution& c, std::uint32_t line_number, std::uint32_t first_line) {
        std::string found = "another row for ";
        found += c.month.text().view();
        found += ' ';
        found += c.country.code();
        found += ' ';
        found += c.mission.acronym();
        found += ' ';
        found += name(c.category);
        found += " (first on line " + std::to_string(first_line) + ")";
        row_error(nullptr, result_.errors, line_number, 1, {}, "one row per month, country, mission and personnel type",
                  std::move(found));
    }

    // A later line that repeats the key of an earlier row: its first duplicated row, the line
    // of the first occurrence, and whether drop_identical_duplicates may drop it silently
    // (every row of the line repeats an earlier row exactly).
    struct duplicate_line {
        std::uint32_t line, first_line, row;
        bool droppable;
    };

    // Finds duplicates by sorting row indices by key: no hashing, no allocation per row.
    // A line is kept or reported whole: one duplicated contribution rejects all of its line.
    // `lines` is the line of each row, ascending.
    later<std::vector<duplicate_line>> duplicate_lines(const later<dataset::row_vector>& rows,
                                                const later<std::vector<std::uint32_t>>& lines) const {
        later<std::vector<std::uint32_t>> order(rows.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        pk::detail::sort(order.data(), order.data() + order.size(), [&](std::uint32_t a, std::uint32_t b) {
            auto ka = key_of(rows[a]);
            auto kb = key_of(rows[b]);
            return ka != kb ? ka < kb : a < b;
        });
        struct duplicate {
            std::uint32_t line, first_line, row;
            bool identical;
        };
        later<std::vector<duplicate>> duplicates;
        std::size_t run_start = 0;
        for (std::size_t i = 1; i < order.size(); ++i) {
            if (key_of(rows[order[i]]) != key_of(rows[order[run_start]])) {
                run_start = i;
                continue;
            }
            duplicates.push_back({lines[order[i]], lines[order[run_start]], order[i],
                                  rows[order[i]] == rows[order[run_start]]});
        }
        pk::detail::sort(duplicates.data(), duplicates.data() + duplicates.size(),
                         [](const duplicate& a, const duplicate& b) { return a.line != b.line ? a.line < b.line : a.row < b.row; });
        later<std::vector<duplicate_line>> out;
        for (std::size_t i = 0; i < duplicates.size();) {
            std::size_t j = i;
            bool identical = true;
            for (; j < duplicates.size() && duplicates[j].line == duplicates[i].line; ++j)
                identical = identical && duplicates[j].identical;
            // lines is ascending: the line's rows are one run of it. A line that also brings a
            // new row is reported, never dropped unseen.
            const std::size_t first = first_at_least(lines, duplicates[i].line);
            const std::size_t last = first_at_least(lines, duplicates[i].line + 1);
            const bool whole_line = last - first == j - i;
            out.push_back({duplicates[i].line, duplicates[i].first_line, duplicates[i].row,
                           options_.drop_identical_duplicates && identical && whole_line});
            i = j;
        }
        return out;
    }

    // The first index of `lines` (ascending) whose line is at least `line`. (Binary searches
    // and sorts here are written out or pk::detail's: <algorithm> costs every includer of the
    // umbrella header 35-40 ms of compile time, issue 3.)
    static std::size_t first_at_least(const later<std::vector<std::uint32_t>>& lines, std::uint32_t line) noexcept {
        std::size_t low = 0, high = lines.size();
        while (low < high) {
            const std::size_t middle = low + (high - low) / 2;
            if (lines[middle] < line) low = middle + 1;
            else high = middle;
        }
        return low;
    }

    // Errors in line order, those of one line in the order they were found (a stable sort).
    // They come as a few sorted runs (the chunks', then the duplicates'): usually nothing moves.
    static void sort_by_line(later<std::vector<read_error>>& errors) {
        bool sorted = true;
        for (std::size_t i = 1; i < errors.size() && sorted; ++i) sorted = errors[i - 1].line <= errors[i].line;
        if (sorted) return;
        later<std::vector<std::uint32_t>> order(errors.size());
        for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
        pk::detail::sort(order.data(), order.data() + order.size(), [&](std::uint32_t a, std::uint32_t b) {
            return errors[a].line != errors[b].line ? errors[a].line < errors[b].line : a < b;
        });
        later<std::vector<read_error>> in_order;
        in_order.reserve(errors.size());
        for (std::uint32_t i : order) in_order.push_back(std::move(errors[i]));
        errors = std::move(in_order);
    }

    // Whether rows in month order have no two rows of one key, checked one month at a time:
    // a file ordered by month but not by category within it (the UN's own order: Troops before
    // Individual Police) then needs neither the whole-file sort of duplicate_lines nor its two
    // four-byte vectors per row (80 MB for 10 million rows, issue 11's peak). False when the
    // months are out of order or a key repeats: duplicate_lines then finds and reports them.
    static bool months_hold_no_duplicate(const later<dataset::row_vector>& rows) {
        later<std::vector<std::uint32_t>> keys;
        for (std::size_t start = 0; start < rows.size();) {
            std::size_t end = start + 1;
            while (end < rows.size() && rows[end].month == rows[start].month) ++end;
            if (end < rows.size() && rows[end].month < rows[start].month) return false;
            keys.clear();
            for (std::size_t i = start; i < end; ++i)
                keys.push_back(static_cast<std::uint32_t>(packed_key(rows[i]) & 0xFFFFFF));  // country, mission, category
            pk::detail::sort(keys.data(), keys.data() + keys.size());
            for (std::size_t i = 1; i < keys.size(); ++i)
                if (keys[i] == keys[i - 1]) return false;
            start = end;
        }
        return true;
    }

    // Duplicates (looked for only when the keys do not strictly increase), then coverage.
    void finish(later<dataset::row_vector>&& rows, const later<std::vector<line_mark>>& marks, bool increasing,
                const later<std::vector<covered_month>>& months) {
        bool dropped = false;
        if (!increasing && months_hold_no_duplicate(rows)) increasing = true;
        if (!increasing) {
            const auto lines = lines_of(rows.size(), marks);
            const auto duplicates = duplicate_lines(rows, lines);
            if (!duplicates.empty()) {
                later<std::vector<std::uint8_t>> drop(rows.size(), 0);
                for (const auto& d : duplicates) {
                    for (std::size_t r = first_at_least(lines, d.line); r < lines.size() && lines[r] == d.line; ++r)
                        drop[r] = 1;
                    if (d.droppable) {
                        ++result_.identical_duplicates_dropped;
                    } else {
                        // In strict mode this throws: no earlier line had an error, or it would have.
                        report_duplicate(rows[d.row], d.line, d.first_line);
                        --result_.valid_lines;
                    }
                }
                later<dataset::row_vector> kept;
                kept.reserve(rows.size());
                for (std::size_t i = 0; i < rows.size(); ++i)
                    if (drop[i] == 0) kept.push_back(rows[i]);
                rows = std::move(kept);
                dropped = true;
            }
        }
        result_.data = dataset{std::move(rows)};
        if (dropped) {
            cover_months(result_.data);
        } else {
            for (const auto& s : months) result_.data.cover(s.month, s.coverage);
        }
        // The rows were reserved for a little more than the file held (rows_for's margin):
        // the tail goes back in place, so the dataset keeps 12 bytes a row and no more.
        result_.data.shrink_to_fit();
        sort_by_line(result_.errors);
        // Two chunks may each have kept max_errors: keep the first ones in line order.
        if (result_.errors.size() > options_.max_errors) {
            result_.errors_not_kept += result_.errors.size() - options_.max_errors;
            result_.errors.resize(options_.max_errors);
        }
    }

    std::string name_;
    read_options options_;
    Result result_;
};

}  // namespace csv::detail

// Reads a text already in memory; `name` is what errors print as the file.
// (This and read_file are templates whose one parameter defaults to read_result: the reader is
// then instantiated only in programs that read, issue 3.)
template <class Result = read_result>
[[nodiscard]] Result read_text(std::string_view text, std::string name, const read_options& options = {}) {
    csv::line_reader lines{text};
    return csv::detail::basic_reader<Result>{std::move(name), options}.run(lines, {nullptr, text.size()});
}

// Reads a file through a window mapped from the page cache where it is a regular file on a
// POSIX system, else streamed in blocks (line_reader.hpp says why; memory stays bounded by the
// window or the longest line, and the rows). A large file is read in parallel chunks, one
// thread per core, each with its own handle of the file. Throws pk::read_failure when the
// file cannot be opened, and in strict mode. The path is a std::string, which a std::filesystem::path converts to:
// <filesystem> costs every includer about 0.7 s of compile time, for one fopen.
template <class Result = read_result>
[[nodiscard]] Result read_file(const std::string& path, const read_options& options = {}) {
    std::string name = options.display_name.empty() ? path : options.display_name;
    csv::file_handle file{path.c_str()};
    if (!file) throw read_failure{read_error{name, 0, 0, {}, "a readable file", std::strerror(errno)}};
    // The size, to reserve the rows and to cut chunks; unknown (0) for a pipe.
    std::uint64_t size = 0;
    const int saved_errno = errno;
    if (std::fseek(file.get(), 0, SEEK_END) == 0) {
        const long end = std::ftell(file.get());
        if (std::fseek(file.get(), 0, SEEK_SET) == 0 && end > 0) size = static_cast<std::uint64_t>(end);
    }
    std::clearerr(file.get());
    errno = saved_errno;
    csv::line_reader lines{file.get()};
    return csv::detail::basic_reader<Result>{std::move(name), options}.run(lines, {&path, size});
}

}  // namespace pk
