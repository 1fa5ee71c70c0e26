// Gender parity: the targets table as DOMAIN.md §4 gives it, and shares worked by hand.
#include <peacekeeping/aggregate/gender_parity.hpp>

#include <iterator>  // std::size

#include "support/catch.hpp"

using pk::parity_category;
using pk::personnel_category;
using pk::target_status;

TEST_CASE("targets: confirmed, unconfirmed and absent cells of DOMAIN.md §4") {
    auto target = [](parity_category c, int y) { return pk::parity_target_for(c, pk::year{y}); };
    REQUIRE(target(parity_category::military_contingents, 2021));
    CHECK(target(parity_category::military_contingents, 2021)->percent == 8);
    CHECK(target(parity_category::military_contingents, 2021)->status == target_status::confirmed);
    CHECK(target(parity_category::military_contingents, 2023)->percent == 10);
    CHECK(target(parity_category::military_contingents, 2023)->status == target_status::unconfirmed);
    CHECK(target(parity_category::military_contingents, 2028)->percent == 15);
    CHECK_FALSE(target(parity_category::military_contingents, 2020));
    CHECK(target(parity_category::individual_military, 2025)->percent == 22);
    CHECK(target(parity_category::individual_military, 2025)->status == target_status::confirmed);
    CHECK_FALSE(target(parity_category::individual_military, 2018));  // "15?" in DOMAIN.md
    CHECK(target(parity_category::formed_police_units, 2022)->percent == 12);
    CHECK(target(parity_category::formed_police_units, 2025)->status == target_status::unconfirmed);
    CHECK_FALSE(target(parity_category::formed_police_units, 2024));
    CHECK(target(parity_category::individual_police, 2028)->percent == 30);
    CHECK_FALSE(target(parity_category::individual_police, 2027));
    CHECK(std::size(pk::gender_parity_targets) == 20);
}

TEST_CASE("categories: staff officers and experts on mission are one strategy category") {
    CHECK(pk::parity_category_of(personnel_category::troops) == parity_category::military_contingents);
    CHECK(pk::parity_category_of(personnel_category::staff_officers) == parity_category::individual_military);
    CHECK(pk::parity_category_of(personnel_category::experts_on_mission) == parity_category::individual_military);
    CHECK(pk::parity_category_of(personnel_category::formed_police_units) == parity_category::formed_police_units);
    CHECK(pk::parity_category_of(personnel_category::individual_police) == parity_category::individual_police);
    CHECK_FALSE(pk::parity_category_of(personnel_category::unreported));
}

TEST_CASE("assessment: shares, gaps and on-target, worked by hand") {
    pk::dataset d;
    const pk::month jan{2021, 1}, feb{2021, 2};
    d.cover(jan);
    d.cover(feb);
    d.cover(pk::month{2021, 3}, {.missions = true, .genders = false, .categories = true});
    const pk::country ghana{"GHA"};
    const pk::mission unmiss{"UNMISS"};
    // Troops: Jan 5 of 100, Feb 7 of 100: 12 / 200 = 6% vs 8% -> 2 points short.
    d.add({jan, ghana, unmiss, personnel_category::troops, 5, 95, 0});
    d.add({feb, ghana, unmiss, personnel_category::troops, 7, 93, 0});
    // March splits no gender: its 100 troops are out of the share (2 months, not 3).
    d.add({pk::month{2021, 3}, ghana, unmiss, personnel_category::troops, 0, 0, 100});
    // Individual military: staff officers 2 of 10 and experts 3 of 10 in Jan, nobody in Feb:
    // (2 + 3) / (10 + 10) = 25% vs 18% -> on target, 7 points over.
    d.add({jan, ghana, unmiss, personnel_category::staff_officers, 2, 8, 0});
    d.add({jan, ghana, unmiss, personnel_category::experts_on_mission, 3, 7, 0});
    // Individual police: 1 of 4 in Jan; no 2021 target exists.
    d.add({jan, ghana, unmiss, personnel_category::individual_police, 1, 3, 0});

    const auto parity = pk::gender_parity(d);
    REQUIRE(parity.size() == 3);
    CHECK(parity[0].category == parity_category::military_contingents);
    CHECK(parity[0].share.female == pk::person_months{12});
    CHECK(parity[0].share.female_and_male == pk::person_months{200});
    CHECK(parity[0].share.covered == pk::months{2});
    CHECK(*parity[0].gap_points() == pk_test::Approx(2.0));
    CHECK_FALSE(parity[0].on_target());

    CHECK(parity[1].category == parity_category::individual_military);
    CHECK(*parity[1].share.percent() == pk_test::Approx(25.0));
    CHECK(*parity[1].gap_points() == pk_test::Approx(-7.0));
    CHECK(parity[1].on_target());

    CHECK(parity[2].category == parity_category::individual_police);
    CHECK_FALSE(parity[2].target);
    CHECK_FALSE(parity[2].gap_points());
    CHECK_FALSE(parity[2].on_target());

    // For one country, through the filter: another country's people are not counted.
    d.add({jan, pk::country{"NPL"}, unmiss, personnel_category::troops, 50, 50, 0});
    pk::contribution_filter only_ghana;
    only_ghana.countries = {ghana};
    CHECK(pk::gender_parity(d, only_ghana)[0].share.female == pk::person_months{12});
    CHECK(pk::gender_parity(d)[0].share.female == pk::person_months{62});
}
