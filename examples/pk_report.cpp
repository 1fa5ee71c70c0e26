// pk-report: contributions of uniformed personnel, grouped and measured, from any contribution
// file (CSV formats, and the UN's monthly PDF reports when built with peacekeeping::pdf).
//
// Its interface is fixed (issue 7): scripts rely on the options, the csv columns, the exit
// statuses (0 every row valid, 1 bad rows reported, 2 usage or unreadable input).
#include <peacekeeping/peacekeeping.hpp>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <unistd.h>  // isatty: table on a terminal, csv in a pipe
#if defined(__GLIBC__)
#include <malloc.h>  // mallopt: freed blocks kept for reuse (main says why)
#endif

#include "read_inputs.hpp"
#include "report_output.hpp"

namespace {

constexpr std::string_view usage_text =
    "usage: pk-report [OPTIONS] FILE...\n"
    "  --by KEY[,KEY...]        group keys, in output column order (default: year)\n"
    "                           year, month, country, mission, lineage, category, branch,\n"
    "                           gender, region, subregion, bloc\n"
    "  --measure NAME           average-strength (default), person-months, peak, year-end,\n"
    "                           female-share\n"
    "  --from YYYY-MM           first month included;  --to YYYY-MM: last month included\n"
    "  --country ISO3[,...]     keep these contributors;  --mission ACRONYM[,...];  --category NAME[,...]\n"
    "  --bloc NAME[,...]        keep the members of these blocs (e.g. ASEAN)\n"
    "  --top N                  rank the groups by the measure (UN tie rule) and keep the first N;\n"
    "                           a `rank` column comes first\n"
    "  --format FORMAT          table (default on a terminal), csv (default otherwise), json,\n"
    "                           markdown, svg\n"
    "  --strict                 stop at the first bad row\n"
    "  --help, --version\n"
    "With no FILE, reads the bundled UN monthly series.\n";

struct usage_error {
    std::string message;
};

std::vector<std::string_view> split_list(std::string_view text) {
    std::vector<std::string_view> out;
    while (!text.empty()) {
        auto comma = text.find(',');
        auto part = pk::detail::trim_ascii(text.substr(0, comma));
        if (!part.empty()) out.push_back(part);
        if (comma == std::string_view::npos) break;
        text.remove_prefix(comma + 1);
    }
    return out;
}

struct options {
    std::vector<pk::group_key> keys{pk::group_key::year};
    pk::measure measure = pk::measure::average;
    std::optional<pk::month> from, to;
    pk::contribution_filter filter;
    std::optional<std::size_t> top;
    std::optional<pk::report::output_format> format;
    bool strict = false;
    std::vector<std::string> files;
};

pk::month parse_month_option(std::string_view option, std::string_view text) {
    auto m = pk::month::parse(text);
    if (!m) throw usage_error{std::string{option} + " expects a month like 2013-12, found \"" + std::string{text} + "\""};
    return *m;
}

options parse_arguments(int argc, char** argv) {
    options o;
    std::vector<std::string_view> args(argv + 1, argv + argc);
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view arg = args[i];
        std::string_view value;
        auto take_value = [&](std::string_view option) {
            // --option=value or --option value
            if (arg.size() > option.size() && arg[option.size()] == '=') return arg.substr(option.size() + 1);
            if (i + 1 >= args.size()) throw usage_error{std::string{option} + " needs a value"};
            return args[++i];
        };
        auto is = [&](std::string_view option) {
            return arg == option || (arg.size() > option.size() && arg.substr(0, option.size()) == option &&
                                     arg[option.size()] == '=');
        };
        if (arg == "--help" || arg == "-h") {
            std::cout << usage_text;
            std::exit(0);
        } else if (arg == "--version") {
            std::cout << "pk-report " << PK_VERSION_STRING << '\n';
            std::exit(0);
        } else if (arg == "--strict") {
            o.strict = true;
        } else if (is("--by")) {
            value = take_value("--by");
            o.keys.clear();
            for (auto part : split_list(value)) {
                auto key = pk::parse_group_key(part);
                if (!key) throw usage_error{"--by: unknown key \"" + std::string{part} + "\" (year, month, country, mission, lineage, category, branch, gender, region, subregion, bloc)"};
                if (std::find(o.keys.begin(), o.keys.end(), *key) != o.keys.end())
                    throw usage_error{"--by: key \"" + std::string{part} + "\" given twice"};
                o.keys.push_back(*key);
            }
            if (o.keys.empty()) throw usage_error{"--by needs at least one key"};
        } else if (is("--measure")) {
            value = take_value("--measure");
            auto m = pk::parse_measure(value);
            if (!m) throw usage_error{"--measure: unknown measure \"" + std::string{value} + "\" (average-strength, person-months, peak, year-end, female-share)"};
            o.measure = *m;
        } else if (is("--from")) {
            o.from = parse_month_option("--from", take_value("--from"));
        } else if (is("--to")) {
            o.to = parse_month_option("--to", take_value("--to"));
        } else if (is("--country")) {
            for (auto part : split_list(take_value("--country"))) {
                auto c = pk::country::from_code(part);
                if (!c) throw usage_error{"--country: \"" + std::string{part} + "\" is not an ISO 3166-1 alpha-3 code"};
                o.filter.countries.push_back(*c);
            }
        } else if (is("--mission")) {
            for (auto part : split_list(take_value("--mission"))) {
                auto m = part == "unreported" ? std::optional{pk::mission::unreported()} : pk::mission::from_acronym(part);
                if (!m) throw usage_error{"--mission: unknown mission \"" + std::string{part} + "\""};
                o.filter.missions.push_back(*m);
            }
        } else if (is("--category")) {
            for (auto part : split_list(take_value("--category"))) {
                auto c = pk::parse_personnel_category(part);
                if (!c) throw usage_error{"--category: unknown category \"" + std::string{part} + "\" (Troops, Staff Officers, Experts on Mission, Individual Police, Formed Police Units)"};
                o.filter.categories.push_back(*c);
            }
        } else if (is("--bloc")) {
            for (auto part : split_list(take_value("--bloc"))) {
                const pk::bloc* found = pk::find_bloc(pk::standard_blocs(), part);
                if (!found) throw usage_error{"--bloc: unknown bloc \"" + std::string{part} + "\" (ASEAN, AU, EU)"};
                o.filter.blocs.emplace_back(found->name());  // the bloc's own spelling: "asean" finds ASEAN
            }
        } else if (is("--top")) {
            value = take_value("--top");
            auto n = pk::csv::parse_whole_number(value);
            if (!n || *n == 0) throw usage_error{"--top expects a whole number above 0, found \"" + std::string{value} + "\""};
            o.top = *n;
        } else if (is("--format")) {
            value = take_value("--format");
            auto f = pk::report::parse_output_format(value);
            if (!f) throw usage_error{"--format: unknown format \"" + std::string{value} + "\" (table, csv, json, markdown, svg)"};
            o.format = *f;
        } else if (arg == "--") {
            for (++i; i < args.size(); ++i) o.files.emplace_back(args[i]);
        } else if (arg.size() > 1 && arg[0] == '-') {
            throw usage_error{"unknown option \"" + std::string{arg} + "\" (see --help)"};
        } else {
            o.files.emplace_back(arg);
        }
    }
    if (o.from && o.to && *o.to < *o.from) throw usage_error{"--to is before --from"};
    return o;
}

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
#if defined(__GLIBC__)
    // The big blocks (the rows, the grouping's cells, its output rows, the table) come and go
    // one after another. glibc maps each of them afresh and unmaps it when freed, so every
    // page of the next one faults again (in a VM, 3-4 us each): kept in the heap instead, a
    // later block reuses the pages of an earlier one. 10M rows by country and year: median
    // 1.11 -> 1.02 s, peak memory 197 -> 198 MB. The process ends soon after, so nothing is lost.
    ::mallopt(M_MMAP_THRESHOLD, 1 << 30);
    ::mallopt(M_TRIM_THRESHOLD, 1 << 30);
#endif
    options o;
    try {
        o = parse_arguments(argc, argv);
    } catch (const usage_error& e) {
        std::cerr << "pk-report: " << e.message << '\n';
        return 2;
    }
    if (o.files.empty()) {
        const std::string bundled = PK_BUNDLED_DATASET;
        if (!std::filesystem::exists(bundled)) {
            std::cerr << "pk-report: no FILE given and the bundled monthly series (" << bundled << ") is not there\n";
            return 2;
        }
        o.files.push_back(bundled);
    }

    pk::dataset data;
    bool any_bad_row = false;
    for (const auto& path : o.files) {
        pk::read_options read_options;
        read_options.strict = o.strict;
        std::optional<pk::read_result> result;
        try {
            result = pk::programs::read_any(path, read_options, "pk-report", std::cerr);
        } catch (const pk::read_failure& failure) {
            std::cerr << failure.error() << '\n';  // strict: the first bad row, nothing on stdout
            return 1;
        }
        if (!result) return 2;
        for (const auto& e : result->errors) std::cerr << e << '\n';
        any_bad_row = any_bad_row || !result->errors.empty();
        if (!pk::programs::merge_input(data, std::move(*result), path, std::cerr)) {
            if (o.strict) return 1;
            any_bad_row = true;
        }
    }

    // --from / --to: an open end is the data's own first or last month.
    if ((o.from || o.to) && data.period()) {
        const auto first = o.from.value_or(data.period()->first()), last = o.to.value_or(data.period()->last());
        // --from past the data's end: a period with no covered month, so no rows.
        o.filter.months = pk::month_range{first, last < first ? first : last};
    }
    pk::group_options group_options;
    group_options.filter = o.filter;
    auto grouping = pk::group(data, o.keys, group_options);
    data = pk::dataset{};  // the rows are measured: free them before the table is made (peak memory)

    // The csv layout is fixed, so what a figure rests on goes to stderr, once per period: a
    // year-end taken before December, an average over fewer months than the period has.
    std::vector<std::string> notes;
    for (const auto& row : grouping.rows()) {
        if (row.person_months.value() == 0) continue;
        const bool partial_year_end = o.measure == pk::measure::year_end && row.year_end_month != row.period.last();
        const bool partial_average = o.measure == pk::measure::average && row.average.covered < row.period.length();
        if (!partial_year_end && !partial_average) continue;  // no text made for the other rows
        const std::string period{row.period.text().view()};
        std::string note;
        if (partial_year_end)
            note = "year-end of " + period + " is as of " + std::string{row.year_end_month.text().view()} +
                   ", the last month its sources cover";
        if (partial_average)
            note = "average-strength over " + period + " rests on " + std::to_string(row.average.covered.count()) + " of " +
                   std::to_string(row.period.length().count()) + " months (the other months' sources give no figure for it: left out, not zero)";
        if (!note.empty() && std::find(notes.begin(), notes.end(), note) == notes.end()) notes.push_back(note);
    }
    for (const auto& note : notes) std::cerr << "pk-report: note: " << note << '\n';

    pk::report::table table = pk::report::make_table(grouping, o.measure, o.top);
    const auto format = o.format.value_or(isatty(STDOUT_FILENO) ? pk::report::output_format::table
                                                                 : pk::report::output_format::csv);
    pk::report::chart_context context{o.files, o.filter.months};
    pk::report::write(std::cout, table, format, context);
    std::cout.flush();
    return any_bad_row ? 1 : 0;
}
