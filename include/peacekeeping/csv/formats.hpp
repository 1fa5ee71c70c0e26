#pragma once
// The contribution formats found in the wild, each recognised by its header.
//
//   un_dpo_long    UN DPO open data: one row per month x country x mission x personnel type,
//                  female and male (odp_contributionsbygender.csv, DPO-UCHISTORICAL, the
//                  teaching copy with Contributor_ISO-3 and dd/mm/yyyy dates; what we write)
//   ipi_gender     IPI "Providing for Peacekeeping", wide: a Male/Female/Total triple per
//                  category per (month, country, mission) (Gender.Full.csv, full_gender_data)
//   ipi_snapshot   IPI monthly snapshot, 73 columns, no gender (current_month.csv)
//   un_dpo_rank    UN DPO rank snapshot: country totals, female/male, rank
//
// A format turns one row of fields into at most five contributions, or into one error: a bad
// row commits nothing, so it can never take a good row's figures with it.
#include <array>
#include <bit>  // std::countr_zero, std::endian
#include <cstdint>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <peacekeeping/csv/byte_marks.hpp>
#include <peacekeeping/csv/error.hpp>  // utf8_sequence_length
#include <peacekeeping/csv/field_parsers.hpp>
#include <peacekeeping/csv/lookup.hpp>
#include <peacekeeping/csv/tokenizer.hpp>
#include <peacekeeping/detail/ascii.hpp>
#include <peacekeeping/record/contribution.hpp>

namespace pk {

enum class source_format : std::uint8_t { un_dpo_long, ipi_gender, ipi_snapshot, un_dpo_rank, un_monthly_pdf };

constexpr std::string_view name(source_format f) noexcept {
    switch (f) {
        case source_format::un_dpo_long: return "UN DPO long";
        case source_format::ipi_gender: return "IPI gender";
        case source_format::ipi_snapshot: return "IPI snapshot";
        case source_format::un_dpo_rank: return "UN DPO rank";
        case source_format::un_monthly_pdf: return "UN monthly PDF report";  // pdf/, with poppler
    }
    return "";
}

// Listed in the error for an unknown header: every format and the columns it needs.
inline constexpr std::string_view known_formats_description =
    "a header of a known format: "
    "UN DPO long (ISOCode3 or Contributor_ISO-3, Mission_Acronym, Personnel_Type, Female_Personnel, "
    "Male_Personnel, Last_Reporting_Date); "
    "IPI gender (Date, Contributor ISO-3, Mission, and Male/Female/Total for Individual Police, "
    "Formed Police Units, Experts on Mission, Troops and Total); "
    "IPI snapshot (Date, Contributor_ISO-3, Mission, Experts_on_Mission, Formed_Police_Units, "
    "Inidividual_Police, Civilian_Police, Troops, Observers, Total); "
    "UN DPO rank (ISOCode3, Personnel_Contribution_Rank, Female_Personnel, Male_Personnel, "
    "Total_Uniformed_Personnel, Last_Reporting_Date)";

namespace csv {

// What one row gives: its contributions, or the one error that rejects it.
struct row_outcome {
    std::array<contribution, 5> rows{};
    std::size_t count = 0;
    bool aggregate = false;  // a valid summary row of the source ("all"), not a contribution
    bool failed = false;
    std::uint32_t column = 1;
    std::string column_name;
    std::string expected;
    std::string found;

    void reset() noexcept {
        count = 0;
        aggregate = false;
        failed = false;
    }
    void add(const contribution& c) noexcept { rows[count++] = c; }
    // Records the error; returns false so a parser can `return outcome.fail(...)`.
    bool fail(const field& f, std::string_view column_header, std::string_view what) {
        failed = true;
        column = f.column;
        column_name = column_header;
        expected = what;
        found = f.text;
        return false;
    }
};

// Header cells by name, matched as labels (case, '_' and spaces do not matter).
class header {
public:
    explicit header(const std::vector<field>& cells) {
        names_.reserve(cells.size());
        for (const auto& c : cells) names_.emplace_back(c.text);
    }
    std::optional<std::size_t> find(std::initializer_list<std::string_view> aliases) const noexcept {
        for (auto alias : aliases)
            for (std::size_t i = 0; i < names_.size(); ++i)
                if (detail::same_label(names_[i], alias)) return i;
        return std::nullopt;
    }
    const std::string& name(std::size_t i) const { return names_[i]; }
    std::size_t size() const noexcept { return names_.size(); }

private:
    std::vector<std::string> names_;
};

// The parts every format shares: columns by index, with their header names for errors.
class format_base {
public:
    explicit format_base(header h) : header_{std::move(h)} {}
    std::size_t columns() const noexcept { return header_.size(); }
    // The month of a date field (read_options::only asks before the row is parsed).
    std::optional<month> month_of(std::string_view text) noexcept { return months_(without_stray_apostrophe(text)); }

protected:
    const std::string& column_name(std::size_t i) const { return header_.name(i); }

    // A field that exists; rows too short are rejected by the caller before this.
    static const field& at(const std::vector<field>& fields, std::size_t i) noexcept { return fields[i]; }


    bool read_month(const std::vector<field>& fields, std::size_t i, month& out, row_outcome& outcome) {
        auto m = month_of(fields[i].text);
        if (!m) return outcome.fail(fields[i], column_name(i), expected_date);
        out = *m;
        return true;
    }
    bool read_country(const std::vector<field>& fields, std::size_t i, country& out, row_outcome& outcome) {
        auto text = without_stray_apostrophe(fields[i].text);
        auto c = country_from_code(text);
        if (!c) return outcome.fail(fields[i], column_name(i), expected_country_code(text));
        out = *c;
        return true;
    }
    // An M49 column, where the format has one, must agree with the ISO code. DPO writes M49
    // without zero padding (8 = Albania), so the numbers are compared, not the texts.
    bool check_m49(const std::vector<field>& fields, std::optional<std::size_t> m49, country c,
                   row_outcome& outcome) const {
        if (!m49) return true;
        const auto& f = fields[*m49];
        const auto code = parse_whole_number(f.text);
        if (f.text.empty() || (code && *code == c.numeric())) return true;
        pk::detail::fixed_text<64> what;
        what.append("the M49 code of ");
        what.append(c.code());
        what.append(" (");
        what.append_number(c.numeric());
        what.append(")");
        return outcome.fail(f, column_name(*m49), what.view());
    }
    bool read_mission(const std::vector<field>& fields, std::size_t i, mission& out, row_outcome& outcome) {
        auto text = without_stray_apostrophe(fields[i].text);
        if (text == "unreported") {  // what our writer writes for a source that gives no mission
            out = mission::unreported();
            return true;
        }
        auto m = mission_from_acronym(text);
        if (!m) return outcome.fail(fields[i], column_name(i), expected_mission_acronym(text));
        out = *m;
        return true;
    }
    // A count, or NA (absent) where the format allows it: absent reads as 0.
    bool read_count(const std::vector<field>& fields, std::size_t i, std::uint16_t& out, row_outcome& outcome,
                    bool na_allowed = false, bool* was_na = nullptr) const {
        auto text = fields[i].text;
        if (na_allowed && (text == "NA" || text.empty())) {
            out = 0;
            if (was_na) *was_na = true;
            return true;
        }
        auto value = parse_count(text);
        if (!value) return outcome.fail(fields[i], column_name(i), expected_count);
        out = *value;
        if (was_na) *was_na = false;
        return true;
    }

    header header_;
    month_cache months_;
};

namespace detail {

inline constexpr std::string_view utf8_bom = "\xEF\xBB\xBF";

// The first bytes of a line that cannot be text: a NUL, a byte that is not UTF-8, or a byte
// order mark after the start of the file (two files pasted together). Checked before the line
// is split, so a field the format does not read (a country's name) cannot hide one.
inline std::optional<split_error> check_text(std::string_view text) noexcept {
    // Eight bytes at a time while they are all ASCII and not NUL (nearly every line whole);
    // the first block that is not is checked byte by byte below, from its start.
    constexpr std::uint64_t ones = 0x0101010101010101u, high_bits = 0x8080808080808080u;
    std::size_t start = 0;
    for (; start + 8 <= text.size(); start += 8) {
        std::uint64_t block;
        std::memcpy(&block, text.data() + start, 8);
        // A high bit set: a byte >= 0x80 (block), or a NUL byte ((block - ones) & ~block).
        if ((((block - ones) & ~block) | block) & high_bits) break;
    }
    for (std::size_t i = start; i < text.size();) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c != 0 && c < 0x80) {  // ASCII: nearly every byte of every file
            ++i;
            continue;
        }
        const auto column = static_cast<std::uint32_t>(i + 1);
        if (c == 0) return split_error{column, "text (no NUL bytes)", text.substr(i, 20)};
        const auto length = pk::detail::utf8_sequence_length(text, i);
        if (length == 0) return split_error{column, "UTF-8 text", text.substr(i, 20)};
        if (text.substr(i, 3) == utf8_bom)
            return split_error{column, "no byte order mark (U+FEFF) after the start of the file", text.substr(i, 20)};
        i += length;
    }
    return std::nullopt;
}

}  // namespace detail

// UN DPO open data, long: one row per (month, country, mission, personnel type).
class un_dpo_long_format : public format_base {
public:
    static std::optional<un_dpo_long_format> from_header(const header& h) {
        auto iso3 = h.find({"ISOCode3", "Contributor_ISO-3", "Contributor ISO-3", "ISO3"});
        auto mission_column = h.find({"Mission_Acronym"});
        auto type = h.find({"Personnel_Type"});
        auto female = h.find({"Female_Personnel"});
        auto male = h.find({"Male_Personnel"});
        auto date = h.find({"Last_Reporting_Date"});
        if (!iso3 || !mission_column || !type || !female || !male || !date) return std::nullopt;
        un_dpo_long_format f{h};
        f.iso3_ = *iso3;
        f.mission_ = *mission_column;
        f.type_ = *type;
        f.female_ = *female;
        f.male_ = *male;
        f.date_ = *date;
        f.m49_ = h.find({"M49_Code"});
        f.unsplit_ = h.find({"Gender_Unreported_Personnel"});
        f.roles_.assign(h.size(), role::other);
        // Assigned in the reverse order of parse()'s look-ups, so a column named twice in the
        // header plays the role parse() gives it.
        if (f.unsplit_) f.roles_[*f.unsplit_] = role::unsplit;
        f.roles_[f.male_] = role::male;
        f.roles_[f.female_] = role::female;
        f.roles_[f.type_] = role::type;
        f.roles_[f.mission_] = role::mission;
        if (f.m49_) f.roles_[*f.m49_] = role::m49;
        f.roles_[f.iso3_] = role::iso3;
        f.roles_[f.date_] = role::date;
        // One column in two roles (a header naming one column for two): parse() alone.
        std::size_t distinct = 0;
        for (role r : f.roles_) distinct += r != role::other ? 1 : 0;
        f.plain_ok_ = distinct == 6u + (f.m49_ ? 1u : 0u) + (f.unsplit_ ? 1u : 0u);
        // The country's columns lead when every column before the first other role is the ISO
        // code, the M49 code or unread (a name): a line that repeats their bytes repeats the
        // country, and their plainness.
        std::size_t leading = 0;
        while (leading < f.roles_.size() &&
               (f.roles_[leading] == role::other || f.roles_[leading] == role::iso3 || f.roles_[leading] == role::m49))
            ++leading;
        const bool has_iso3 = f.iso3_ < leading, has_m49 = !f.m49_ || *f.m49_ < leading;
        f.prefix_columns_ = has_iso3 && has_m49 && leading < f.roles_.size() ? leading : 0;
        return f;
    }

    // The whole line at once, for the common row: every field plain ASCII, unquoted and
    // valid. Gives exactly the contribution that splitting the line and parse() would give;
    // false for anything else (a quote, a tab, an accent, a blank beside a code, a count or a
    // date, a bad or unusual field), which the caller then reads the careful way, errors and all.
    // This is the reader's hot loop (issue 11): one pass over the bytes, no field vector, and
    // what repeats from row to row (the country's columns, the date) is compared, not parsed.
    [[gnu::always_inline]] bool parse_plain(std::string_view line, contribution& out) {
        if (!plain_ok_) return false;
        const char* const end = line.data() + line.size();
        // The leading country columns, when they repeat the previous plain line's bytes (rows
        // of one country follow each other): its country, already checked against its M49.
        const bool same_country = known_country(line);
        const std::size_t first = same_country ? prefix_columns_ : 0;
        const char* const from = line.data() + (same_country ? prefix_size_ : 0);
        // The rest of the line marked at once (nearly every line: no quote or accent after the
        // country columns, at most 128 bytes): its commas are the fields' bounds, and each field
        // read is taken straight by its column, with no walk over the columns. Any other line
        // has each field's end looked for in turn, which also reads a quoted or UTF-8 name.
        const auto rest = static_cast<std::size_t>(end - from);
        if (rest < min_marked_bytes || rest > max_marked_bytes || roles_.size() - first >= max_marked_columns)
            return parse_plain_by_fields(line, out);
        const byte_marks marks = mark_bytes(from, rest);
        // A blank around a field, which the careful path trims, needs no test of its own: each
        // field read below either refuses it (the codes, the counts, the date, and the
        // acronym or label when it is "unreported", "NA" or ends in an apostrophe) or trims
        // it itself and reads what the careful path reads (an acronym, a category's label).
        // (The test, a blank mark beside every comma, was dropped for fewer instructions; the
        // read's wall time did not change measurably.)
        if (marks.odd) return parse_plain_by_fields(line, out);
        // bounds[k] is the comma before column first + k (one before `from` for the first), so
        // the column's text runs from bounds[k] + 1 to bounds[k + 1].
        const char* bounds[max_marked_columns + 1];
        std::size_t k = 0;
        bounds[k++] = from - 1;
        for (std::uint64_t word = marks.commas[0]; word != 0 && k < max_marked_columns; word &= word - 1)
            bounds[k++] = from + std::countr_zero(word);
        for (std::uint64_t word = marks.commas[1]; word != 0 && k < max_marked_columns; word &= word - 1)
            bounds[k++] = from + 64 + std::countr_zero(word);
        // A line with more or fewer fields than the header has: the careful path's to report.
        if (k != roles_.size() - first) return false;
        bounds[k] = end;
        const auto text_of = [&](std::size_t column) noexcept {
            const char* start = bounds[column - first] + 1;
            return std::string_view{start, static_cast<std::size_t>(bounds[column - first + 1] - start)};
        };
        pk::country who = prefix_country_;
        if (!same_country) {
            const auto code = text_of(iso3_);
            const auto found = country_from_code(code);
            if (!found) return false;
            who = *found;
            if (m49_) {
                const auto number = text_of(*m49_);
                const auto value = parse_whole_number(number);  // empty: left to parse()
                if (!value || *value != who.numeric()) return false;
            }
            remember_country(line, prefix_columns_ == 0 ? nullptr : bounds[prefix_columns_] + 1, who);
        }
        pk::mission where{};
        personnel_category what{};
        std::uint16_t female = 0, male = 0, unsplit = 0;
        pk::month when{};
        const auto mission_text = text_of(mission_), type_text = text_of(type_), female_text = text_of(female_),
                   male_text = text_of(male_), date_text = text_of(date_);
        if (!read_plain_mission(mission_text, end, where) || !read_plain_type(type_text, end, what) ||
            !read_plain_count(female_text, end, false, female) || !read_plain_count(male_text, end, false, male) ||
            !months_.read(date_text, when))
            return false;
        if (unsplit_) {
            const auto unsplit_text = text_of(*unsplit_);
            if (!read_plain_count(unsplit_text, end, true, unsplit)) return false;
        }
        out = contribution{when, who, where, what, female, male, unsplit};
        return true;
    }

    // The column of the row's date: read_options::only looks at it before anything else.
    std::size_t date_column() const noexcept { return date_; }

    bool parse(const std::vector<field>& fields, row_outcome& out) {
        contribution c{};
        if (!read_month(fields, date_, c.month, out)) return false;
        if (!read_country(fields, iso3_, c.country, out)) return false;
        if (!check_m49(fields, m49_, c.country, out)) return false;
        if (!read_mission(fields, mission_, c.mission, out)) return false;
        auto type_text = fields[type_].text;
        if (type_text == "unreported") {
            c.category = personnel_category::unreported;
        } else if (auto category = category_from_label(type_text)) {
            c.category = *category;
        } else {
            return out.fail(fields[type_], column_name(type_), expected_category);
        }
        if (!read_count(fields, female_, c.female, out)) return false;
        if (!read_count(fields, male_, c.male, out)) return false;
        if (unsplit_ && !read_count(fields, *unsplit_, c.gender_unreported, out, true)) return false;
        out.add(c);
        return true;
    }

private:
    using format_base::format_base;
    enum class role : std::uint8_t { other, iso3, m49, mission, type, female, male, unsplit, date };
    static constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }

    // The fields parse_plain reads, each as parse() would read it, or false for anything it
    // would read otherwise or reject. `end` is the line's end: the branch-free scans load
    // eight bytes from a field's start where the line has them.
    [[gnu::always_inline]] bool read_plain_mission(std::string_view text, const char* end, mission& out) noexcept {
        if (text == "unreported") {  // what our writer writes for a source that names no mission
            out = mission::unreported();
            return true;
        }
        if (text.empty() || text.back() == '\'') return false;
        if (text.size() > 8) {  // MINUJUSTH: no memo, the hash table
            const auto m = mission_from_acronym(text);
            if (!m) return false;
            out = *m;
            return true;
        }
        // The acronym's bytes as one number: its slot in a small table of the acronyms seen,
        // so a mission costs a multiplication and one comparison.
        const std::uint64_t key = word_of(text, end);
        mission_memo& memo = missions_[(key * 0x9E3779B97F4A7C15u) >> 56];
        if (memo.key != key) {
            const std::optional<mission> m = mission_from_acronym(text);
            if (!m) return false;
            memo = {key, *m};
        }
        out = memo.value;
        return true;
    }
    [[gnu::always_inline]] static bool read_plain_type(std::string_view text, const char* end, personnel_category& out) noexcept {
        if (const auto category = category_from_un_label(text, end)) {
            out = *category;
            return true;
        }
        if (text == "unreported") {
            out = personnel_category::unreported;
            return true;
        }
        const auto category = category_from_label(text);
        if (!category) return false;
        out = *category;
        return true;
    }
    // `absent_allowed`: the gender-unreported column, where NA or nothing reads as 0.
    [[gnu::always_inline]] static bool read_plain_count(std::string_view text, const char* end, bool absent_allowed, std::uint16_t& out) noexcept {
        if (count_from_digits(text, end, out)) return true;
        const bool absent = absent_allowed && (text.empty() || text == "NA");
        const auto parsed = absent ? std::optional<std::uint16_t>{0} : parse_count(text);
        if (!parsed) return false;
        out = *parsed;
        return true;
    }
    // Remembers the bytes of a line's country columns, up to `after` (just past their last
    // comma; nullptr: the layout does not lead with them), and their country.
    // They are also kept in `remembered_`, by their first four bytes, for recall_country.
    void remember_country(std::string_view line, const char* after, country who) noexcept {
        prefix_size_ = 0;
        if (after == nullptr) return;
        const auto size = static_cast<std::size_t>(after - line.data());
        if (size <= sizeof prefix_) {
            std::memcpy(prefix_, line.data(), size);
            prefix_size_ = size;
            prefix_country_ = who;
            if (size >= 4) {
                remembered_prefix& r = remembered_[slot_of(line)];
                std::memcpy(r.bytes, prefix_, sizeof prefix_);
                r.size = static_cast<std::uint32_t>(size);
                r.who = who;
            }
        }
    }
    // Whether the line starts with the country columns remembered last or, failing that, with
    // those of a country seen before (the UN's rows of a month come country by country: one
    // row in eight changes country), which then become the remembered ones: the line need not
    // read its country again, and a quoted or accented name leaves the line's rest markable.
    bool known_country(std::string_view line) noexcept {
        if (prefix_size_ != 0 && line.size() > prefix_size_ && same_leading_bytes(line.data(), line.size(), prefix_, prefix_size_))
            return true;
        if (prefix_columns_ == 0 || line.size() < 4) return false;
        // The slot's whole bytes are compared: its first four, the slot's key, among them.
        const remembered_prefix& r = remembered_[slot_of(line)];
        if (r.size == 0 || line.size() <= r.size || !same_leading_bytes(line.data(), line.size(), r.bytes, r.size))
            return false;
        std::memcpy(prefix_, r.bytes, sizeof prefix_);
        prefix_size_ = r.size;
        prefix_country_ = r.who;
        return true;
    }
    static std::size_t slot_of(std::string_view line) noexcept {  // line: at least four bytes
        std::uint32_t key;
        std::memcpy(&key, line.data(), 4);
        return (key * 0x9E3779B1u) >> 24;
    }

    // parse_plain for a line it does not mark at once: each field's end looked for in turn,
    // eight bytes at a time, reading past a quoted or UTF-8 name.
    bool parse_plain_by_fields(std::string_view line, contribution& out) {
        const char* p = line.data();
        const char* const end = p + line.size();
        // Each field in its own variable, the row made of them at the end: a contribution
        // filled field by field in memory and then copied whole is stored a byte at a time
        // and loaded back eight at a time, which stalls every row (a failed store-to-load
        // forward: 14% of this function in perf).
        pk::country who{};
        pk::mission where{};
        personnel_category what{};
        std::uint16_t female = 0, male = 0, unsplit = 0;
        pk::month when{};
        std::uint32_t m49 = 0;
        std::size_t column = 0;
        const std::size_t last = roles_.size() - 1;
        if (known_country(line)) {
            who = prefix_country_;
            m49 = who.numeric();
            column = prefix_columns_;
            p += prefix_size_;
        }
        for (; column <= last; ++column) {
            const char* stop = roles_[column] == role::other ? unread_field_end(p, end) : plain_field_end(p, end);
            if (stop == nullptr || (column == last) != (stop == end)) return false;
            const std::string_view text{p, static_cast<std::size_t>(stop - p)};
            // (The marked path needs no such test; this rarer one keeps it: a blank beside a
            // field read sends the line to the careful path, which is right whatever the field.)
            if (roles_[column] != role::other && !text.empty() && (is_blank(text.front()) || is_blank(text.back())))
                return false;
            switch (roles_[column]) {
                case role::other: break;
                case role::iso3: {
                    const auto found = country_from_code(text);
                    if (!found) return false;
                    who = *found;
                    break;
                }
                case role::m49: {
                    const auto value = parse_whole_number(text);  // empty: left to parse()
                    if (!value) return false;
                    m49 = *value;
                    break;
                }
                case role::mission:
                    if (!read_plain_mission(text, end, where)) return false;
                    break;
                case role::type:
                    if (!read_plain_type(text, end, what)) return false;
                    break;
                case role::female:
                    if (!read_plain_count(text, end, false, female)) return false;
                    break;
                case role::male:
                    if (!read_plain_count(text, end, false, male)) return false;
                    break;
                case role::unsplit:
                    if (!read_plain_count(text, end, true, unsplit)) return false;
                    break;
                case role::date:
                    // A stray apostrophe fails here too, and parse() strips it.
                    if (!months_.read(text, when)) return false;
                    break;
            }
            p = stop + 1;
            if (column + 1 == prefix_columns_) {
                // The country columns were read here: remember them for the next line.
                if (m49_ && m49 != who.numeric()) return false;
                remember_country(line, p, who);
            }
        }
        if (m49_ && m49 != who.numeric()) return false;
        out = contribution{when, who, where, what, female, male, unsplit};
        return true;
    }
    // The bytes of `text` (at most eight) as a number, zero above them. Eight bytes are loaded
    // at once where the line has them, so no byte-by-byte copy stalls the load after it.
    static std::uint64_t word_of(std::string_view text, const char* line_end) noexcept {
        std::uint64_t word = 0;
        if (line_end - text.data() >= 8 && std::endian::native == std::endian::little) {
            std::memcpy(&word, text.data(), 8);
            if (text.size() < 8) word &= (std::uint64_t{1} << (text.size() * 8)) - 1;
        } else {
            for (std::size_t i = text.size(); i-- > 0;) word = word << 8 | static_cast<unsigned char>(text[i]);
        }
        return word;
    }
    // The end of the field at `p` (its comma, or `end`), eight bytes at a time; nullptr at a
    // quote, a NUL or a byte >= 0x80 before it: such a line is not plain.
    static const char* plain_field_end(const char* p, const char* end) noexcept {
        constexpr std::uint64_t ones = 0x0101010101010101u, high_bits = 0x8080808080808080u;
        if constexpr (std::endian::native == std::endian::little) {
            for (; end - p >= 8; p += 8) {
                std::uint64_t block;
                std::memcpy(&block, p, 8);
                const std::uint64_t comma = detail_tokenizer::bytes_equal(block, ',');
                const std::uint64_t bad =
                    detail_tokenizer::bytes_equal(block, '"') | ((((block - ones) & ~block) | block) & high_bits);
                if ((comma | bad) == 0) continue;
                // The first of them decides; a bad byte after the comma belongs to a later field.
                // (The NUL test may flag a byte after a real NUL or 0x80 byte wrongly, never
                // before the first: the first flagged byte is exact.)
                const auto at = std::countr_zero(comma | bad) >> 3;
                if (((comma | bad) & ~comma) >> (at * 8) & 0x80u) return nullptr;
                return p + at;
            }
        }
        for (; p != end; ++p) {
            const auto byte = static_cast<unsigned char>(*p);
            if (byte == ',') return p;
            if (byte == '"' || byte == 0 || byte >= 0x80) return nullptr;
        }
        return end;
    }
    // The end of a column parse() does not read (a country's name), which may be quoted or hold
    // UTF-8: "Bolivia, Plurinational State of", Côte d'Ivoire (6% of the UN's rows). It is
    // checked as the careful path checks every line, then skipped; nullptr for anything
    // else (a doubled quote, bytes after the closing quote, text that is not UTF-8).
    static const char* unread_field_end(const char* p, const char* end) noexcept {
        if (const char* stop = plain_field_end(p, end)) return stop;
        const char* from = p;
        const char* stop = nullptr;
        if (p != end && *p == '"') {
            ++from;
            const auto* close = static_cast<const char*>(std::memchr(from, '"', static_cast<std::size_t>(end - from)));
            if (close == nullptr || (close + 1 != end && close[1] != ',')) return nullptr;
            stop = close;
        } else {
            const auto* comma = static_cast<const char*>(std::memchr(p, ',', static_cast<std::size_t>(end - p)));
            stop = comma != nullptr ? comma : end;
            if (std::memchr(p, '"', static_cast<std::size_t>(stop - p)) != nullptr) return nullptr;
        }
        if (detail::check_text({from, static_cast<std::size_t>(stop - from)})) return nullptr;
        return stop == end || *stop == ',' ? stop : stop + 1;
    }
    // parse_plain takes fields from a line's marks when it has fewer than this many after the
    // country columns it skips (a wider layout has each field's end looked for in turn).
    static constexpr std::size_t max_marked_columns = 16;
    std::size_t iso3_ = 0, mission_ = 0, type_ = 0, female_ = 0, male_ = 0, date_ = 0;
    std::optional<std::size_t> m49_, unsplit_;
    // An acronym of at most eight bytes, zero-padded, and its mission (key 0: no acronym).
    struct mission_memo {
        std::uint64_t key = 0;
        mission value{};
    };
    // 256 slots: with 64, the UN's 40-odd acronyms collided on one row in twenty (issue 11).
    std::array<mission_memo, 256> missions_{};
    // The bytes of the leading country columns (ISO code, M49, name), last comma included, of
    // the last plain line that read them, and their country.
    std::size_t prefix_columns_ = 0;  // 0: the layout does not lead with them
    char prefix_[64]{};  // "COD,180,\"Congo, The Democratic Republic of the\"," fits
    std::size_t prefix_size_ = 0;  // 0: nothing remembered
    country prefix_country_{};
    // Country columns seen before (remember_country), in 256 slots by their first four bytes
    // (an ISO code and its comma, in the UN's layout): a slot holds the last one seen.
    struct remembered_prefix {
        std::uint32_t size = 0;  // 0: empty
        country who{};
        char bytes[64]{};
    };
    std::array<remembered_prefix, 256> remembered_{};
    std::vector<role> roles_;  // each column's part in parse_plain
    bool plain_ok_ = false;    // every role in its own column: parse_plain may be used
};

namespace detail_formats {
// IPI's category columns, in the order IPI prints them.
struct ipi_category {
    std::string_view label;  // as in the header, before " Male" / "_Male"
    personnel_category category;
};
inline constexpr ipi_category ipi_categories[4] = {
    {"Individual Police", personnel_category::individual_police},
    {"Formed Police Units", personnel_category::formed_police_units},
    {"Experts on Mission", personnel_category::experts_on_mission},
    // IPI's "Troops" include staff officers: the UN split them off only in 2017.
    {"Troops", personnel_category::troops},
};
inline std::string joined(std::string_view a, std::string_view b) {
    std::string s{a};
    s += ' ';
    s += b;
    return s;
}
inline bool is_aggregate(std::string_view text) { return without_stray_apostrophe(text) == "all"; }
}  // namespace detail_formats

// IPI "Providing for Peacekeeping" wide gender file.
class ipi_gender_format : public format_base {
public:
    static std::optional<ipi_gender_format> from_header(const header& h) {
        auto date = h.find({"Date"});
        auto iso3 = h.find({"Contributor ISO-3", "Contributor_ISO-3"});
        auto mission_column = h.find({"Mission"});
        if (!date || !iso3 || !mission_column) return std::nullopt;
        ipi_gender_format f{h};
        f.date_ = *date;
        f.iso3_ = *iso3;
        f.mission_ = *mission_column;
        for (std::size_t k = 0; k < 5; ++k) {
            std::string_view label = k < 4 ? detail_formats::ipi_categories[k].label : "Total";
            auto male = h.find({detail_formats::joined(label, "Male")});
            auto female = h.find({detail_formats::joined(label, "Female")});
            auto total = h.find({detail_formats::joined(label, "Total")});
            if (!male || !female || !total) return std::nullopt;
            f.triples_[k] = {*male, *female, *total};
        }
        return f;
    }

    // The column of the row's date: read_options::only looks at it before anything else.
    std::size_t date_column() const noexcept { return date_; }

    bool parse(const std::vector<field>& fields, row_outcome& out) {
        month m;
        if (!read_month(fields, date_, m, out)) return false;
        // full_gender_data carries summary rows: Contributor "all" (a month's grand total)
        // and Mission "all" (a country's total). They are the source's own sums, not rows.
        if (detail_formats::is_aggregate(fields[iso3_].text) || detail_formats::is_aggregate(fields[mission_].text)) {
            out.aggregate = true;
            return true;
        }
        contribution base{};
        base.month = m;
        if (!read_country(fields, iso3_, base.country, out)) return false;
        if (!read_mission(fields, mission_, base.mission, out)) return false;
        std::uint32_t sum_male = 0, sum_female = 0, sum_total = 0;
        std::uint16_t values[5][3]{};
        bool na[5][3]{};
        for (std::size_t k = 0; k < 5; ++k) {
            for (std::size_t j = 0; j < 3; ++j)
                if (!read_count(fields, triples_[k][j], values[k][j], out, true, &na[k][j])) return false;
            // Male + Female = Total in every cell, where all three are given.
            if (!na[k][0] && !na[k][1] && !na[k][2] && values[k][0] + values[k][1] != values[k][2])
                return fail_sum(fields, triples_[k][2], values[k][0] + values[k][1], "Male + Female", out);
            if (k < 4) {
                sum_male += values[k][0];
                sum_female += values[k][1];
                sum_total += values[k][2];
            }
        }
        // The categories add up to the row's totals.
        if (!na[4][0] && sum_male != values[4][0]) return fail_sum(fields, triples_[4][0], sum_male, "the categories' Male", out);
        if (!na[4][1] && sum_female != values[4][1]) return fail_sum(fields, triples_[4][1], sum_female, "the categories' Female", out);
        if (!na[4][2] && sum_total != values[4][2]) return fail_sum(fields, triples_[4][2], sum_total, "the categories' Total", out);
        for (std::size_t k = 0; k < 4; ++k) {
            auto c = base;
            c.category = detail_formats::ipi_categories[k].category;
            c.male = values[k][0];
            c.female = values[k][1];
            // A Total with NA parts: the split is unknown, the people are not.
            if ((na[k][0] || na[k][1]) && !na[k][2]) {
                c.male = c.female = 0;
                c.gender_unreported = values[k][2];
            }
            if (c.total().people() != 0) out.add(c);
        }
        return true;
    }

private:
    using format_base::format_base;
    bool fail_sum(const std::vector<field>& fields, std::size_t i, std::uint32_t sum, std::string_view what,
                  row_outcome& out) const {
        std::string expected{what};
        expected += " = ";
        expected += std::to_string(sum);
        return out.fail(fields[i], column_name(i), expected);
    }
    std::size_t date_ = 0, iso3_ = 0, mission_ = 0;
    std::array<std::array<std::size_t, 3>, 5> triples_{};  // male, female, total per category, then Total
};

// IPI monthly snapshot: 73 columns, head counts without gender, NA for absent.
class ipi_snapshot_format : public format_base {
public:
    static std::optional<ipi_snapshot_format> from_header(const header& h) {
        ipi_snapshot_format f{h};
        auto date = h.find({"Date"});
        auto iso3 = h.find({"Contributor_ISO-3", "Contributor ISO-3"});
        auto mission_column = h.find({"Mission"});
        auto experts = h.find({"Experts_on_Mission"});
        auto fpu = h.find({"Formed_Police_Units"});
        auto ipo = h.find({"Inidividual_Police", "Individual_Police"});  // IPI's typo, and the word
        auto civpol = h.find({"Civilian_Police"});
        auto troops = h.find({"Troops"});
        auto observers = h.find({"Observers"});
        auto total = h.find({"Total"});
        if (!date || !iso3 || !mission_column || !experts || !fpu || !ipo || !civpol || !troops || !observers || !total)
            return std::nullopt;
        f.date_ = *date;
        f.iso3_ = *iso3;
        f.mission_ = *mission_column;
        f.experts_ = *experts;
        f.fpu_ = *fpu;
        f.ipo_ = *ipo;
        f.civpol_ = *civpol;
        f.troops_ = *troops;
        f.observers_ = *observers;
        f.total_ = *total;
        return f;
    }

    // The column of the row's date: read_options::only looks at it before anything else.
    std::size_t date_column() const noexcept { return date_; }

    bool parse(const std::vector<field>& fields, row_outcome& out) {
        contribution base{};
        if (!read_month(fields, date_, base.month, out)) return false;
        if (!read_country(fields, iso3_, base.country, out)) return false;
        if (!read_mission(fields, mission_, base.mission, out)) return false;
        std::uint16_t experts, fpu, ipo, troops, civpol, observers, total;
        if (!read_count(fields, experts_, experts, out, true) || !read_count(fields, fpu_, fpu, out, true) ||
            !read_count(fields, ipo_, ipo, out, true) || !read_count(fields, troops_, troops, out, true) ||
            !read_count(fields, civpol_, civpol, out, true) || !read_count(fields, observers_, observers, out, true) ||
            !read_count(fields, total_, total, out, true))
            return false;
        // IPI's derived columns, checked as the README states them.
        if (civpol != ipo + fpu) return fail_sum(fields, civpol_, ipo + fpu, "Inidividual_Police + Formed_Police_Units", out);
        if (observers != experts) return fail_sum(fields, observers_, experts, "Experts_on_Mission", out);
        if (total != civpol + troops + observers)
            return fail_sum(fields, total_, civpol + troops + observers, "Civilian_Police + Troops + Observers", out);
        const std::pair<personnel_category, std::uint16_t> parts[] = {
            {personnel_category::troops, troops},
            {personnel_category::experts_on_mission, experts},
            {personnel_category::individual_police, ipo},
            {personnel_category::formed_police_units, fpu},
        };
        for (auto [category, people] : parts) {
            if (people == 0) continue;
            auto c = base;
            c.category = category;
            c.gender_unreported = people;
            out.add(c);
        }
        return true;
    }

private:
    using format_base::format_base;
    bool fail_sum(const std::vector<field>& fields, std::size_t i, int sum, std::string_view what, row_outcome& out) const {
        std::string expected{what};
        expected += " = ";
        expected += std::to_string(sum);
        return out.fail(fields[i], column_name(i), expected);
    }
    std::size_t date_ = 0, iso3_ = 0, mission_ = 0, experts_ = 0, fpu_ = 0, ipo_ = 0, civpol_ = 0, troops_ = 0,
                observers_ = 0, total_ = 0;
};

// UN DPO rank snapshot: one row per country, total uniformed personnel with no mission and no
// category. Read as contributions of the unreported mission and category.
class un_dpo_rank_format : public format_base {
public:
    static std::optional<un_dpo_rank_format> from_header(const header& h) {
        auto iso3 = h.find({"ISOCode3"});
        auto rank = h.find({"Personnel_Contribution_Rank"});
        auto female = h.find({"Female_Personnel"});
        auto male = h.find({"Male_Personnel"});
        auto total = h.find({"Total_Uniformed_Personnel"});
        auto date = h.find({"Last_Reporting_Date"});
        if (!iso3 || !rank || !female || !male || !total || !date) return std::nullopt;
        un_dpo_rank_format f{h};
        f.iso3_ = *iso3;
        f.rank_ = *rank;
        f.female_ = *female;
        f.male_ = *male;
        f.total_ = *total;
        f.date_ = *date;
        f.m49_ = h.find({"M49_Code"});
        return f;
    }

    // The column of the row's date: read_options::only looks at it before anything else.
    std::size_t date_column() const noexcept { return date_; }

    bool parse(const std::vector<field>& fields, row_outcome& out) {
        contribution c{};
        if (!read_month(fields, date_, c.month, out)) return false;
        if (!read_country(fields, iso3_, c.country, out)) return false;
        if (!check_m49(fields, m49_, c.country, out)) return false;
        if (!parse_whole_number(fields[rank_].text))
            return out.fail(fields[rank_], column_name(rank_), "a rank (a whole number)");
        std::uint16_t total = 0;
        if (!read_count(fields, female_, c.female, out) || !read_count(fields, male_, c.male, out) ||
            !read_count(fields, total_, total, out))
            return false;
        if (c.female + c.male != total) {
            std::string expected = "Female_Personnel + Male_Personnel = " + std::to_string(c.female + c.male);
            return out.fail(fields[total_], column_name(total_), expected);
        }
        c.mission = mission::unreported();
        c.category = personnel_category::unreported;
        out.add(c);
        return true;
    }

private:
    using format_base::format_base;
    std::size_t iso3_ = 0, rank_ = 0, female_ = 0, male_ = 0, total_ = 0, date_ = 0;
    std::optional<std::size_t> m49_;
};

}  // namespace csv
}  // namespace pk
