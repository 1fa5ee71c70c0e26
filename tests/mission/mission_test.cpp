// Tests of pk::mission, pk::location and the mission catalogue.
//
// Every expected fact below comes from shared/DOMAIN.md (cited by section) or from the data
// files and their shared/data/README.txt, never from the catalogue itself.
#include <peacekeeping/mission/location.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/mission/suggest.hpp>

#include <concepts>
#include <cstddef>
#include <filesystem>
#include <fstream>
#include <iomanip>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_set>
#include <vector>

#include "support/catch.hpp"
#include "support/csv_rows.hpp"
#include "support/operations.hpp"

using namespace std::string_view_literals;

// ---------------------------------------------------------------------------------------------
// The type: small, regular, ordered, and only explicitly made from text.

static_assert(sizeof(pk::mission) == 1);
static_assert(std::regular<pk::mission>);
static_assert(std::totally_ordered<pk::mission>);
static_assert(std::is_trivially_copyable_v<pk::mission>);
static_assert(std::is_nothrow_default_constructible_v<pk::mission>);
// Text from a file must go through from_acronym; numbers through from_index.
static_assert(!std::constructible_from<pk::mission, std::string_view>);
static_assert(!std::constructible_from<pk::mission, const char*>);
static_assert(!std::convertible_to<const char (&)[7], pk::mission>);
static_assert(!std::convertible_to<int, pk::mission>);
static_assert(!std::convertible_to<pk::mission, std::uint8_t>);

// A mission is a name, not a quantity: no arithmetic, and no comparing it with other keys.
using pk_test::addable;
using pk_test::comparable;
using pk_test::printed;
static_assert(!addable<pk::mission, pk::mission>);
static_assert(!addable<pk::mission, int>);
static_assert(!comparable<pk::mission, pk::country>);
static_assert(!comparable<pk::mission, pk::location>);
static_assert(!comparable<pk::location, pk::country>);  // a country must be made a location first

static_assert(std::regular<pk::location>);
static_assert(std::totally_ordered<pk::location>);
static_assert(std::is_trivially_copyable_v<pk::location>);
static_assert(sizeof(pk::location) == 1 + sizeof(pk::country));
static_assert(!std::convertible_to<pk::country, pk::location>);  // location::in says which
static_assert(!std::convertible_to<pk::area, pk::location>);

// A literal is checked when compiled (tests/compile/mission_bad_literal.cpp shows a bad one
// failing); a good one is usable in constant expressions.
static_assert(pk::mission{"UNMISS"}.acronym() == "UNMISS");
static_assert(pk::mission{"MONUC"}.lineage() == pk::mission{"MONUSCO"});
static_assert(pk::mission::from_acronym("unmiss") == pk::mission{"UNMISS"});

namespace {

pk::mission at(std::size_t index) { return pk::mission::from_index(static_cast<std::uint8_t>(index)); }

}  // namespace

// ---------------------------------------------------------------------------------------------
// The unreported mission: the sources without a mission column (data/README.txt: UN PDFs
// 2018-03..2019-08 and 2023-09) still need a mission value.

TEST_CASE("the default mission is the unreported one, index 0") {
    constexpr pk::mission none;
    STATIC_REQUIRE(none == pk::mission::unreported());
    STATIC_REQUIRE(none.index() == 0);
    STATIC_REQUIRE_FALSE(none.is_reported());
    STATIC_REQUIRE(none.acronym() == "unreported");
    STATIC_REQUIRE(none.kind() == pk::mission_kind::unknown);
    STATIC_REQUIRE(none.locations().empty());
    STATIC_REQUIRE_FALSE(none.predecessor().has_value());
    STATIC_REQUIRE_FALSE(none.successor().has_value());
    STATIC_REQUIRE(none.lineage() == none);
    CHECK(printed(none) == "unreported");
}

TEST_CASE("the unreported mission sorts before every real one") {
    for (std::size_t i = 1; i < pk::mission::count; ++i) {
        CAPTURE(at(i));
        CHECK(pk::mission::unreported() < at(i));
        CHECK(at(i).is_reported());
    }
}

// ---------------------------------------------------------------------------------------------
// Reading text.

TEST_CASE("from_acronym ignores case and surrounding blanks") {
    CHECK(pk::mission::from_acronym("UNMISS") == pk::mission{"UNMISS"});
    CHECK(pk::mission::from_acronym("unmiss") == pk::mission{"UNMISS"});
    CHECK(pk::mission::from_acronym("Monusco") == pk::mission{"MONUSCO"});
    CHECK(pk::mission::from_acronym("  UNISFA ") == pk::mission{"UNISFA"});
    CHECK(pk::mission::from_acronym("UNAMID\r") == pk::mission{"UNAMID"});  // a CRLF line's last field
    CHECK(pk::mission::from_acronym("\tMINUSCA") == pk::mission{"MINUSCA"});
}

TEST_CASE("from_acronym refuses what is not an acronym") {
    CHECK_FALSE(pk::mission::from_acronym("UNMIZZ").has_value());
    CHECK_FALSE(pk::mission::from_acronym("").has_value());
    CHECK_FALSE(pk::mission::from_acronym("   ").has_value());
    CHECK_FALSE(pk::mission::from_acronym("UN MISS").has_value());
    CHECK_FALSE(pk::mission::from_acronym("UNMISSS").has_value());
    // The library's name for "no mission" is not something a source writes.
    CHECK_FALSE(pk::mission::from_acronym("unreported").has_value());
    CHECK_FALSE(pk::mission::from_acronym("Unreported").has_value());
    // IPI's aggregate rows use "all" for every mission (data/README.txt, ipi_2014).
    CHECK_FALSE(pk::mission::from_acronym("all").has_value());
    // IPI's stray trailing apostrophe ("UNMISS'", data/README.txt) is the reader's to strip.
    CHECK_FALSE(pk::mission::from_acronym("UNMISS'").has_value());
}

TEST_CASE("the truncated subtotal label of the 2017-10..2018-02 UN PDFs reads as MINUJUSTH") {
    // 2017-10 report, Bangladesh: a MINUJUSTH block (FPU 140, Individual Police 10) closed by
    // the subtotal line "MINUJUST 150" (tests/mission/pdf_acronyms.txt).
    CHECK(pk::mission::from_acronym("MINUJUST") == pk::mission{"MINUJUSTH"});
    CHECK(pk::mission::from_acronym("minujust ") == pk::mission{"MINUJUSTH"});
}

TEST_CASE("index and from_index round-trip over the whole catalogue") {
    for (std::size_t i = 0; i < pk::mission::count; ++i) {
        CHECK(at(i).index() == i);
        if (i != 0) CHECK(pk::mission::from_acronym(at(i).acronym()) == at(i));
    }
}

// ---------------------------------------------------------------------------------------------
// Order, hashing, printing.

TEST_CASE("missions are ordered by acronym, and acronyms are unique") {
    for (std::size_t i = 2; i < pk::mission::count; ++i) {
        CAPTURE(at(i - 1), at(i));
        CHECK(at(i - 1).acronym() < at(i).acronym());
        CHECK(at(i - 1) < at(i));
    }
}

TEST_CASE("std::hash tells every mission apart") {
    std::unordered_set<pk::mission> seen;
    std::set<std::size_t> hashes;
    for (std::size_t i = 0; i < pk::mission::count; ++i) {
        seen.insert(at(i));
        hashes.insert(std::hash<pk::mission>{}(at(i)));
    }
    CHECK(seen.size() == pk::mission::count);
    CHECK(hashes.size() == pk::mission::count);
}

TEST_CASE("a mission prints its acronym, padded as a whole") {
    CHECK(printed(pk::mission{"UNMISS"}) == "UNMISS");
    std::ostringstream out;
    out << std::setw(9) << pk::mission{"UNDOF"} << '|' << std::left << std::setw(9) << pk::mission{"UNMIK"} << '|';
    CHECK(out.str() == "    UNDOF|UNMIK    |");
}

TEST_CASE("mission kinds have English names") {
    CHECK(pk::name(pk::mission_kind::peacekeeping_operation) == "peacekeeping operation");
    CHECK(pk::name(pk::mission_kind::special_political_mission) == "special political mission");
    CHECK(pk::name(pk::mission_kind::support_office) == "support office");
    CHECK(pk::name(pk::mission_kind::unknown) == "unknown");
}

// ---------------------------------------------------------------------------------------------
// Facts of DOMAIN.md §5 (and §2e).

TEST_CASE("every operation of DOMAIN.md section 5 is in the catalogue") {
    constexpr std::string_view domain_table[] = {
        "UNTSO",  "UNMOGIP", "UNFICYP",  "UNDOF",    "UNIFIL", "MINURSO",   "UNMIK",  "MONUC",  "MONUSCO",
        "UNMIL",  "UNOCI",   "MINUSTAH", "MINUJUSTH", "UNMIS", "UNMISS",    "UNISFA", "UNMIT",  "UNAMID",
        "MINURCAT", "UNSMIS", "MINUSMA", "MINUSCA",  "UNAMA",  "UNAMI",     "BINUB",  "BNUB",   "UNMIN",
        "UNIOGBIS", "UNSMIL", "UNSOM",   "UNSOS",    "UNMC",   "UNVMC",     "UNMHA",  "BINUH",  "UNOWAS",
        // named in the table as predecessor or successor: UNSOS <- UNSOA, UNSOM -> UNTMIS,
        // UNAMID -> UNITAMS
        "UNSOA", "UNTMIS", "UNITAMS"};
    for (auto acronym : domain_table) {
        CAPTURE(acronym);
        const auto found = pk::mission::from_acronym(acronym);
        REQUIRE(found.has_value());
        CHECK(found->acronym() == acronym);
    }
}

TEST_CASE("renames follow the successor chain to the latest mission") {
    // DOMAIN.md §2e and §5.
    CHECK(pk::mission{"MONUC"}.successor() == pk::mission{"MONUSCO"});
    CHECK(pk::mission{"MONUSCO"}.predecessor() == pk::mission{"MONUC"});
    CHECK(pk::mission{"MONUC"}.lineage() == pk::mission{"MONUSCO"});
    CHECK(pk::mission{"UNMIS"}.lineage() == pk::mission{"UNMISS"});
    CHECK(pk::mission{"UNMISS"}.predecessor() == pk::mission{"UNMIS"});
    CHECK(pk::mission{"BINUB"}.lineage() == pk::mission{"BNUB"});
    CHECK(pk::mission{"MINUSTAH"}.successor() == pk::mission{"MINUJUSTH"});
    CHECK(pk::mission{"MINUJUSTH"}.successor() == pk::mission{"BINUH"});
    CHECK(pk::mission{"MINUSTAH"}.lineage() == pk::mission{"BINUH"});
    CHECK(pk::mission{"BINUH"}.predecessor() == pk::mission{"MINUJUSTH"});
    CHECK(pk::mission{"UNAMID"}.lineage() == pk::mission{"UNITAMS"});
    CHECK(pk::mission{"UNMC"}.lineage() == pk::mission{"UNVMC"});
    CHECK(pk::mission{"UNSOM"}.lineage() == pk::mission{"UNTMIS"});
    CHECK(pk::mission{"UNSOA"}.lineage() == pk::mission{"UNSOS"});
    // UNISFA is new in 2011 (no predecessor in DOMAIN.md §5); ongoing missions end their own line.
    CHECK_FALSE(pk::mission{"UNISFA"}.predecessor().has_value());
    CHECK(pk::mission{"UNISFA"}.lineage() == pk::mission{"UNISFA"});
    CHECK(pk::mission{"UNMISS"}.lineage() == pk::mission{"UNMISS"});
    CHECK(pk::mission{"UNTSO"}.lineage() == pk::mission{"UNTSO"});
}

TEST_CASE("predecessor and successor links resolve and agree both ways") {
    for (std::size_t i = 1; i < pk::mission::count; ++i) {
        const pk::mission m = at(i);
        CAPTURE(m);
        if (!m.info().successor.empty()) {
            REQUIRE(m.successor().has_value());
            CHECK(m.successor()->predecessor() == m);
        }
        if (!m.info().predecessor.empty()) {
            REQUIRE(m.predecessor().has_value());
            CHECK(m.predecessor()->successor() == m);
        }
    }
}

TEST_CASE("dates of DOMAIN.md section 5") {
    CHECK(pk::mission{"MONUC"}.last_month() == pk::month{2010, 6});
    CHECK(pk::mission{"MONUSCO"}.first_month() == pk::month{2010, 7});
    CHECK(pk::mission{"UNMIS"}.last_month() == pk::month{2011, 7});
    CHECK(pk::mission{"UNMISS"}.first_month() == pk::month{2011, 7});
    CHECK(pk::mission{"UNISFA"}.first_month() == pk::month{2011, 6});
    CHECK(pk::mission{"BINUB"}.last_month() == pk::month{2010, 12});
    CHECK(pk::mission{"BNUB"}.first_month() == pk::month{2011, 1});
    CHECK(pk::mission{"UNAMID"}.last_month() == pk::month{2020, 12});   // end of mandate [M1]
    CHECK(pk::mission{"MINUSMA"}.first_month() == pk::month{2013, 4});  // established; ops 07/2013
    CHECK(pk::mission{"MINUSMA"}.last_month() == pk::month{2023, 6});   // end of mandate [M2]
    CHECK(pk::mission{"MINUSCA"}.first_month() == pk::month{2014, 4});
    CHECK(pk::mission{"UNMIT"}.last_month() == pk::month{2012, 12});
    CHECK(pk::mission{"UNSMIS"}.first_month() == pk::month{2012, 4});
    CHECK(pk::mission{"UNSMIS"}.last_month() == pk::month{2012, 8});
    CHECK(pk::mission{"UNTSO"}.first_month() == pk::month{1948, 5});
    CHECK_FALSE(pk::mission{"UNTSO"}.last_month().has_value());  // ongoing
    CHECK_FALSE(pk::mission{"UNMISS"}.last_month().has_value());
}

TEST_CASE("every real mission starts before it ends") {
    for (std::size_t i = 1; i < pk::mission::count; ++i) {
        CAPTURE(at(i));
        if (const auto last = at(i).last_month()) CHECK(at(i).first_month() <= *last);
    }
}

TEST_CASE("dates DOMAIN.md marks (u), and all SPM dates, are flagged unconfirmed") {
    CHECK(pk::mission{"UNIFIL"}.dates_unconfirmed());
    CHECK(pk::mission{"UNMIL"}.dates_unconfirmed());
    CHECK(pk::mission{"UNOCI"}.dates_unconfirmed());
    CHECK(pk::mission{"MINUSTAH"}.dates_unconfirmed());
    CHECK(pk::mission{"MINUJUSTH"}.dates_unconfirmed());
    CHECK(pk::mission{"UNSOS"}.dates_unconfirmed());
    CHECK_FALSE(pk::mission{"MONUC"}.dates_unconfirmed());
    CHECK_FALSE(pk::mission{"UNMISS"}.dates_unconfirmed());
    CHECK_FALSE(pk::mission{"UNTSO"}.dates_unconfirmed());
    for (std::size_t i = 1; i < pk::mission::count; ++i) {
        CAPTURE(at(i));
        if (at(i).kind() == pk::mission_kind::special_political_mission) CHECK(at(i).dates_unconfirmed());
    }
}

TEST_CASE("kinds of DOMAIN.md section 5") {
    CHECK(pk::mission{"UNTSO"}.kind() == pk::mission_kind::peacekeeping_operation);
    CHECK(pk::mission{"UNAMID"}.kind() == pk::mission_kind::peacekeeping_operation);
    CHECK(pk::mission{"UNAMA"}.kind() == pk::mission_kind::special_political_mission);
    CHECK(pk::mission{"BINUH"}.kind() == pk::mission_kind::special_political_mission);
    CHECK(pk::mission{"UNOWAS"}.kind() == pk::mission_kind::special_political_mission);
    CHECK(pk::mission{"UNSOS"}.kind() == pk::mission_kind::support_office);
}

TEST_CASE("names of DOMAIN.md section 5, spelled out") {
    CHECK(pk::mission{"UNMISS"}.name() == "United Nations Mission in the Republic of South Sudan");
    CHECK(pk::mission{"UNISFA"}.name() == "United Nations Interim Security Force for Abyei");
    CHECK(pk::mission{"MINUSCA"}.name() ==
          "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic");
}

TEST_CASE("hosts: states by ISO code, and areas that have none") {
    using pk::location;
    // DOMAIN.md §5 and §7: Abyei, the Golan, Jammu and Kashmir and Kosovo have no ISO code.
    CHECK(pk::mission{"UNISFA"}.locations()[0] == location::in(pk::area::abyei));
    CHECK(pk::mission{"UNDOF"}.locations()[0] == location::in(pk::area::golan));
    CHECK(pk::mission{"UNMOGIP"}.locations()[0] == location::in(pk::area::jammu_and_kashmir));
    CHECK(pk::mission{"UNMIK"}.locations()[0] == location::in(pk::area::kosovo));
    // Western Sahara has one: ESH.
    CHECK(pk::mission{"MINURSO"}.locations().size() == 1);
    CHECK(pk::mission{"MINURSO"}.locations()[0] == location::in(pk::country{"ESH"}));
    CHECK(pk::mission{"UNMISS"}.locations()[0] == location::in(pk::country{"SSD"}));
    CHECK(pk::mission{"UNAMID"}.locations()[0] == location::in(pk::country{"SDN"}));
    // Several states.
    const auto& untso = pk::mission{"UNTSO"}.locations();
    CHECK(untso.size() == 5);
    for (auto code : {"ISR"sv, "EGY"sv, "JOR"sv, "LBN"sv, "SYR"sv}) {
        CAPTURE(code);
        CHECK(untso.contains(location::in(*pk::country::from_code(code))));
    }
    const auto& minurcat = pk::mission{"MINURCAT"}.locations();
    CHECK(minurcat.size() == 2);
    CHECK(minurcat.contains(location::in(pk::country{"CAF"})));
    CHECK(minurcat.contains(location::in(pk::country{"TCD"})));
}

TEST_CASE("every real mission has at least one host") {
    for (std::size_t i = 1; i < pk::mission::count; ++i) {
        CAPTURE(at(i));
        CHECK_FALSE(at(i).locations().empty());
    }
}

// ---------------------------------------------------------------------------------------------
// pk::location on its own.

TEST_CASE("a location is a country or an area") {
    const auto sudan = pk::location::in(pk::country{"SDN"});
    const auto abyei = pk::location::in(pk::area::abyei);
    CHECK(sudan.is_country());
    CHECK_FALSE(sudan.is_area());
    CHECK(sudan.country() == pk::country{"SDN"});
    CHECK(abyei.is_area());
    CHECK(abyei.area() == pk::area::abyei);
    CHECK(abyei.name() == "Abyei");
    CHECK(printed(abyei) == "Abyei");
    CHECK(printed(pk::location::in(pk::area::jammu_and_kashmir)) == "Jammu and Kashmir");
    CHECK(sudan.name() == pk::country{"SDN"}.name());
    CHECK(printed(sudan) == std::string{pk::country{"SDN"}.name()});
    CHECK(pk::location{} == pk::location::in(pk::country{}));
}

TEST_CASE("locations: countries sort before areas; hashes are exact") {
    std::vector<pk::location> all;
    for (auto code : {"CAF"sv, "ESH"sv, "SDN"sv, "SSD"sv}) all.push_back(pk::location::in(*pk::country::from_code(code)));
    for (std::size_t a = 0; a < pk::area_count; ++a) all.push_back(pk::location::in(static_cast<pk::area>(a)));
    std::unordered_set<pk::location> seen(all.begin(), all.end());
    CHECK(seen.size() == all.size());
    for (std::size_t i = 1; i < all.size(); ++i) {
        CAPTURE(all[i - 1], all[i]);
        CHECK(all[i - 1] < all[i]);
    }
}

// ---------------------------------------------------------------------------------------------
// Suggestions for error messages.

TEST_CASE("closest_mission_acronyms offers near misses, closest first") {
    const auto for_typo = pk::closest_mission_acronyms("UNMIZZ");
    REQUIRE_FALSE(for_typo.empty());
    CHECK(for_typo.front() == pk::mission{"UNMISS"});
    CHECK(for_typo.size() <= 3);
    CHECK(pk::closest_mission_acronyms("minujust").front() == pk::mission{"MINUJUSTH"});
    CHECK(pk::closest_mission_acronyms("MONSUCO").front() == pk::mission{"MONUSCO"});  // swapped letters
    CHECK(pk::closest_mission_acronyms(" unamid ", 1) == std::vector<pk::mission>{pk::mission{"UNAMID"}});
    CHECK(pk::closest_mission_acronyms("UNMIS", 2).size() == 2);
    CHECK(pk::closest_mission_acronyms("UNMIS", 0).empty());
    // Nothing is offered for text unlike every acronym, and never the unreported mission.
    CHECK(pk::closest_mission_acronyms("Grand Total").empty());
    CHECK(pk::closest_mission_acronyms("").empty());
    for (auto m : pk::closest_mission_acronyms("unreported", 10)) CHECK(m.is_reported());
}

// ---------------------------------------------------------------------------------------------
// THE KEY TEST: every mission acronym of every CSV file under shared/data resolves.

namespace {

// Gender.Full.csv quotes its fields and has "Moldova, Republic of": the shared test splitter
// (support/csv_rows.hpp) honours quotes.
using pk_test::split_csv_line;

struct mission_column {
    std::size_t rows = 0;
    std::map<std::string, std::size_t> values;  // value -> first line it is on
};

// The "Mission" column of a CSV file, or nullopt when the file has none. Handles what
// data/README.txt lists: a UTF-8 BOM, CRLF, ';' (mission_summary_dec2020.csv) or ','.
// (Unused when ../shared/data is missing: its one caller is compiled out.)
[[maybe_unused]] std::optional<mission_column> read_mission_column(const std::filesystem::path& path) {
    std::ifstream in{path, std::ios::binary};
    REQUIRE(in);
    std::string line;
    if (!std::getline(in, line)) return std::nullopt;
    if (line.rfind("\xEF\xBB\xBF", 0) == 0) line.erase(0, 3);
    if (!line.empty() && line.back() == '\r') line.pop_back();
    const char separator = line.find(';') != std::string::npos && line.find(',') == std::string::npos ? ';' : ',';
    const auto header = split_csv_line(line, separator);
    std::size_t column = header.size();
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == "Mission") column = i;
    if (column == header.size()) return std::nullopt;

    mission_column result;
    for (std::size_t line_number = 2; std::getline(in, line); ++line_number) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty()) continue;  // the Jan-2021/Jan-2022 rank files end with an empty line
        const auto fields = split_csv_line(line, separator);
        if (column >= fields.size()) FAIL(path.string() << ':' << line_number << ": no Mission field");
        std::string value = fields[column];
        // IPI 2014 files: a stray trailing apostrophe on text fields ("UNMISS'", README).
        while (!value.empty() && value.back() == '\'') value.pop_back();
        ++result.rows;
        result.values.emplace(value, line_number);
    }
    return result;
}

}  // namespace

TEST_CASE("every mission acronym in the CSV files of shared/data resolves") {
#ifndef PK_SHARED_DATA_DIR
    WARN("PK_SHARED_DATA_DIR is not defined: the real data files are not checked");
#else
    const std::filesystem::path root{PK_SHARED_DATA_DIR};
    if (!std::filesystem::is_directory(root)) {
        WARN("PK_SHARED_DATA_DIR (" << root.string() << ") is not a directory: the real data files are not checked");
        return;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator{root})
        if (entry.is_regular_file() && entry.path().extension() == ".csv") files.push_back(entry.path());

    std::size_t files_with_missions = 0;
    for (const auto& file : files) {
        const auto column = read_mission_column(file);
        if (!column) continue;
        ++files_with_missions;
        const std::string name = file.filename().string();
        CHECK(column->rows > 0);
        std::size_t distinct_missions = 0;
        for (const auto& [value, line] : column->values) {
            // full_gender_data_to_2014-08-31.csv: Mission "all" marks its aggregate rows, one
            // total per country and month (README, ipi_2014); it names no mission.
            if (value == "all") continue;
            ++distinct_missions;
            INFO(file.string() << ':' << line << ": mission \"" << value << '"');
            const auto found = pk::mission::from_acronym(value);
            REQUIRE(found.has_value());
            CHECK(found->acronym() == value);  // the CSVs spell every acronym canonically
        }
        // Mission counts data/README.txt gives, proving the column was read.
        INFO(name);
        if (name == "Gender.Full.csv") CHECK(distinct_missions == 25);
        if (name == "current_month_2014-03-31.csv") CHECK(distinct_missions == 17);
        if (name.rfind("update_archive_", 0) == 0) CHECK((distinct_missions == 17 || distinct_missions == 18));
        if (name == "CountryByYear.csv") CHECK(distinct_missions == 36);
        if (name == "mission_summary_dec2020.csv") CHECK(distinct_missions == 13);
    }
    // README: Gender.Full.csv, current_month, 5 update_archive files, full_gender_data,
    // CountryByYear.csv and mission_summary_dec2020.csv have a Mission column.
    CHECK(files_with_missions == 10);
#endif
}

// ---------------------------------------------------------------------------------------------
// The PDFs: their acronyms, collected once into a fixture (the command is in its header).

TEST_CASE("every mission acronym printed in the UN monthly PDFs resolves") {
#ifndef PK_TEST_DIR
    WARN("PK_TEST_DIR is not defined: tests/mission/pdf_acronyms.txt is not checked");
#else
    const std::string path = std::string{PK_TEST_DIR} + "/mission/pdf_acronyms.txt";
    std::ifstream in{path};
    REQUIRE(in);
    std::string line;
    std::size_t acronyms = 0;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        ++acronyms;
        INFO(path << ": \"" << line << '"');
        const auto found = pk::mission::from_acronym(line);
        REQUIRE(found.has_value());
        // MINUJUST is the one printed form that is not an acronym (see the fixture's header).
        CHECK(found->acronym() == (line == "MINUJUST" ? "MINUJUSTH"sv : std::string_view{line}));
    }
    CHECK(acronyms == 32);
#endif
}
