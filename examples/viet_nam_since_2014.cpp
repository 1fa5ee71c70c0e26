// viet_nam_since_2014: people sent (a flow) and people present (a stock), told apart.
//
// In June 2022 Viet Nam said it had sent 512 officers to UN peacekeeping since 2014: 76
// military officers, 252 medical staff of level-2 field hospitals and 184 sappers. This
// program rebuilds that sentence from a ledger of sourced rotations
// (examples/data/viet_nam_ledger.csv, every row with its source), then sets it beside the UN's
// month-end figures (the bundled monthly series), the ledger's own month-end stock, and what
// the UN figures alone would let one estimate. It writes an SVG chart of the month-end
// strength by mission with the rotations marked.
//
//   viet_nam_since_2014 [chart.svg]        default: viet_nam_strength.svg
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/ledger/ledger.hpp>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <exception>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "svg_text.hpp"

#ifndef PK_BUNDLED_DATASET
#define PK_BUNDLED_DATASET "examples/data/un_contributions_monthly.csv"
#endif
#ifndef PK_SOURCE_DIR
#define PK_SOURCE_DIR "."
#endif

namespace {

namespace fs = std::filesystem;
using pk::month;
using pk::personnel_category;
using pk::role;

constexpr pk::country viet_nam{"VNM"};
constexpr pk::mission unmiss{"UNMISS"};
constexpr pk::mission minusca{"MINUSCA"};
constexpr pk::mission unisfa{"UNISFA"};

// Where the statement puts each mission, in its words.
std::string place_of(pk::mission m) {
    if (m == unmiss) return "South Sudan (UNMISS)";
    if (m == minusca) return "the Central African Republic (MINUSCA)";
    if (m == unisfa) return "Abyei (UNISFA)";
    return std::string{m.acronym()};
}

std::string number_word(std::int64_t n) {
    constexpr std::array<const char*, 11> words = {"no",   "one", "two",   "three", "four", "five",
                                                   "six",  "seven", "eight", "nine",  "ten"};
    return n >= 0 && n <= 10 ? words[static_cast<std::size_t>(n)] : std::to_string(n);
}

std::string with_commas(std::int64_t n) {
    std::string digits = std::to_string(n < 0 ? -n : n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return n < 0 ? "-" + out : out;
}

// "a, b and c"
std::string listed(const std::vector<std::string>& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i) out += i + 1 == items.size() ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::vector<pk::rotation_summary> rotations_of(const std::vector<pk::ledger_entry>& entries, role r, month through) {
    auto all = pk::rotations_through(entries, through);
    std::erase_if(all, [&](const pk::rotation_summary& x) { return x.roles != pk::role_set{r}; });
    return all;
}

// "four level-2 field hospital rotations of 63" when all rotations are the same size.
std::string rotations_text(const std::vector<pk::rotation_summary>& rotations, std::string_view what) {
    std::string out = number_word(static_cast<std::int64_t>(rotations.size())) + " " + std::string{what} +
                      (rotations.size() == 1 ? " rotation" : " rotations");
    const bool same = std::all_of(rotations.begin(), rotations.end(),
                                  [&](const pk::rotation_summary& r) { return r.size == rotations.front().size; });
    if (!rotations.empty() && same) out += " of " + std::to_string(rotations.front().size.people());
    return out;
}

// ---------------------------------------------------------------------------------------------
// The UN series: Viet Nam's month-end strength by mission and category.

struct un_month {
    std::map<pk::mission, std::array<std::int64_t, pk::personnel_category_count>> cells;
    std::int64_t total = 0;
    std::int64_t of(pk::mission m) const {
        auto it = cells.find(m);
        if (it == cells.end()) return 0;
        std::int64_t sum = 0;
        for (auto v : it->second) sum += v;
        return sum;
    }
};

struct un_series {
    std::map<month, un_month> months;  // every covered month, Viet Nam's rows (none: a real zero)
    std::vector<std::string> sources;
    bool bundled = false;
};

void add_dataset(un_series& s, const pk::dataset& d, std::optional<pk::month_range> only = std::nullopt) {
    for (const auto& c : d.covered_months())
        if (!only || only->contains(c.month)) s.months.try_emplace(c.month);
    for (const auto& c : d) {
        if (c.country != viet_nam || (only && !only->contains(c.month)) || !d.covers(c.month)) continue;
        auto& m = s.months[c.month];
        const auto people = c.total().people();
        m.cells[c.mission][static_cast<std::size_t>(c.category)] += people;
        m.total += people;
    }
}

pk::read_result read_reporting(const fs::path& path, const pk::read_options& options = {}) {
    auto result = pk::read_file(path, options);
    if (!result.errors.empty())
        std::cerr << path.string() << ": " << result.errors.size() << " rows with errors (first: "
                  << result.errors.front() << ")\n";
    return result;
}

// The bundled monthly series; without it, the shared files that hold Viet Nam rows.
un_series load_un_series(pk::dataset& everything) {
    un_series s;
    const fs::path bundled{PK_BUNDLED_DATASET};
    if (fs::exists(bundled)) {
        auto result = read_reporting(bundled);
        add_dataset(s, result.data);
        everything.merge(result.data);
        s.sources.push_back(bundled.filename().string() + " (UN monthly series, 2009-11..2025-07)");
        s.bundled = true;
        return s;
    }
    std::cerr << "note: " << bundled.string() << " not found; using the IPI 2014 file only\n";
    const fs::path ipi = fs::path{PK_SOURCE_DIR} / ".." / "shared" / "data" / "ipi_2014" / "full_gender_data_to_2014-08-31.csv";
    if (fs::exists(ipi)) {
        pk::read_options options;
        options.only = pk::month_range{month{2014, 1}, month{2014, 8}};
        options.drop_identical_duplicates = true;
        auto result = read_reporting(ipi, options);
        add_dataset(s, result.data, options.only);
        everything.merge(result.data);
        s.sources.push_back("IPI full_gender_data (2014)");
    }
    return s;
}

// A UN rank snapshot (country totals): Viet Nam's total at its month.
std::optional<std::pair<month, std::int64_t>> rank_total(const fs::path& path) {
    if (!fs::exists(path)) return std::nullopt;
    const auto result = pk::read_file(path);
    std::optional<std::pair<month, std::int64_t>> out;
    for (const auto& c : result.data) {
        if (c.country != viet_nam) continue;
        if (!out) out = std::pair{c.month, std::int64_t{0}};
        out->second += c.total().people();
    }
    return out;
}

// ---------------------------------------------------------------------------------------------
// The chart.

std::string fixed(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.1f", v);
    return buffer;
}

struct chart_input {
    const un_series& un;
    const std::vector<pk::ledger_entry>& ledger;
    month first;
    month last;
    std::int64_t sent_by_june_2022;
};

void write_chart(const fs::path& path, const chart_input& in) {
    const double width = 1100, height = 620;
    const double left = 70, right = 200, top = 92, bottom = 118;
    const double plot_w = width - left - right, plot_h = height - top - bottom;
    const auto month_count = static_cast<double>((in.last - in.first).count() + 1);
    const double bar_w = plot_w / month_count;
    auto x_of = [&](month m) { return left + static_cast<double>((m - in.first).count()) * bar_w; };

    // Series: the missions Viet Nam served in, the rest as "other", and months whose report
    // names no mission (the UN's 2018-03..2019-08 reports) as their own band.
    struct band {
        std::string name;
        std::string colour;
        std::function<std::int64_t(const un_month&)> value;
    };
    const std::vector<band> bands = {
        {"UNMISS (South Sudan)", "#4e79a7", [](const un_month& m) { return m.of(unmiss); }},
        {"UNISFA (Abyei)", "#f28e2b", [](const un_month& m) { return m.of(unisfa); }},
        {"MINUSCA (CAR)", "#59a14f", [](const un_month& m) { return m.of(minusca); }},
        {"other missions", "#b07aa1",
         [](const un_month& m) {
             return m.total - m.of(unmiss) - m.of(unisfa) - m.of(minusca) - m.of(pk::mission::unreported());
         }},
        {"mission not reported", "#bab0ac", [](const un_month& m) { return m.of(pk::mission::unreported()); }},
    };

    // The ledger's stock, month by month, to draw as a line.
    std::vector<std::pair<month, std::int64_t>> ledger_line;
    for (month m = in.first; m <= in.last; ++m) ledger_line.emplace_back(m, pk::stock_at(in.ledger, m).total().people());

    std::int64_t peak = 0;
    for (const auto& [m, v] : in.un.months)
        if (m >= in.first && m <= in.last) peak = std::max(peak, v.total);
    for (const auto& [m, v] : ledger_line) peak = std::max(peak, v);
    const std::int64_t step = peak > 400 ? 100 : 50;
    const std::int64_t y_max = std::max<std::int64_t>(step, (peak + step - 1) / step * step + step / 2);
    auto y_of = [&](double v) { return top + plot_h - v / static_cast<double>(y_max) * plot_h; };

    std::ofstream out{path};
    out << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
        << "\" viewBox=\"0 0 " << width << ' ' << height << "\" font-family=\"DejaVu Sans, Arial, sans-serif\">\n";
    out << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    out << "<text x=\"" << left << "\" y=\"30\" font-size=\"19\" font-weight=\"bold\">Viet Nam in UN peacekeeping: "
           "people present at each month-end, by mission</text>\n";
    out << "<text x=\"" << left << "\" y=\"52\" font-size=\"12.5\" fill=\"#333\">Bars: the UN's month-end strength "
           "(a stock). Black line: the ledger's units and dated officers. Triangles: rotations sent (a flow).</text>\n";
    out << "<text x=\"" << left << "\" y=\"70\" font-size=\"12.5\" fill=\"#333\">Gaps: months with no UN report."
           " Grey: months whose UN report gives no mission. Hover a bar or triangle for its figures.</text>\n";

    // Grid and y axis.
    for (std::int64_t v = 0; v <= y_max; v += step) {
        const double y = y_of(static_cast<double>(v));
        out << "<line x1=\"" << left << "\" x2=\"" << left + plot_w << "\" y1=\"" << fixed(y) << "\" y2=\"" << fixed(y)
            << "\" stroke=\"" << (v == 0 ? "#444" : "#e3e3e3") << "\"/>\n";
        out << "<text x=\"" << left - 8 << "\" y=\"" << fixed(y + 4) << "\" font-size=\"12\" text-anchor=\"end\">" << v
            << "</text>\n";
    }
    out << "<text transform=\"translate(20," << fixed(top + plot_h / 2)
        << ") rotate(-90)\" font-size=\"13\" text-anchor=\"middle\">people present at month-end</text>\n";
    // X axis: a tick per year.
    for (int y = in.first.year().value(); y <= in.last.year().value(); ++y) {
        const month jan{y, 1};
        if (jan < in.first) continue;
        const double x = x_of(jan);
        out << "<line x1=\"" << fixed(x) << "\" x2=\"" << fixed(x) << "\" y1=\"" << fixed(top + plot_h) << "\" y2=\""
            << fixed(top + plot_h + 6) << "\" stroke=\"#444\"/>\n";
        out << "<text x=\"" << fixed(x + 6 * bar_w) << "\" y=\"" << fixed(top + plot_h + 20)
            << "\" font-size=\"12\" text-anchor=\"middle\">" << y << "</text>\n";
    }

    // Stacked bars, one per covered month.
    for (const auto& [m, v] : in.un.months) {
        if (m < in.first || m > in.last) continue;
        double base = 0;
        for (const auto& b : bands) {
            const auto value = static_cast<double>(b.value(v));
            if (value <= 0) continue;
            out << "<rect x=\"" << fixed(x_of(m) + 0.4) << "\" y=\"" << fixed(y_of(base + value)) << "\" width=\""
                << fixed(bar_w - 0.8) << "\" height=\"" << fixed(y_of(base) - y_of(base + value)) << "\" fill=\""
                << b.colour << "\"><title>" << m << ' ' << pk::report::xml_escaped(b.name) << ": " << b.value(v) << "</title></rect>\n";
            base += value;
        }
    }

    // Rotation markers: a triangle under the axis at each unit rotation's departure month.
    const auto all_rotations = pk::rotations_through(in.ledger, in.last);
    for (const auto& r : all_rotations) {
        if (r.departed < in.first) continue;
        const bool hospital = r.roles.contains(role::medical_unit);
        const double x = x_of(r.departed) + bar_w / 2;
        const double y = top + plot_h + (hospital ? 34 : 54);
        const char* colour = hospital ? "#2a5783" : "#b5651d";
        out << "<line x1=\"" << fixed(x) << "\" x2=\"" << fixed(x) << "\" y1=\"" << top << "\" y2=\""
            << fixed(top + plot_h) << "\" stroke=\"" << colour << "\" stroke-width=\"0.8\" stroke-dasharray=\"3,3\" "
            << "opacity=\"0.55\"/>\n";
        out << "<path d=\"M" << fixed(x) << ',' << fixed(y - 9) << " l-5,9 h10 z\" fill=\"" << colour << "\"><title>"
            << pk::report::xml_escaped(r.label) << ", " << r.departed << ": " << r.size.people() << " sent</title></path>\n";
        out << "<text x=\"" << fixed(x) << "\" y=\"" << fixed(y + 11) << "\" font-size=\"10\" text-anchor=\"middle\" fill=\""
            << colour << "\">" << (hospital ? "H" : "E") << static_cast<int>(r.number) << "</text>\n";
    }
    out << "<text x=\"" << left - 8 << "\" y=\"" << fixed(top + plot_h + 34)
        << "\" font-size=\"10\" text-anchor=\"end\" fill=\"#2a5783\">hospital</text>\n";
    out << "<text x=\"" << left - 8 << "\" y=\"" << fixed(top + plot_h + 54)
        << "\" font-size=\"10\" text-anchor=\"end\" fill=\"#b5651d\">engineers</text>\n";

    // The ledger's stock as a step line.
    std::string points;
    for (const auto& [m, v] : ledger_line) {
        const double y = y_of(static_cast<double>(v));
        points += fixed(x_of(m)) + ',' + fixed(y) + ' ' + fixed(x_of(m) + bar_w) + ',' + fixed(y) + ' ';
    }
    out << "<polyline points=\"" << points << "\" fill=\"none\" stroke=\"#111\" stroke-width=\"1.6\"/>\n";

    // The point of it all, in the empty top-left corner: a flow and a stock of the same month.
    if (auto june = in.un.months.find(month{2022, 6}); june != in.un.months.end()) {
        const double bx = left + 16, by = top + 10;
        out << "<rect x=\"" << bx << "\" y=\"" << by << "\" width=\"372\" height=\"50\" rx=\"4\" fill=\"#f7f7f7\" "
            << "stroke=\"#ccc\"/>\n";
        out << "<text x=\"" << bx + 10 << "\" y=\"" << by + 20 << "\" font-size=\"13\"><tspan font-weight=\"bold\">"
            << in.sent_by_june_2022 << " sent</tspan> since 2014 by June 2022 (ledger: a flow)</text>\n";
        out << "<text x=\"" << bx + 10 << "\" y=\"" << by + 39 << "\" font-size=\"13\"><tspan font-weight=\"bold\">"
            << june->second.total << " present</tspan> at the end of June 2022 (UN: a stock)</text>\n";
    }

    // Legend.
    double ly = top + 6;
    const double lx = left + plot_w + 18;
    for (const auto& b : bands) {
        // A band with no people (Viet Nam served in no other mission) would be a legend entry
        // for nothing.
        if (std::none_of(in.un.months.begin(), in.un.months.end(), [&](const auto& m) { return b.value(m.second) > 0; }))
            continue;
        out << "<rect x=\"" << lx << "\" y=\"" << fixed(ly) << "\" width=\"14\" height=\"14\" fill=\"" << b.colour
            << "\"/><text x=\"" << lx + 20 << "\" y=\"" << fixed(ly + 11) << "\" font-size=\"12\">" << pk::report::xml_escaped(b.name)
            << "</text>\n";
        ly += 22;
    }
    out << "<line x1=\"" << lx << "\" x2=\"" << lx + 14 << "\" y1=\"" << fixed(ly + 7) << "\" y2=\"" << fixed(ly + 7)
        << "\" stroke=\"#111\" stroke-width=\"1.6\"/><text x=\"" << lx + 20 << "\" y=\"" << fixed(ly + 11)
        << "\" font-size=\"12\">ledger stock</text>\n";
    ly += 16;
    out << "<text x=\"" << lx + 20 << "\" y=\"" << fixed(ly + 11)
        << "\" font-size=\"10.5\" fill=\"#555\">(units, first two officers;</text>\n";
    out << "<text x=\"" << lx + 20 << "\" y=\"" << fixed(ly + 24)
        << "\" font-size=\"10.5\" fill=\"#555\">other officers undated)</text>\n";
    ly += 40;
    out << "<path d=\"M" << lx + 7 << ',' << fixed(ly) << " l-5,9 h10 z\" fill=\"#2a5783\"/><text x=\"" << lx + 20
        << "\" y=\"" << fixed(ly + 9) << "\" font-size=\"12\">H: hospital rotation (63)</text>\n";
    ly += 20;
    out << "<path d=\"M" << lx + 7 << ',' << fixed(ly) << " l-5,9 h10 z\" fill=\"#b5651d\"/><text x=\"" << lx + 20
        << "\" y=\"" << fixed(ly + 9) << "\" font-size=\"12\">E: engineer rotation (184)</text>\n";

    // Sources.
    std::string un_sources;
    for (const auto& s : in.un.sources) un_sources += (un_sources.empty() ? "" : "; ") + s;
    out << "<text x=\"" << left << "\" y=\"" << height - 26 << "\" font-size=\"10.5\" fill=\"#555\">UN figures: "
        << pk::report::xml_escaped(un_sources) << ". Strength = people present on the last day of the month.</text>\n";
    out << "<text x=\"" << left << "\" y=\"" << height - 11 << "\" font-size=\"10.5\" fill=\"#555\">Rotations: "
           "examples/data/viet_nam_ledger.csv, from Vietnamese and UN press reports (DOMAIN.md 6, [V4]-[V19]); "
           "return months partly inferred.</text>\n";
    out << "</svg>\n";
}

}  // namespace

int main(int argc, char** argv) try {
    const fs::path chart_path = argc > 1 ? fs::path{argv[1]} : fs::path{"viet_nam_strength.svg"};

    // 1. The ledger.
    const fs::path ledger_path = fs::path{PK_SOURCE_DIR} / "examples" / "data" / "viet_nam_ledger.csv";
    const auto read = pk::read_ledger_file(ledger_path);
    for (const auto& e : read.errors) std::cerr << e << '\n';
    const auto& ledger = read.entries;
    std::cout << "Ledger: " << ledger.size() << " rows from " << ledger_path.filename().string()
              << ", each with its source\n\n";

    // 2. The June-2022 sentence, every number from the rows.
    const month june_2022{2022, 6};
    const auto sent = pk::deployments_through(ledger, june_2022);
    const auto hospitals = rotations_of(ledger, role::medical_unit, june_2022);
    const auto engineers = rotations_of(ledger, role::engineering_unit, june_2022);
    // The individual officers: the aggregate rows, under the roles they name.
    pk::role_set officer_roles;
    pk::persons_deployed officers;
    for (const auto& [roles, n] : sent.by_roles) {
        if (pk::categories_of(roles).contains(personnel_category::troops)) continue;
        officer_roles = officer_roles | roles;
        officers += n;
    }
    std::vector<std::string> places;
    for (pk::mission m : {unmiss, minusca, unisfa})
        if (sent.missions.contains(m)) places.push_back(place_of(m));
    sent.missions.for_each([&](pk::mission m) {
        if (m != unmiss && m != minusca && m != unisfa) places.push_back(place_of(m));
    });
    std::cout << "June 2022, rebuilt from the ledger:\n  \"Viet Nam has sent " << sent.total.people()
              << " officers to UN peacekeeping missions since " << ledger.front().departed.first().year() << ", in "
              << listed(places) << ": " << officers.people()
              << " military officers (military advisers, observers and liaison officers), "
              << sent.of(role::medical_unit).people() << " medical staff of level-2 field hospitals ("
              << rotations_text(hospitals, "level-2 field hospital") << ") and "
              << sent.of(role::engineering_unit).people() << " sappers ("
              << rotations_text(engineers, "engineering unit") << ").\"\n";
    std::cout << "  The " << officers.people() << " are the ledger's aggregate rows, roles " << officer_roles.text()
              << " (UN categories " << pk::categories_of(officer_roles).text() << ", not split by the source).\n";
    std::cout << "  Check: " << officers.people() << " + " << sent.of(role::medical_unit).people() << " + "
              << sent.of(role::engineering_unit).people() << " = " << sent.total.people() << "; in units "
              << sent.of(personnel_category::troops).people() << " (Troops in UN terms).\n";
    const auto may = pk::deployments_through(ledger, month{2022, 5});
    std::cout << "  Said in May 2022 [V14], the total already counted the engineers' main body, which left in June:"
                 " through May the ledger has "
              << may.total.people() << ".\n\n";

    // 3. Later totals the ledger supports, beside the national claims.
    struct claim {
        month through;
        std::int64_t said;
        const char* when_and_source;
    };
    const claim claims[] = {{month{2023, 12}, 789, "10 Dec 2023 [V21]"}, {month{2024, 12}, 1065, "Dec 2024 [V23]"}};
    std::cout << "Later totals (persons deployed, a flow; each tour counts once, a second tour again):\n";
    for (const auto& c : claims) {
        const auto s = pk::deployments_through(ledger, c.through);
        const auto units = s.of(role::medical_unit) + s.of(role::engineering_unit);
        std::cout << "  through " << c.through << ": " << with_commas(s.total.people()) << " in the ledger = "
                  << units.people() << " in units (" << rotations_of(ledger, role::medical_unit, c.through).size()
                  << " hospital rotations, " << rotations_of(ledger, role::engineering_unit, c.through).size()
                  << " engineering) + " << s.from_aggregates.people() << " individual officers to "
                  << ledger.front().departed.last() << "\n    Viet Nam said " << with_commas(c.said) << " ("
                  << c.when_and_source << "): the other " << with_commas(c.said - s.total.people())
                  << " are officers sent since, which the ledger does not itemise, police, and posts at UN HQ and in an"
                     " EU mission, absent from UN mission data (DOMAIN.md 6).\n";
    }
    const month ledger_end{2025, 9};
    std::cout << "  through " << ledger_end << " (the ledger's last rotations): "
              << with_commas(pk::deployments_through(ledger, ledger_end).total.people())
              << ", individual officers after May 2022 not included.\n\n";

    // 4. The UN's month-end strength, month by month.
    pk::dataset un_data;
    const auto un = load_un_series(un_data);
    std::cout << "UN month-end strength of Viet Nam (a stock), by mission and category\n"
              << "  T = Troops, S = Staff Officers, E = Experts on Mission, P = Individual Police, F = Formed Police"
                 " Units, ? = not reported; months the sources do not cover are left out\n";
    const month first_month{2014, 6}, last_month{2025, 12};
    constexpr char category_letter[] = {'T', 'S', 'E', 'P', 'F', '?'};
    for (const auto& [m, v] : un.months) {
        if (m < first_month || m > last_month) continue;
        std::string line = "  " + std::string{m.text().view()} + "  total " + std::to_string(v.total);
        if (v.total == 0) line += " (no Viet Nam row)";
        for (const auto& [mission, cells] : v.cells) {
            line += "  | " + std::string{mission.is_reported() ? mission.acronym() : "mission n/r"};
            for (std::size_t c = 0; c < cells.size(); ++c)
                if (cells[c] != 0) line += " " + std::to_string(cells[c]) + category_letter[c];
        }
        std::cout << line << '\n';
    }
    if (!un.bundled) std::cout << "  (the 2015-2025 months come with the bundled series)\n";
    std::cout << '\n';

    // 5. The ledger's stock beside the UN's.
    const fs::path shared = fs::path{PK_SOURCE_DIR} / ".." / "shared" / "data" / "un_dpo_rank";
    std::map<month, std::pair<std::int64_t, std::string>> rank_totals;
    for (const char* file : {"odp_contributionranks_2020-12-31.csv", "Rank_2021-01-31.csv",
                             "odp_contributionranks_2022-01-31.csv"})
        if (auto t = rank_total(shared / file)) rank_totals[t->first] = {t->second, file};
    std::cout << "Stock: the ledger (units and dated officers) beside the UN\n"
              << "  month    ledger  UN total  UN troops  of which: ledger troops   source of the UN figure\n";
    std::vector<month> compare = {month{2014, 7}, month{2019, 11}, month{2020, 12}, month{2021, 1},
                                  month{2021, 3}, month{2022, 1},  month{2022, 6},  month{2023, 12},
                                  month{2024, 12}, month{2025, 7}};
    for (month m : compare) {
        const auto s = pk::stock_at(ledger, m);
        std::string un_total = "-", un_troops = "-", source = "no UN figure in the data read";
        if (auto it = un.months.find(m); it != un.months.end()) {
            std::int64_t troops = 0;
            for (const auto& [mission, cells] : it->second.cells) troops += cells[0];
            un_total = std::to_string(it->second.total);
            un_troops = std::to_string(troops);
            source = un.bundled ? "monthly series" : "IPI 2014";
        } else if (auto r = rank_totals.find(m); r != rank_totals.end()) {
            un_total = std::to_string(r->second.first);
            source = "rank file " + r->second.second;
        }
        char line[256];
        std::snprintf(line, sizeof line, "  %s  %6lld  %8s  %9s  %21lld   %s", std::string{m.text().view()}.c_str(),
                      static_cast<long long>(s.total().people()), un_total.c_str(), un_troops.c_str(),
                      static_cast<long long>(s.of(personnel_category::troops).people()), source.c_str());
        std::cout << line << '\n';
    }
    std::cout << "  The ledger dates the units and the first two officers; the other individual officers are one"
                 " aggregate row (76, 2014-06..2022-05) with no dates, so the UN's total exceeds the ledger's by the"
                 " officers present, and that row is never spread into a stock by guess.\n\n";

    // 6. What the UN figures alone would suggest.
    std::cout << "People sent, estimated from the UN month-end figures alone (never a count):\n";
    for (const auto& [period, in_ledger] :
         std::vector<std::pair<pk::month_range, std::int64_t>>{
             {{month{2014, 6}, june_2022}, sent.total.people()},
             {{month{2014, 6}, month{2024, 12}}, pk::deployments_through(ledger, month{2024, 12}).total.people()}}) {
        const auto estimate =
            pk::estimate_deployments(un_data, viet_nam, period, pk::tour_lengths::viet_nam_observed());
        std::cout << "  " << period << ": " << estimate.text() << "; the ledger counts " << in_ledger << '\n';
        for (const auto& part : estimate.parts) {
            char line[160];
            std::snprintf(line, sizeof line, "    %-18s about %4.0f (%4.0f to %4.0f) from %lld person-months reported",
                          std::string{pk::name(part.category)}.c_str(), part.central, std::floor(part.low),
                          std::ceil(part.high), static_cast<long long>(part.reported.value()));
            std::cout << line << '\n';
        }
        std::cout << "    assumption: " << estimate.assumption() << '\n';
    }
    std::cout << '\n';

    // 7. The chart.
    write_chart(chart_path, {un, ledger, month{2014, 1}, last_month, sent.total.people()});
    std::cout << "Chart: " << chart_path.string() << '\n';
    return read.ok() ? 0 : 1;
} catch (const std::exception& e) {
    std::cerr << "viet_nam_since_2014: " << e.what() << '\n';
    return 2;
}
