#pragma once
// The properties the fuzz targets check, shared with the regression test that replays
// tests/fuzz/regressions/ and the seed corpora under every compiler (fuzz_regressions_test.cpp).
//
// Each check takes the input bytes and returns the broken properties as sentences (empty: all
// hold). A fuzz target aborts on the first non-empty answer, so libFuzzer saves the input; the
// regression test prints them with the file's name. No check throws: a library exception
// escaping a check is a finding of its own, and libFuzzer reports it as a crash.
#include <cstddef>
#include <cstdint>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/names.hpp>
#include <peacekeeping/csv/formats.hpp>
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/csv/write.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk_fuzz {

using problems = std::vector<std::string>;

// ---------------------------------------------------------------------------------------------
// The CSV reader

// Byte length of each line as line_reader cuts them (LF ends a line; a final line needs no LF).
inline std::vector<std::size_t> line_lengths(std::string_view text) {
    std::vector<std::size_t> lengths;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string_view::npos) {
            lengths.push_back(text.size() - start);
            break;
        }
        lengths.push_back(end - start);
        start = end + 1;
    }
    return lengths;
}

inline std::string describe(const pk::read_result& r) {
    std::ostringstream os;
    os << "data_lines " << r.data_lines << ", valid_lines " << r.valid_lines << ", errors " << r.errors.size()
       << ", aggregate_lines " << r.aggregate_lines << ", outside_period_lines " << r.outside_period_lines
       << ", identical_duplicates_dropped " << r.identical_duplicates_dropped << ", rows " << r.data.size();
    if (!r.errors.empty()) os << "; first error: " << r.errors.front();
    return os.str();
}

// What must hold for any result of read_text on `text`, whatever the options.
inline void check_result(std::string_view text, const pk::read_result& r, std::string_view name,
                         std::string_view mode, problems& out) {
    auto fail = [&](std::string what) { out.push_back(std::string{mode} + ": " + what + " (" + describe(r) + ")"); };
    const auto lengths = line_lengths(text);

    if (r.format) {
        if (r.valid_lines + r.errors.size() + r.errors_not_kept != r.data_lines)
            fail("valid_lines + errors + errors_not_kept != data_lines");
        if (r.data_lines > lengths.size()) fail("more data lines than lines in the text");
        if (r.aggregate_lines > r.valid_lines) fail("aggregate_lines > valid_lines");
        if (r.outside_period_lines > r.valid_lines) fail("outside_period_lines > valid_lines");
        if (r.identical_duplicates_dropped > r.valid_lines) fail("identical_duplicates_dropped > valid_lines");
        // A valid line gives at most four contributions (IPI gender: one per category).
        if (r.data.size() > 4 * r.valid_lines) fail("more than 4 contributions per valid line");
    } else {
        // No header of a known format: one error about the header, nothing read.
        if (r.errors.size() != 1) fail("no format detected, but not exactly one error");
        if (!r.data.empty() || r.data_lines != 0 || r.valid_lines != 0) fail("no format detected, but rows read");
    }

    std::uint32_t previous_line = 0;
    for (const auto& e : r.errors) {
        if (e.file != name) fail("an error names the file \"" + e.file + "\"");
        if (e.line < 1 || e.line > std::max<std::size_t>(lengths.size(), 1))
            fail("error line " + std::to_string(e.line) + " outside 1.." + std::to_string(lengths.size()));
        else if (e.column < 1 || (!lengths.empty() && e.column > lengths[e.line - 1] + 1))
            fail("error column " + std::to_string(e.column) + " outside line " + std::to_string(e.line) +
                 " (length " + std::to_string(lengths[e.line - 1]) + ")");
        if (e.line < previous_line) fail("errors not in line order");
        previous_line = e.line;
        if (e.expected.empty()) fail("an error with no expected text, line " + std::to_string(e.line));
        if (e.message().empty() || e.to_string().empty()) fail("an error with no message");
        if (e.found.size() > 4096) fail("an error quotes more than 4 KiB of the line");
    }

    // Every row is a real contribution: a month that prints as itself, a country, counts.
    for (const auto& c : r.data) {
        const auto again = pk::month::parse(c.month.text().view());
        if (!again || *again != c.month) fail("a row's month does not read back from its text");
        if (!c.country.has_value()) fail("a row without a country");
    }
    // Every row's month is covered, and the coverage says what the rows tell.
    for (const auto& c : r.data) {
        if (!r.data.covers(c.month)) {
            fail("a row's month " + std::string{c.month.text().view()} + " is not covered");
            break;
        }
    }
}

// Written as UN DPO long and read back, a dataset is the same, with no error.
inline void check_round_trip(const pk::read_result& r, problems& out) {
    std::ostringstream written;
    pk::write_un_dpo_long(written, r.data);
    const std::string text = written.str();
    const auto back = pk::read_text(text, "round-trip.csv");
    if (!back.format || *back.format != pk::source_format::un_dpo_long) {
        out.push_back("round trip: written file not read as UN DPO long (" + describe(back) + ")");
        return;
    }
    if (!back.errors.empty())
        out.push_back("round trip: errors reading back what was written: " + back.errors.front().to_string());
    if (back.data_lines != r.data.size() || back.valid_lines != r.data.size())
        out.push_back("round trip: " + std::to_string(r.data.size()) + " rows written, " + describe(back));
    if (!(back.data == r.data)) out.push_back("round trip: the dataset read back differs from the one written");
}

// Strict mode throws exactly when the tolerant read reports an error, and at its first line.
inline void check_strict(std::string_view text, const pk::read_result& tolerant, problems& out) {
    pk::read_options strict;
    strict.strict = true;
    try {
        const auto r = pk::read_text(text, "fuzz.csv", strict);
        if (!tolerant.errors.empty())
            out.push_back("strict: no exception although the tolerant read found " + tolerant.errors.front().to_string());
        else if (!(r.data == tolerant.data))
            out.push_back("strict: a clean file read differently in strict mode");
    } catch (const pk::read_failure& e) {
        if (tolerant.errors.empty())
            out.push_back("strict: threw " + e.error().to_string() + " on a file the tolerant read accepts");
        else if (e.error().line != tolerant.errors.front().line)
            out.push_back("strict: threw at line " + std::to_string(e.error().line) + ", the tolerant read's first error is " +
                          tolerant.errors.front().to_string());
    }
}

// Dropping exact repeats only moves lines from errors to identical_duplicates_dropped.
inline void check_drop_duplicates(std::string_view text, const pk::read_result& tolerant, problems& out) {
    pk::read_options options;
    options.drop_identical_duplicates = true;
    const auto r = pk::read_text(text, "fuzz.csv", options);
    check_result(text, r, "fuzz.csv", "drop_identical_duplicates", out);
    if (r.data_lines != tolerant.data_lines) out.push_back("drop_identical_duplicates: data_lines changed");
    if (r.errors.size() > tolerant.errors.size()) out.push_back("drop_identical_duplicates: more errors than without");
    if (r.data.size() < tolerant.data.size()) out.push_back("drop_identical_duplicates: fewer rows than without");
}

// Reading a period keeps exactly the rows of the whole read that fall in it.
inline void check_period(std::string_view text, const pk::read_result& whole, problems& out) {
    const pk::month_range period{pk::month{2010, 1}, pk::month{2014, 12}};
    pk::read_options options;
    options.only = period;
    const auto r = pk::read_text(text, "fuzz.csv", options);
    check_result(text, r, "fuzz.csv", "only 2010-01..2014-12", out);
    if (r.data_lines != whole.data_lines) out.push_back("only: data_lines changed");
    for (const auto& c : r.data)
        if (!period.contains(c.month)) {
            out.push_back("only: a row of " + std::string{c.month.text().view()} + " outside the period");
            break;
        }
    // Rows in the period are the same as in the whole read, unless a duplicate's partner left.
    std::size_t inside = 0;
    for (const auto& c : whole.data)
        if (period.contains(c.month)) ++inside;
    if (whole.errors.empty() && r.errors.empty() && inside != r.data.size())
        out.push_back("only: " + std::to_string(r.data.size()) + " rows in the period, the whole read has " +
                      std::to_string(inside));
}

// Everything about one input of the CSV reader.
inline problems check_read_text(std::string_view text) {
    problems out;
    const auto r = pk::read_text(text, "fuzz.csv");
    check_result(text, r, "fuzz.csv", "default", out);
    if (!out.empty()) return out;
    check_round_trip(r, out);
    check_strict(text, r, out);
    check_drop_duplicates(text, r, out);
    check_period(text, r, out);
    return out;
}

// The structure-aware variant: the first byte picks a valid header, the rest is the data.
inline constexpr std::string_view fixed_headers[] = {
    // UN DPO long, as pk::write_un_dpo_long writes it.
    "Last_Reporting_Date,ISOCode3,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,"
    "Gender_Unreported_Personnel\n",
    // UN DPO long, open-data order, with M49 (checked against the country).
    "Contributing_Country,ISOCode3,M49_Code,Mission_Acronym,Personnel_Type,Female_Personnel,Male_Personnel,"
    "Last_Reporting_Date\n",
    // IPI gender, Gender.Full.csv.
    "\"\",\"Date\",\"Contributor\",\"Contributor ISO-3\",\"Mission\",\"Individual Police Male\","
    "\"Individual Police Female\",\"Individual Police Total\",\"Formed Police Units Male\","
    "\"Formed Police Units Female\",\"Formed Police Units Total\",\"Experts on Mission Male\","
    "\"Experts on Mission Female\",\"Experts on Mission Total\",\"Troops Male\",\"Troops Female\","
    "\"Troops Total\",\"Total Male\",\"Total Female\",\"Total Total\"\n",
    // IPI snapshot: the columns the reader needs (the real file has 73).
    "Date,Contributor,Contributor_ISO-3,Mission,Experts_on_Mission,Formed_Police_Units,Inidividual_Police,"
    "Civilian_Police,Troops,Observers,Total\n",
    // UN DPO rank.
    "\xEF\xBB\xBFISOCode3,M49_Code,Contributing_Country,Personnel_Contribution_Rank,Female_Personnel,"
    "Male_Personnel,Total_Uniformed_Personnel,Last_Reporting_Date\n",
};
inline constexpr std::size_t fixed_header_count = std::size(fixed_headers);

inline std::string with_fixed_header(std::string_view input) {
    if (input.empty()) return std::string{fixed_headers[0]};
    std::string text{fixed_headers[static_cast<unsigned char>(input[0]) % fixed_header_count]};
    text += input.substr(1);
    return text;
}

// The UN DPO long one-pass path (parse_plain) against the careful one (split_fields, then
// parse) on every line of a text with a DPO long header: a line the one-pass path takes must
// be valid and give the very row the careful path gives. Checked with a fresh copy of the
// format for each line and with one long-lived copy whose memos (country columns, date,
// acronyms) hold what earlier lines left, as in a real read.
inline void check_plain_path(std::string_view text, problems& out) {
    const auto first_end = text.find('\n');
    if (first_end == std::string_view::npos) return;
    std::vector<pk::csv::field> fields;
    std::string scratch;
    const std::string header_line{text.substr(0, first_end)};
    if (pk::csv::split_fields(header_line, ',', fields, scratch)) return;
    const auto format = pk::csv::un_dpo_long_format::from_header(pk::csv::header{fields});
    if (!format) return;
    auto long_lived = *format;
    auto careful = *format;
    for (std::size_t start = first_end + 1; start < text.size();) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(start, end - start);
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        start = end + 1;
        pk::csv::row_outcome outcome;
        bool careful_ok = false;
        if (!pk::csv::split_fields(line, ',', fields, scratch) && fields.size() == careful.columns())
            careful_ok = careful.parse(fields, outcome) && outcome.count == 1;
        auto fresh = *format;
        for (auto* fast : {&fresh, &long_lived}) {
            pk::contribution row{};
            if (!fast->parse_plain(line, row)) continue;
            if (!careful_ok) out.push_back("the one-pass path took a line the careful path rejects: " + std::string{line});
            else if (!(row == outcome.rows[0])) out.push_back("the one-pass path read a line otherwise: " + std::string{line});
        }
    }
}

inline problems check_read_text_with_header(std::string_view input) {
    const std::string text = with_fixed_header(input);
    problems out = check_read_text(text);
    // The header is valid: a format is always detected.
    const auto r = pk::read_text(text, "fuzz.csv");
    if (!r.format) out.push_back("a fixed valid header was not recognised: " + describe(r));
    if (r.format == pk::source_format::un_dpo_long) check_plain_path(text, out);
    return out;
}

// ---------------------------------------------------------------------------------------------
// month::parse, against an independent reading of each date style

namespace detail {
inline bool all_digits(std::string_view s) {
    if (s.empty()) return false;
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return true;
}
inline int number(std::string_view s) {
    int v = 0;
    for (char c : s) v = v * 10 + (c - '0');
    return v;
}
inline bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
inline int days_in(int y, int m) {
    static constexpr int days[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}
inline bool valid_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in(y, m); }
inline int month_by_name(std::string_view s) {
    static constexpr std::string_view names[12] = {"jan", "feb", "mar", "apr", "may", "jun",
                                                   "jul", "aug", "sep", "oct", "nov", "dec"};
    if (s.size() != 3) return 0;
    std::string lower;
    for (char c : s) lower += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    for (int i = 0; i < 12; ++i)
        if (lower == names[i]) return i + 1;
    return 0;
}
// The documented styles, read by hand: YYYY-MM-DD, YYYY-MM, D/M/YYYY (one or two digits for D
// and M), D-Mon-YY and D-Mon-YYYY. Returns {year, month} of a valid date, {0, 0} otherwise;
// `recognised` tells whether the text has the shape of one of them at all.
struct expected_month {
    bool recognised = false;
    bool valid = false;
    int year = 0, month = 0;
};
inline expected_month expect(std::string_view t) {
    expected_month e;
    // pk::month holds years month::min_year..max_year (-100..5360, 16 bits): a date outside
    // them is refused by design (a documented limit, not a misread).
    auto set = [&](int y, int m, bool ok) {
        e.recognised = true;
        e.valid = ok && y >= pk::month::min_year && y <= pk::month::max_year;
        e.year = y;
        e.month = m;
    };
    if (t.size() == 10 && t[4] == '-' && t[7] == '-' && all_digits(t.substr(0, 4)) && all_digits(t.substr(5, 2)) &&
        all_digits(t.substr(8, 2))) {
        int y = number(t.substr(0, 4)), m = number(t.substr(5, 2)), d = number(t.substr(8, 2));
        set(y, m, valid_day(y, m, d));
    } else if (t.size() == 7 && t[4] == '-' && all_digits(t.substr(0, 4)) && all_digits(t.substr(5, 2))) {
        int y = number(t.substr(0, 4)), m = number(t.substr(5, 2));
        set(y, m, m >= 1 && m <= 12);
    } else if (auto a = t.find('/'); a != std::string_view::npos && (a == 1 || a == 2)) {
        auto b = t.find('/', a + 1);
        if (b != std::string_view::npos && (b - a - 1 == 1 || b - a - 1 == 2) && t.size() - b - 1 == 4 &&
            all_digits(t.substr(0, a)) && all_digits(t.substr(a + 1, b - a - 1)) && all_digits(t.substr(b + 1))) {
            int d = number(t.substr(0, a)), m = number(t.substr(a + 1, b - a - 1)), y = number(t.substr(b + 1));
            set(y, m, valid_day(y, m, d));
        }
    } else if (auto dash = t.find('-'); dash == 1 || dash == 2) {
        if (t.size() > dash + 4 && t[dash + 4] == '-' && all_digits(t.substr(0, dash))) {
            int m = month_by_name(t.substr(dash + 1, 3));
            auto year_text = t.substr(dash + 5);
            if (m != 0 && all_digits(year_text) && (year_text.size() == 2 || year_text.size() == 4)) {
                int y = number(year_text);
                if (year_text.size() == 2) y = y < 70 ? 2000 + y : 1900 + y;
                set(y, m, valid_day(y, m, number(t.substr(0, dash))));
            }
        }
    }
    return e;
}
}  // namespace detail

inline problems check_month_parse(std::string_view text) {
    problems out;
    const auto m = pk::month::parse(text);
    const auto e = detail::expect(text);
    const std::string quoted = "\"" + std::string{text.substr(0, 40)} + "\"";
    if (m) {
        // Its own text reads back as itself, and every date style of it gives it too.
        const auto again = pk::month::parse(m->text().view());
        if (!again || *again != *m) out.push_back(quoted + ": month::parse(m.text()) != m for " + std::string{m->text().view()});
        if (m->month_of_year() < 1 || m->month_of_year() > 12) out.push_back(quoted + ": month_of_year out of 1..12");
        if (m->year().value() < pk::month::min_year || m->year().value() > pk::month::max_year)
            out.push_back(quoted + ": a year outside month::min_year..max_year");
        const unsigned last = m->last_day();
        if (last < 28 || last > 31) out.push_back(quoted + ": last_day outside 28..31");
        std::string iso{m->text().view()};
        iso += '-';
        iso += static_cast<char>('0' + last / 10);
        iso += static_cast<char>('0' + last % 10);
        const auto by_day = pk::month::parse(iso);
        if (!by_day || *by_day != *m) out.push_back(quoted + ": its last day " + iso + " does not read as the month");
        // The day after the last is not a date.
        std::string past = iso.substr(0, 8);
        past += static_cast<char>('0' + (last + 1) / 10);
        past += static_cast<char>('0' + (last + 1) % 10);
        if (pk::month::parse(past)) out.push_back(quoted + ": " + past + " reads as a date");
        if (!e.recognised || !e.valid)
            out.push_back(quoted + ": accepted, but it is not a valid date of a documented style");
        else if (e.year != m->year().value() || static_cast<unsigned>(e.month) != m->month_of_year())
            out.push_back(quoted + ": read as " + std::string{m->text().view()} + ", expected " + std::to_string(e.year) +
                          "-" + std::to_string(e.month));
    } else if (e.recognised && e.valid) {
        out.push_back(quoted + ": a valid date of a documented style was refused");
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// Countries, missions, categories

inline problems check_country(std::string_view text) {
    problems out;
    const std::string quoted = "\"" + std::string{text.substr(0, 40)} + "\"";
    auto round_trips = [&](pk::country c, std::string_view how) {
        if (!c.has_value()) {
            out.push_back(quoted + ": " + std::string{how} + " gave the empty country");
            return;
        }
        const auto by_code = pk::country::from_code(c.code());
        if (!by_code || *by_code != c) out.push_back(quoted + ": " + std::string{how} + ": from_code(code()) differs");
        const auto by_alpha2 = pk::country::from_alpha2(c.alpha2());
        if (!by_alpha2 || *by_alpha2 != c) out.push_back(quoted + ": " + std::string{how} + ": from_alpha2(alpha2()) differs");
        const auto by_numeric = pk::country::from_numeric(c.numeric());
        if (!by_numeric || *by_numeric != c) out.push_back(quoted + ": " + std::string{how} + ": from_numeric(numeric()) differs");
        const auto by_name = pk::country_from_name(c.name());
        if (!by_name || *by_name != c) out.push_back(quoted + ": " + std::string{how} + ": country_from_name(name()) differs");
    };
    if (const auto c = pk::country::from_code(text)) {
        round_trips(*c, "from_code");
        if (text.size() != 3) out.push_back(quoted + ": from_code accepted a text that is not 3 letters");
    }
    if (const auto c = pk::country::from_alpha2(text)) round_trips(*c, "from_alpha2");
    if (const auto c = pk::country_from_name(text)) round_trips(*c, "country_from_name");
    // The suggestions for a message: never more than asked, each a known name. Checked only for
    // texts of 4, 8 or 12 bytes: an edit distance to every known name costs 0.1 ms at 8 bytes and
    // 1.5 ms at 60 (-O2, more under ASan), and would leave the fuzzer no time for the rest.
    if (text.size() > 12 || text.size() % 4 != 0) return out;
    const auto closest = pk::closest_country_names(text, 3);
    if (closest.size() > 3) out.push_back(quoted + ": more than 3 suggestions");
    for (auto name : closest)
        if (!pk::country_from_name(name)) out.push_back(quoted + ": a suggestion that is not a known name: " + std::string{name});
    return out;
}

inline problems check_mission(std::string_view text) {
    problems out;
    const std::string quoted = "\"" + std::string{text.substr(0, 40)} + "\"";
    if (const auto m = pk::mission::from_acronym(text)) {
        if (!m->is_reported()) out.push_back(quoted + ": from_acronym gave the unreported mission");
        const auto again = pk::mission::from_acronym(m->acronym());
        if (!again || *again != *m) out.push_back(quoted + ": from_acronym(acronym()) differs");
        // Its lineage ends, and is a mission with no successor.
        if (m->lineage().successor()) out.push_back(quoted + ": lineage() has a successor");
    }
    return out;
}

inline problems check_personnel_category(std::string_view text) {
    problems out;
    const std::string quoted = "\"" + std::string{text.substr(0, 40)} + "\"";
    if (const auto c = pk::parse_personnel_category(text)) {
        if (*c == pk::personnel_category::unreported) out.push_back(quoted + ": parsed as the unreported category");
        const auto again = pk::parse_personnel_category(pk::name(*c));
        if (!again || *again != *c) out.push_back(quoted + ": parse_personnel_category(name()) differs");
        if (pk::branch_of(*c) == pk::branch::unreported) out.push_back(quoted + ": a category of no branch");
    }
    return out;
}

}  // namespace pk_fuzz
