// pk::personnel_category, pk::branch, pk::gender and pk::role: every label of every era maps
// to the right UN category (DOMAIN.md §1 "Names over time", data/README.txt, and the layouts
// of data/un_dpo_monthly_pdf/MANIFEST.txt), and national role wordings map to categories
// (DOMAIN.md §1 "Mapping national role descriptions to UN types").
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/personnel/gender.hpp>
#include <peacekeeping/personnel/role.hpp>

#include <concepts>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <type_traits>

#include "support/catch.hpp"

namespace {
template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
using pk::personnel_category;
}  // namespace

static_assert(std::regular<pk::personnel_category>);
static_assert(std::totally_ordered<pk::personnel_category>);
static_assert(sizeof(pk::personnel_category) == 1);
static_assert(sizeof(pk::gender) == 1);
static_assert(sizeof(pk::role) == 1);
static_assert(sizeof(pk::branch) == 1);
static_assert(!std::convertible_to<pk::personnel_category, int>);
static_assert(pk::parse_personnel_category("Staff Officer") == personnel_category::staff_officers);

TEST_CASE("the exact UN DPO Personnel_Type values", "[category]") {
    // data/README.txt: "Personnel_Type takes exactly the values: Troops, Staff Officer, Experts
    // on Mission, Individual Police, Formed Police Units."
    CHECK(pk::parse_personnel_category("Troops") == personnel_category::troops);
    CHECK(pk::parse_personnel_category("Staff Officer") == personnel_category::staff_officers);
    CHECK(pk::parse_personnel_category("Experts on Mission") == personnel_category::experts_on_mission);
    CHECK(pk::parse_personnel_category("Individual Police") == personnel_category::individual_police);
    CHECK(pk::parse_personnel_category("Formed Police Units") == personnel_category::formed_police_units);
}

TEST_CASE("every label of every era maps to its category", "[category]") {
    struct label_case {
        std::string_view label;
        personnel_category category;
    };
    // UN monthly PDFs (MANIFEST.txt layouts A..H): "Contingent Troop" (A), "Contingent Troops"
    // (B posts), short lower-case labels (F: contingent, experts, staff, police, fpu), the Oct-2019
    // wide table (E: UNMEM, Troops, UNPOL, FPU, MSO), "Ind Police" (A zeros); DOMAIN.md §1:
    // early PDFs' "Military Observer" and "Troop", IPI's "Observers".
    const label_case cases[] = {
        {"Contingent Troop", personnel_category::troops},
        {"Contingent Troops", personnel_category::troops},
        {"contingent", personnel_category::troops},
        {"Troops", personnel_category::troops},
        {"Troop", personnel_category::troops},
        {"Experts on Mission", personnel_category::experts_on_mission},
        {"experts", personnel_category::experts_on_mission},
        {"UNMEM", personnel_category::experts_on_mission},
        {"Military Observer", personnel_category::experts_on_mission},
        {"Military Observers", personnel_category::experts_on_mission},
        {"Observers", personnel_category::experts_on_mission},
        {"UNMO", personnel_category::experts_on_mission},
        {"Individual Police", personnel_category::individual_police},
        {"Ind Police", personnel_category::individual_police},
        {"police", personnel_category::individual_police},
        {"UNPOL", personnel_category::individual_police},
        {"IPO", personnel_category::individual_police},
        {"Formed Police Units", personnel_category::formed_police_units},
        {"Formed Police Unit", personnel_category::formed_police_units},
        {"FPU", personnel_category::formed_police_units},
        {"fpu", personnel_category::formed_police_units},
        {"Staff Officer", personnel_category::staff_officers},
        {"Staff Officers", personnel_category::staff_officers},
        {"staff", personnel_category::staff_officers},
        {"MSO", personnel_category::staff_officers},
        // Column-header spellings (IPI): '_' for spaces, and IPI's own names.
        {"Experts_on_Mission", personnel_category::experts_on_mission},
        {"Formed_Police_Units", personnel_category::formed_police_units},
        {"Individual_Police", personnel_category::individual_police},
        // Case, surrounding blanks and runs of separators do not matter.
        {"  formed police   units ", personnel_category::formed_police_units},
        {"EXPERTS ON MISSION", personnel_category::experts_on_mission},
        {"staff-officer", personnel_category::staff_officers},
    };
    for (const auto& c : cases) {
        INFO(c.label);
        CHECK(pk::parse_personnel_category(c.label) == c.category);
    }
}

TEST_CASE("labels that are not one category are rejected", "[category]") {
    // "Civilian Police" is individual + formed police together (IPI's Civilian_Police =
    // Inidividual_Police + Formed_Police_Units, data/README.txt): not one category.
    CHECK_FALSE(pk::parse_personnel_category("Civilian Police"));
    CHECK_FALSE(pk::parse_personnel_category("Civilian_Police"));
    // Not UN Personnel_Type values at all (DOMAIN.md §1: Justice & Corrections are not one).
    CHECK_FALSE(pk::parse_personnel_category("Justice and Corrections"));
    CHECK_FALSE(pk::parse_personnel_category("Total"));
    CHECK_FALSE(pk::parse_personnel_category(""));
    CHECK_FALSE(pk::parse_personnel_category("Troopss"));
    CHECK_FALSE(pk::parse_personnel_category("Staff Officer s"));
}

TEST_CASE("military is troops, staff officers and experts; police is IPO and FPU", "[category]") {
    // DOMAIN.md §1: "Military personnel" = Troops + Staff Officers + Experts on Mission [S1].
    CHECK(pk::branch_of(personnel_category::troops) == pk::branch::military);
    CHECK(pk::branch_of(personnel_category::staff_officers) == pk::branch::military);
    CHECK(pk::branch_of(personnel_category::experts_on_mission) == pk::branch::military);
    CHECK(pk::branch_of(personnel_category::individual_police) == pk::branch::police);
    CHECK(pk::branch_of(personnel_category::formed_police_units) == pk::branch::police);
    CHECK(pk::branch_of(personnel_category::unreported) == pk::branch::unreported);
    CHECK(pk::parse_branch("Military") == pk::branch::military);
    CHECK(pk::parse_branch("police") == pk::branch::police);
    CHECK_FALSE(pk::parse_branch("civilian"));
}

TEST_CASE("category names print as the UN writes them", "[category][print]") {
    CHECK(printed(personnel_category::troops) == "Troops");
    CHECK(printed(personnel_category::staff_officers) == "Staff Officers");
    CHECK(printed(personnel_category::experts_on_mission) == "Experts on Mission");
    CHECK(printed(personnel_category::individual_police) == "Individual Police");
    CHECK(printed(personnel_category::formed_police_units) == "Formed Police Units");
    CHECK(printed(personnel_category::unreported) == "unreported");
    CHECK(printed(pk::branch::military) == "military");
    CHECK(printed(pk::branch::police) == "police");
    // Every name parses back to its category (the six names are distinct).
    std::set<std::string_view> names;
    for (std::size_t i = 0; i + 1 < pk::personnel_category_count; ++i) {
        const auto c = static_cast<personnel_category>(i);
        names.insert(pk::name(c));
        CHECK(pk::parse_personnel_category(pk::name(c)) == c);
    }
    CHECK(names.size() == 5u);
    std::ostringstream out;
    out << std::setw(22) << personnel_category::experts_on_mission << '|';
    CHECK(out.str() == "    Experts on Mission|");  // 18 characters, 4 spaces
}

TEST_CASE("gender: female and male, as headers and labels write them", "[gender]") {
    CHECK(pk::parse_gender("female") == pk::gender::female);
    CHECK(pk::parse_gender("Female") == pk::gender::female);
    CHECK(pk::parse_gender("F") == pk::gender::female);
    CHECK(pk::parse_gender("women") == pk::gender::female);
    CHECK(pk::parse_gender("Male") == pk::gender::male);
    CHECK(pk::parse_gender("M") == pk::gender::male);
    CHECK(pk::parse_gender("MEN") == pk::gender::male);
    CHECK_FALSE(pk::parse_gender("Total"));
    CHECK_FALSE(pk::parse_gender(""));
    CHECK_FALSE(pk::parse_gender("fem"));
    CHECK(printed(pk::gender::female) == "female");
    CHECK(printed(pk::gender::male) == "male");
    CHECK(pk::gender::female < pk::gender::male);
}

TEST_CASE("national role wordings map to UN categories", "[role]") {
    struct role_case {
        std::string_view wording;
        pk::role role;
        personnel_category category;
    };
    // DOMAIN.md §1 "Mapping national role descriptions to UN types", and §6 (Viet Nam's
    // level-2 field hospital and engineering unit are contingents: Troops).
    const role_case cases[] = {
        {"level-2 field hospital", pk::role::medical_unit, personnel_category::troops},
        {"Level 2 Field Hospital", pk::role::medical_unit, personnel_category::troops},
        {"field hospital", pk::role::medical_unit, personnel_category::troops},
        {"medical staff", pk::role::medical_unit, personnel_category::troops},
        {"engineering unit", pk::role::engineering_unit, personnel_category::troops},
        {"sapper", pk::role::engineering_unit, personnel_category::troops},
        {"sappers", pk::role::engineering_unit, personnel_category::troops},
        {"construction company", pk::role::engineering_unit, personnel_category::troops},
        {"infantry battalion", pk::role::infantry, personnel_category::troops},
        {"military observer", pk::role::military_observer, personnel_category::experts_on_mission},
        {"UNMO", pk::role::military_observer, personnel_category::experts_on_mission},
        {"liaison officer", pk::role::liaison_officer, personnel_category::experts_on_mission},
        {"military liaison officer", pk::role::liaison_officer, personnel_category::experts_on_mission},
        {"military adviser", pk::role::military_adviser, personnel_category::experts_on_mission},
        {"military advisor", pk::role::military_adviser, personnel_category::experts_on_mission},
        {"staff officer", pk::role::staff_officer, personnel_category::staff_officers},
        {"CIMIC officer", pk::role::staff_officer, personnel_category::staff_officers},
        {"police officer", pk::role::individual_police, personnel_category::individual_police},
        {"individual police", pk::role::individual_police, personnel_category::individual_police},
        {"police peacekeeping unit", pk::role::formed_police_unit, personnel_category::formed_police_units},
        {"formed police unit", pk::role::formed_police_unit, personnel_category::formed_police_units},
    };
    for (const auto& c : cases) {
        INFO(c.wording);
        const auto r = pk::parse_role(c.wording);
        REQUIRE(r);
        CHECK(*r == c.role);
        CHECK(pk::category_of(*r) == c.category);
    }
    // DOMAIN.md §1: an officer at UN HQ is not in mission data; no category to give.
    CHECK_FALSE(pk::parse_role("officer at UN HQ New York"));
    CHECK_FALSE(pk::parse_role(""));
}

TEST_CASE("formed units rotate whole, individuals one by one", "[role]") {
    CHECK(pk::is_formed_unit(pk::role::medical_unit));
    CHECK(pk::is_formed_unit(pk::role::engineering_unit));
    CHECK(pk::is_formed_unit(pk::role::formed_police_unit));
    CHECK_FALSE(pk::is_formed_unit(pk::role::military_observer));
    CHECK_FALSE(pk::is_formed_unit(pk::role::staff_officer));
    CHECK_FALSE(pk::is_formed_unit(pk::role::individual_police));
    CHECK(printed(pk::role::liaison_officer) == "liaison officer");
    // Every role's name parses back to it.
    for (auto r : {pk::role::military_observer, pk::role::liaison_officer, pk::role::military_adviser,
                   pk::role::staff_officer, pk::role::medical_unit, pk::role::engineering_unit, pk::role::infantry,
                   pk::role::aviation_unit, pk::role::logistics_unit, pk::role::signals_unit,
                   pk::role::individual_police, pk::role::formed_police_unit}) {
        INFO(pk::name(r));
        CHECK(pk::parse_role(pk::name(r)) == r);
    }
}
