// Flows from the Viet Nam ledger (examples/data/viet_nam_ledger.csv), checked against the
// figures Viet Nam published, as DOMAIN.md §6 gives them. Every expected number below comes
// from the statements, not from the code: 512 = 76 individual officers + 436 in units,
// 436 = 4 x 63 + 184 [V14]; unit totals 683 by Dec 2023 and 930 by Dec 2024 (DOMAIN.md §6,
// "Check").
#include <peacekeeping/ledger/flow.hpp>
#include <peacekeeping/ledger/read.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "support/catch.hpp"

namespace {

using pk::month;
using pk::persons_deployed;
using pk::role;

constexpr pk::mission unmiss{"UNMISS"};
constexpr pk::mission minusca{"MINUSCA"};
constexpr pk::mission unisfa{"UNISFA"};

const pk::ledger_read_result& viet_nam() {
    static const pk::ledger_read_result result =
        pk::read_ledger_file(std::string{PK_SOURCE_DIR} + "/examples/data/viet_nam_ledger.csv");
    return result;
}

// The roles of the 76: "military advisers, observers and liaison officers" (the June-2022
// statement), and staff officers ([V1], [V25]).
pk::role_set individual_officers() {
    pk::role_set s;
    s.insert(role::military_adviser);
    s.insert(role::military_observer);
    s.insert(role::liaison_officer);
    s.insert(role::staff_officer);
    return s;
}

std::vector<pk::rotation_summary> rotations_of(role r, month through) {
    auto all = pk::rotations_through(viet_nam().entries, through);
    std::erase_if(all, [&](const pk::rotation_summary& x) { return x.roles != pk::role_set{r}; });
    return all;
}

}  // namespace

TEST_CASE("the bundled ledger reads without errors, every row with a source URL", "[ledger][flow]") {
    const auto& result = viet_nam();
    for (const auto& e : result.errors) UNSCOPED_INFO(e.to_string());
    REQUIRE(result.ok());
    REQUIRE(result.entries.size() == result.data_lines);
    for (const auto& e : result.entries) {
        INFO(e.label);
        CHECK(e.source.rfind("https://", 0) == 0);
        CHECK(e.note.find("[V") != std::string::npos);  // a DOMAIN.md §6 source tag
    }
}

TEST_CASE("June 2022: 512 = 76 officers + 252 medical staff + 184 engineers [V14]", "[ledger][flow]") {
    const auto sent = pk::deployments_through(viet_nam().entries, month{2022, 6});
    CHECK(sent.total == persons_deployed{512});
    CHECK(sent.of(individual_officers()) == persons_deployed{76});
    CHECK(sent.of(role::medical_unit) == persons_deployed{252});
    CHECK(sent.of(role::engineering_unit) == persons_deployed{184});
    // 436 in units, all Troops in the UN's terms; the 76 are Experts on Mission and Staff
    // Officers together, with no split in the source: never put under either alone.
    CHECK(sent.of(pk::personnel_category::troops) == persons_deployed{436});
    pk::category_set officers{pk::personnel_category::experts_on_mission};
    officers.insert(pk::personnel_category::staff_officers);
    CHECK(sent.of(officers) == persons_deployed{76});
    CHECK(sent.of(pk::personnel_category::experts_on_mission) == persons_deployed{0});
    CHECK(sent.from_aggregates == persons_deployed{76});
    CHECK(sent.straddling == persons_deployed{0});

    // Four level-2 field hospital rotations of 63, one engineering rotation of 184.
    const auto hospitals = rotations_of(role::medical_unit, month{2022, 6});
    REQUIRE(hospitals.size() == 4);
    for (const auto& r : hospitals) CHECK(r.size == persons_deployed{63});
    CHECK(hospitals.front().departed == month{2018, 10});  // the first unit, Oct 2018 [V9]
    const auto engineers = rotations_of(role::engineering_unit, month{2022, 6});
    REQUIRE(engineers.size() == 1);
    CHECK(engineers.front().size == persons_deployed{184});

    // The three missions of the statement.
    pk::mission_set three{unmiss};
    three.insert(minusca);
    three.insert(unisfa);
    CHECK(sent.missions == three);
    CHECK(sent.of(unmiss) == persons_deployed{252});
    CHECK(sent.of(unisfa) == persons_deployed{184});
}

TEST_CASE("the 512 counted the engineers' main body before it left", "[ledger][flow]") {
    // The statement of May 2022 [V14] came with the 28-strong advance party; the other 156
    // arrived on 15 Jun [V15]. Through May only 28 engineers had gone.
    const auto may = pk::deployments_through(viet_nam().entries, month{2022, 5});
    CHECK(may.of(role::engineering_unit) == persons_deployed{28});
    CHECK(may.total == persons_deployed{76 + 4 * 63 + 28});
}

TEST_CASE("an aggregate counts only once its period is over", "[ledger][flow]") {
    // Through 2020-12 the 76 (2014-06..2022-05) had not all left: how many had is not known.
    const auto sent = pk::deployments_through(viet_nam().entries, month{2020, 12});
    CHECK(sent.straddling == persons_deployed{76});
    CHECK(sent.total == persons_deployed{2 * 63});  // hospital rotations 1 and 2
    CHECK(sent.from_aggregates == persons_deployed{0});
}

TEST_CASE("later totals: the units of DOMAIN.md's check, below the national claims", "[ledger][flow]") {
    const auto& entries = viet_nam().entries;
    // Dec 2023: units 5 x 63 + 2 x 184 = 683 (DOMAIN.md §6); Viet Nam said 789 on 10 Dec 2023
    // [V21], counting officers sent after May 2022, police and UN HQ posts the ledger lacks.
    const auto end_2023 = pk::deployments_through(entries, month{2023, 12});
    CHECK(end_2023.of(role::medical_unit) + end_2023.of(role::engineering_unit) == persons_deployed{683});
    CHECK(end_2023.total == persons_deployed{683 + 76});
    CHECK(end_2023.total < persons_deployed{789});
    // Dec 2024: units 6 x 63 + 3 x 184 = 930; claim 1,065 [V23].
    const auto end_2024 = pk::deployments_through(entries, month{2024, 12});
    CHECK(end_2024.of(role::medical_unit) + end_2024.of(role::engineering_unit) == persons_deployed{930});
    CHECK(end_2024.total < persons_deployed{1065});
}

TEST_CASE("by year: dated rows by departure year, a multi-year aggregate apart", "[ledger][flow]") {
    const auto sent = pk::deployments_through(viet_nam().entries, month{2022, 12});
    CHECK(sent.in(pk::year{2018}) == persons_deployed{63});        // rotation 1
    CHECK(sent.in(pk::year{2019}) == persons_deployed{63});        // rotation 2
    CHECK(sent.in(pk::year{2021}) == persons_deployed{63});        // rotation 3, in two groups
    CHECK(sent.in(pk::year{2022}) == persons_deployed{63 + 184});  // hospital 4, engineers 1
    CHECK(sent.without_year == persons_deployed{76});
    persons_deployed by_year_total = sent.without_year;
    for (const auto& [y, n] : sent.by_year) by_year_total += n;
    CHECK(by_year_total == sent.total);
}

TEST_CASE("detail rows add no flow of their own", "[ledger][flow]") {
    const auto& entries = viet_nam().entries;
    const auto detail = std::find_if(entries.begin(), entries.end(),
                                     [](const pk::ledger_entry& e) { return e.kind == pk::entry_kind::detail; });
    REQUIRE(detail != entries.end());
    CHECK(detail->headcount == 2);
    CHECK(detail->deployed() == persons_deployed{0});
}
