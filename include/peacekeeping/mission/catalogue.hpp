#pragma once
// The mission catalogue: one constexpr table of what is known about each mission.
//
// Record type and data live together here so pk::mission (mission.hpp) can be a 1-byte index
// into the table. The table holds every mission acronym found in the data files under
// shared/data (IPI CSVs 2009-2014, the DPO-derived CSV, the Dec-2020 mission summary and the
// 115 UN monthly PDFs 2015-2025; tests/mission/ checks each one) and every operation of
// DOMAIN.md §5.
//
// Facts and their sources. Unless a row's comment says otherwise, name, kind, host, dates and
// predecessor/successor come from the DOMAIN.md §5 table. DOMAIN.md abbreviates names ("UN",
// "DR Congo", "CAR"); they are spelled out here as the official names. A row is marked
// dates_unconfirmed when DOMAIN.md marks it (u), when it is a special political mission
// (DOMAIN.md: "SPM start dates are from general knowledge: treat all as (u)"), or when a fact
// comes from general public knowledge because DOMAIN.md lacks it.
//
// Dates are information, never validation: rows dated before `first` (advance parties) or
// after `last` (withdrawal, liquidation) are real data (DOMAIN.md §2e); the UN PDFs, for
// instance, list UNAMID until 2022-01 and BINUB in 2015-02.
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/mission/location.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

// What kind of UN presence a mission is (DOMAIN.md §5). UN fact sheets count peacekeeping
// operations only, DPO contribution files also list special political missions and support
// offices (DOMAIN.md §2d), so totals need this filter.
enum class mission_kind : std::uint8_t {
    peacekeeping_operation,
    special_political_mission,
    support_office,
    // The kind of pk::mission::unreported(): a source that names no mission (the UN PDFs of
    // 2018-03..2019-08 and 2023-09) says nothing about the kind either, so no real kind fits.
    unknown,
};

constexpr std::string_view name(mission_kind kind) noexcept {
    switch (kind) {
        case mission_kind::peacekeeping_operation: return "peacekeeping operation";
        case mission_kind::special_political_mission: return "special political mission";
        case mission_kind::support_office: return "support office";
        case mission_kind::unknown: return "unknown";
    }
    return {};  // not reached for a valid enumerator; keeps -Wreturn-type quiet
}

// One row of the catalogue. An aggregate, so the table below reads as data.
struct mission_info {
    std::string_view acronym;    // as the UN writes it, upper case
    std::string_view name;       // official English name
    mission_kind kind = mission_kind::unknown;
    location_list locations{};   // host states or areas; a fixed array, see location.hpp
    pk::month first{};           // month of establishment (DOMAIN.md §5 "Start")
    std::optional<pk::month> last{};  // end of mandate; nullopt = ongoing
    std::string_view predecessor;     // acronym, or "" when none
    std::string_view successor;       // acronym of the primary successor, or "" when none
    bool dates_unconfirmed = false;   // see the header comment
};

namespace detail {

// Builds a location_list from countries and areas, in the order given.
template <class... Places>
constexpr location_list located_in(Places... places) noexcept {
    static_assert(sizeof...(Places) <= location_list::capacity, "more hosts than location_list holds");
    location_list list;
    ((list.items[list.count++] = location::in(places)), ...);
    return list;
}

inline constexpr auto pko = mission_kind::peacekeeping_operation;
inline constexpr auto spm = mission_kind::special_political_mission;
inline constexpr auto support = mission_kind::support_office;
inline constexpr std::optional<pk::month> ongoing = std::nullopt;

// Index 0 is the "unreported" mission; the rest are sorted by acronym, so a mission's order
// (its index) is its acronym's order. Indices are positions, not stable identifiers: adding a
// mission shifts them, so never store an index in a file.
inline constexpr mission_info mission_catalogue[] = {
    // Sources that give no mission: UN PDFs 2018-03..2019-08 and 2023-09 (data/README.txt).
    {.acronym = "unreported", .name = "mission not reported", .kind = mission_kind::unknown,
     .locations = {}, .first = {}, .last = ongoing, .predecessor = "", .successor = "",
     .dates_unconfirmed = false},

    {.acronym = "BINUB", .name = "United Nations Integrated Office in Burundi", .kind = spm,
     .locations = located_in(country{"BDI"}), .first = month{2007, 1}, .last = month{2010, 12},
     .predecessor = "", .successor = "BNUB", .dates_unconfirmed = true},
    // BINUH start "10/2019 (u)"; it takes over from MINUJUSTH.
    {.acronym = "BINUH", .name = "United Nations Integrated Office in Haiti", .kind = spm,
     .locations = located_in(country{"HTI"}), .first = month{2019, 10}, .last = ongoing,
     .predecessor = "MINUJUSTH", .successor = "", .dates_unconfirmed = true},
    // BNUB end "12/2014 (u)"; the rename BINUB -> BNUB at 2011-01 is also in DOMAIN.md §2e.
    {.acronym = "BNUB", .name = "United Nations Office in Burundi", .kind = spm,
     .locations = located_in(country{"BDI"}), .first = month{2011, 1}, .last = month{2014, 12},
     .predecessor = "BINUB", .successor = "", .dates_unconfirmed = true},
    // MINUJUSTH start and end "(u)".
    {.acronym = "MINUJUSTH", .name = "United Nations Mission for Justice Support in Haiti", .kind = pko,
     .locations = located_in(country{"HTI"}), .first = month{2017, 10}, .last = month{2019, 10},
     .predecessor = "MINUSTAH", .successor = "BINUH", .dates_unconfirmed = true},
    // Two host states: the Central African Republic and Chad.
    {.acronym = "MINURCAT", .name = "United Nations Mission in the Central African Republic and Chad",
     .kind = pko, .locations = located_in(country{"CAF"}, country{"TCD"}), .first = month{2007, 9},
     .last = month{2010, 12}, .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // Western Sahara has an ISO code (ESH) although its status is disputed.
    {.acronym = "MINURSO", .name = "United Nations Mission for the Referendum in Western Sahara", .kind = pko,
     .locations = located_in(country{"ESH"}), .first = month{1991, 4}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // Established 04/2014, operations from 09/2014; IPI rows from 2014-05 (DOMAIN.md §2e, §5).
    {.acronym = "MINUSCA",
     .name = "United Nations Multidimensional Integrated Stabilization Mission in the Central African Republic",
     .kind = pko, .locations = located_in(country{"CAF"}), .first = month{2014, 4}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // Established 04/2013 (operations 07/2013); mandate ended 06/2023, withdrawal to 12/2023 [M2].
    {.acronym = "MINUSMA", .name = "United Nations Multidimensional Integrated Stabilization Mission in Mali",
     .kind = pko, .locations = located_in(country{"MLI"}), .first = month{2013, 4}, .last = month{2023, 6},
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // MINUSTAH end "10/2017 (u)".
    {.acronym = "MINUSTAH", .name = "United Nations Stabilization Mission in Haiti", .kind = pko,
     .locations = located_in(country{"HTI"}), .first = month{2004, 6}, .last = month{2017, 10},
     .predecessor = "", .successor = "MINUJUSTH", .dates_unconfirmed = true},
    // MONUC last 2010-06, MONUSCO first 2010-07 (DOMAIN.md §2e and §5).
    {.acronym = "MONUC", .name = "United Nations Organization Mission in the Democratic Republic of the Congo",
     .kind = pko, .locations = located_in(country{"COD"}), .first = month{1999, 11}, .last = month{2010, 6},
     .predecessor = "", .successor = "MONUSCO", .dates_unconfirmed = false},
    {.acronym = "MONUSCO",
     .name = "United Nations Organization Stabilization Mission in the Democratic Republic of the Congo",
     .kind = pko, .locations = located_in(country{"COD"}), .first = month{2010, 7}, .last = ongoing,
     .predecessor = "MONUC", .successor = "", .dates_unconfirmed = false},
    // A special political mission supported by DPKO [S14].
    {.acronym = "UNAMA", .name = "United Nations Assistance Mission in Afghanistan", .kind = spm,
     .locations = located_in(country{"AFG"}), .first = month{2002, 3}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    // End "12/2025 planned (u)".
    {.acronym = "UNAMI", .name = "United Nations Assistance Mission for Iraq", .kind = spm,
     .locations = located_in(country{"IRQ"}), .first = month{2003, 8}, .last = month{2025, 12},
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    // Darfur is part of Sudan: host SDN. Mandate ended 12/2020, withdrawal to 06/2021 [M1];
    // DOMAIN.md §5 names UNITAMS (an SPM) as its successor.
    {.acronym = "UNAMID", .name = "African Union-United Nations Hybrid Operation in Darfur", .kind = pko,
     .locations = located_in(country{"SDN"}), .first = month{2007, 7}, .last = month{2020, 12},
     .predecessor = "", .successor = "UNITAMS", .dates_unconfirmed = false},
    {.acronym = "UNDOF", .name = "United Nations Disengagement Observer Force", .kind = pko,
     .locations = located_in(area::golan), .first = month{1974, 5}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    {.acronym = "UNFICYP", .name = "United Nations Peacekeeping Force in Cyprus", .kind = pko,
     .locations = located_in(country{"CYP"}), .first = month{1964, 3}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // "ongoing (u)".
    {.acronym = "UNIFIL", .name = "United Nations Interim Force in Lebanon", .kind = pko,
     .locations = located_in(country{"LBN"}), .first = month{1978, 3}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    // End "12/2020 (u)".
    {.acronym = "UNIOGBIS", .name = "United Nations Integrated Peacebuilding Office in Guinea-Bissau",
     .kind = spm, .locations = located_in(country{"GNB"}), .first = month{2010, 1}, .last = month{2020, 12},
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    // A new mission in 2011, not a successor of UNMIS (DOMAIN.md §5 gives it no predecessor).
    {.acronym = "UNISFA", .name = "United Nations Interim Security Force for Abyei", .kind = pko,
     .locations = located_in(area::abyei), .first = month{2011, 6}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // Not in DOMAIN.md's table (only as UNAMID's successor); UN PDFs list it 2021-06..2023-12.
    // General knowledge: Security Council resolution 2524 (June 2020) established it; its
    // mandate ended in December 2023 (resolution 2715). Unconfirmed.
    {.acronym = "UNITAMS", .name = "United Nations Integrated Transition Assistance Mission in Sudan",
     .kind = spm, .locations = located_in(country{"SDN"}), .first = month{2020, 6}, .last = month{2023, 12},
     .predecessor = "UNAMID", .successor = "", .dates_unconfirmed = true},
    // UNMC -> UNVMC. Start "01/2016 (u)". Its end is not in DOMAIN.md: general knowledge puts
    // the hand-over to UNVMC in September 2017, the month DOMAIN.md gives for UNVMC's start.
    {.acronym = "UNMC", .name = "United Nations Mission in Colombia", .kind = spm,
     .locations = located_in(country{"COL"}), .first = month{2016, 1}, .last = month{2017, 9},
     .predecessor = "", .successor = "UNVMC", .dates_unconfirmed = true},
    // Start "01/2019 (u)", "ongoing at 2024 (u)".
    {.acronym = "UNMHA", .name = "United Nations Mission to Support the Hodeidah Agreement", .kind = spm,
     .locations = located_in(country{"YEM"}), .first = month{2019, 1}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    {.acronym = "UNMIK", .name = "United Nations Interim Administration Mission in Kosovo", .kind = pko,
     .locations = located_in(area::kosovo), .first = month{1999, 6}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // End "03/2018 (u)".
    {.acronym = "UNMIL", .name = "United Nations Mission in Liberia", .kind = pko,
     .locations = located_in(country{"LBR"}), .first = month{2003, 9}, .last = month{2018, 3},
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    {.acronym = "UNMIN", .name = "United Nations Mission in Nepal", .kind = spm,
     .locations = located_in(country{"NPL"}), .first = month{2007, 1}, .last = month{2011, 1},
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    // Sudan before 2011, the south included. It closed 9 Jul 2011 (DOMAIN.md §2e). It split
    // into UNMISS and UNISFA (DOMAIN.md §5: "-> UNMISS, UNISFA"). A lineage needs one line, so
    // UNMISS, which took over its work in the south, is the successor kept here; UNISFA was a
    // new force for Abyei.
    {.acronym = "UNMIS", .name = "United Nations Mission in the Sudan", .kind = pko,
     .locations = located_in(country{"SDN"}), .first = month{2005, 3}, .last = month{2011, 7},
     .predecessor = "", .successor = "UNMISS", .dates_unconfirmed = false},
    // Established 07/2011 (DOMAIN.md §5); IPI rows start 2011-08 (DOMAIN.md §2e).
    {.acronym = "UNMISS", .name = "United Nations Mission in the Republic of South Sudan", .kind = pko,
     .locations = located_in(country{"SSD"}), .first = month{2011, 7}, .last = ongoing,
     .predecessor = "UNMIS", .successor = "", .dates_unconfirmed = false},
    // IPI's last rows are 2012-11 (DOMAIN.md §5); 60 people remained on 2012-11-30 (§2e).
    {.acronym = "UNMIT", .name = "United Nations Integrated Mission in Timor-Leste", .kind = pko,
     .locations = located_in(country{"TLS"}), .first = month{2006, 8}, .last = month{2012, 12},
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // Jammu and Kashmir has no ISO code; the observers work on both sides (India and Pakistan).
    {.acronym = "UNMOGIP", .name = "United Nations Military Observer Group in India and Pakistan", .kind = pko,
     .locations = located_in(area::jammu_and_kashmir), .first = month{1949, 1}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // End "06/2017 (u)".
    {.acronym = "UNOCI", .name = "United Nations Operation in C\u00f4te d'Ivoire", .kind = pko,
     .locations = located_in(country{"CIV"}), .first = month{2004, 4}, .last = month{2017, 6},
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    // A regional office, HQ Dakar; DOMAIN.md gives "2016 (u)". The month is general knowledge
    // (UNOWA and the Sahel office merged in January 2016). Unconfirmed.
    {.acronym = "UNOWAS", .name = "United Nations Office for West Africa and the Sahel", .kind = spm,
     .locations = located_in(area::west_africa_and_the_sahel), .first = month{2016, 1}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    {.acronym = "UNSMIL", .name = "United Nations Support Mission in Libya", .kind = spm,
     .locations = located_in(country{"LBY"}), .first = month{2011, 9}, .last = ongoing,
     .predecessor = "", .successor = "", .dates_unconfirmed = true},
    {.acronym = "UNSMIS", .name = "United Nations Supervision Mission in Syria", .kind = pko,
     .locations = located_in(country{"SYR"}), .first = month{2012, 4}, .last = month{2012, 8},
     .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // Not in the data; in the catalogue because DOMAIN.md §5 names it as UNSOS's predecessor
    // (u). General knowledge: the UN Support Office for AMISOM, set up by Security Council
    // resolution 1863 (January 2009), based in Nairobi and serving the AU mission in Somalia,
    // replaced by UNSOS in November 2015. Unconfirmed.
    {.acronym = "UNSOA", .name = "United Nations Support Office for AMISOM", .kind = support,
     .locations = located_in(country{"SOM"}), .first = month{2009, 1}, .last = month{2015, 11},
     .predecessor = "", .successor = "UNSOS", .dates_unconfirmed = true},
    // End "10/2024 (u)", successor UNTMIS "(u)".
    {.acronym = "UNSOM", .name = "United Nations Assistance Mission in Somalia", .kind = spm,
     .locations = located_in(country{"SOM"}), .first = month{2013, 6}, .last = month{2024, 10},
     .predecessor = "", .successor = "UNTMIS", .dates_unconfirmed = true},
    // DOMAIN.md gives "2015 (u)"; the month is general knowledge (Security Council resolution
    // 2245, November 2015, turned UNSOA into UNSOS). Unconfirmed.
    {.acronym = "UNSOS", .name = "United Nations Support Office in Somalia", .kind = support,
     .locations = located_in(country{"SOM"}), .first = month{2015, 11}, .last = ongoing,
     .predecessor = "UNSOA", .successor = "", .dates_unconfirmed = true},
    // Not in DOMAIN.md's table (only as UNSOM's successor, (u)); UN PDFs list it 2024-11..2025-07.
    // General knowledge: Security Council resolution 2753 (October 2024) set it up to take over
    // from UNSOM on 1 November 2024. Unconfirmed.
    {.acronym = "UNTMIS", .name = "United Nations Transitional Assistance Mission in Somalia", .kind = spm,
     .locations = located_in(country{"SOM"}), .first = month{2024, 11}, .last = ongoing,
     .predecessor = "UNSOM", .successor = "", .dates_unconfirmed = true},
    // Observers in five states; HQ Jerusalem.
    {.acronym = "UNTSO", .name = "United Nations Truce Supervision Organization", .kind = pko,
     .locations = located_in(country{"ISR"}, country{"EGY"}, country{"JOR"}, country{"LBN"}, country{"SYR"}),
     .first = month{1948, 5}, .last = ongoing, .predecessor = "", .successor = "", .dates_unconfirmed = false},
    // UNMC -> UNVMC; start "09/2017 (u)".
    {.acronym = "UNVMC", .name = "United Nations Verification Mission in Colombia", .kind = spm,
     .locations = located_in(country{"COL"}), .first = month{2017, 9}, .last = ongoing,
     .predecessor = "UNMC", .successor = "", .dates_unconfirmed = true},
};

inline constexpr std::size_t mission_catalogue_size = sizeof(mission_catalogue) / sizeof(mission_catalogue[0]);
// pk::mission is one byte: its index must fit.
static_assert(mission_catalogue_size <= 256, "pk::mission stores its index in one byte");

// Spellings the data prints for a catalogue acronym. Each is seen in the data:
struct mission_alias {
    std::string_view printed;
    std::string_view acronym;
};
inline constexpr mission_alias mission_aliases[] = {
    // UN PDFs 2017-10..2018-02 (layout B): the mission subtotal line under each MINUJUSTH
    // block is cut to 8 letters ("MINUJUST    150" in the 2017-10 report, Bangladesh).
    {"MINUJUST", "MINUJUSTH"},
};

}  // namespace detail
}  // namespace pk
