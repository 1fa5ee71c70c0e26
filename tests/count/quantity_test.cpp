// Stock and flow as types (count/quantity.hpp). Each allowed operation is checked at run time
// with figures from DOMAIN.md; each forbidden one is a concept check here and a program in
// tests/compile/ that must not build.
#include <peacekeeping/count/quantity.hpp>

#include <concepts>
#include <cstdint>
#include <functional>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>

#include "support/catch.hpp"
#include "support/operations.hpp"

using namespace pk_test;  // addable, subtractable, ..., printed (support/operations.hpp)

// Value types.
static_assert(std::regular<pk::strength>);
static_assert(std::regular<pk::average_strength>);
static_assert(std::regular<pk::person_months>);
static_assert(std::regular<pk::persons_deployed>);
static_assert(std::totally_ordered<pk::strength>);
static_assert(std::totally_ordered<pk::person_months>);
static_assert(std::totally_ordered<pk::persons_deployed>);
static_assert(std::is_trivially_copyable_v<pk::strength>);
static_assert(std::is_trivially_copyable_v<pk::average_strength>);
static_assert(std::is_trivially_copyable_v<pk::person_months>);
static_assert(std::is_trivially_copyable_v<pk::persons_deployed>);
static_assert(sizeof(pk::strength) == sizeof(std::int64_t));
static_assert(sizeof(pk::average_strength) == sizeof(double));
static_assert(sizeof(pk::person_months) == sizeof(std::int64_t));
static_assert(sizeof(pk::persons_deployed) == sizeof(std::int64_t));

// Allowed: the result types.
static_assert(std::same_as<decltype(pk::strength{} + pk::strength{}), pk::strength>);
static_assert(std::same_as<decltype(pk::strength{} - pk::strength{}), pk::strength>);
static_assert(std::same_as<decltype(pk::strength{} * pk::months{}), pk::person_months>);
static_assert(std::same_as<decltype(pk::months{} * pk::strength{}), pk::person_months>);
static_assert(std::same_as<decltype(pk::person_months{} + pk::person_months{}), pk::person_months>);
static_assert(std::same_as<decltype(pk::person_months{} / pk::months{}), pk::average_strength>);
static_assert(std::same_as<decltype(pk::persons_deployed{} + pk::persons_deployed{}), pk::persons_deployed>);
// A counted strength widens to an average one (no loss)...
static_assert(std::convertible_to<pk::strength, pk::average_strength>);
static_assert(std::same_as<decltype(pk::average_strength{} + pk::strength{}), pk::average_strength>);

// Forbidden: a stock never adds to a flow, snapshots of different months are not a stock.
static_assert(!addable<pk::strength, pk::person_months>);
static_assert(!addable<pk::person_months, pk::strength>);
static_assert(!addable<pk::strength, pk::persons_deployed>);
static_assert(!addable<pk::persons_deployed, pk::strength>);
static_assert(!addable<pk::person_months, pk::persons_deployed>);
static_assert(!addable<pk::persons_deployed, pk::person_months>);
static_assert(!addable<pk::average_strength, pk::persons_deployed>);
static_assert(!subtractable<pk::strength, pk::person_months>);
static_assert(!subtractable<pk::persons_deployed, pk::strength>);
static_assert(!add_assignable<pk::strength, pk::person_months>);
static_assert(!add_assignable<pk::persons_deployed, pk::strength>);
static_assert(!add_assignable<pk::person_months, pk::persons_deployed>);
static_assert(!addable<pk::strength, std::int64_t>);
static_assert(!addable<pk::strength, pk::months>);
static_assert(!multipliable<pk::strength, pk::strength>);
static_assert(!multipliable<pk::person_months, pk::months>);
static_assert(!multipliable<pk::persons_deployed, pk::months>);
static_assert(!multipliable<pk::strength, int>);
static_assert(!dividable<pk::person_months, pk::person_months>);
static_assert(!dividable<pk::strength, pk::months>);
static_assert(!dividable<pk::persons_deployed, pk::months>);
static_assert(!dividable<pk::person_months, int>);
// ...but an average strength never narrows to a counted one: not implicitly, not explicitly,
// and not through its number either (the truncating constructor is deleted).
static_assert(!std::convertible_to<pk::average_strength, pk::strength>);
static_assert(!std::constructible_from<pk::strength, pk::average_strength>);
static_assert(!std::constructible_from<pk::strength, double>);
static_assert(!std::constructible_from<pk::strength, float>);
static_assert(std::constructible_from<pk::strength, int>);
// Numbers are not quantities by accident, and quantities of one kind are not of another.
static_assert(!std::convertible_to<std::int64_t, pk::strength>);
static_assert(!std::convertible_to<pk::strength, std::int64_t>);
static_assert(!std::convertible_to<std::int64_t, pk::person_months>);
static_assert(!std::constructible_from<pk::person_months, pk::strength>);
static_assert(!std::constructible_from<pk::persons_deployed, pk::strength>);
static_assert(!std::constructible_from<pk::strength, pk::persons_deployed>);
static_assert(!std::constructible_from<pk::strength, pk::person_months>);
static_assert(!std::equality_comparable_with<pk::strength, pk::person_months>);
static_assert(!std::equality_comparable_with<pk::strength, pk::persons_deployed>);
static_assert(!std::equality_comparable_with<pk::person_months, pk::persons_deployed>);

TEST_CASE("strengths of one month add up", "[quantity][strength]") {
    // Viet Nam, 31-Dec-20 (un_dpo_rank/odp_contributionranks_2020-12-31.csv): F12 M64 = 76.
    const pk::strength female{12}, male{64};
    CHECK(female + male == pk::strength{76});
    CHECK((female + male).people() == 76);
    CHECK(pk::strength{76} - male == female);
    pk::strength total;
    total += female;
    total += male;
    CHECK(total == pk::strength{76});
    total -= female;
    CHECK(total == male);
    CHECK(pk::strength{75} < pk::strength{76});
    CHECK(pk::strength{} == pk::strength{0});
}

TEST_CASE("a strength held for months is person-months", "[quantity][person_months]") {
    // DOMAIN.md §3: the hospital of 63 from Oct-2018 to May-2022 is 63 x 44 = 2,772 person-months.
    const pk::person_months hospital = pk::strength{63} * pk::months{44};
    CHECK(hospital == pk::person_months{2772});
    CHECK(pk::months{44} * pk::strength{63} == hospital);
    CHECK(hospital.person_years() == pk_test::Approx(231.0));  // 2772 / 12
    // Person-months of different periods add up.
    CHECK(hospital + pk::person_months{63} == pk::person_months{2835});
    CHECK(hospital - pk::person_months{63} == pk::person_months{2709});
    pk::person_months sum;
    sum += hospital;
    sum -= pk::person_months{772};
    CHECK(sum.value() == 2000);
}

TEST_CASE("person-months over months is an average strength", "[quantity][average_strength]") {
    // DOMAIN.md §3: Viet Nam/UNMISS 2018 averages 19 in CountryByYear because the 63-strong
    // hospital came in October: about 3 x 63 person-months over 12 months. 189 / 12 = 15.75.
    const pk::average_strength avg = pk::person_months{189} / pk::months{12};
    CHECK(avg.people() == pk_test::Approx(15.75));
    // 2772 person-months over the 44 months they span is the hospital's 63 again.
    CHECK((pk::person_months{2772} / pk::months{44}).people() == pk_test::Approx(63.0));
    // A counted strength widens to an average one and they add.
    const pk::average_strength widened = pk::strength{76};
    CHECK(widened.people() == pk_test::Approx(76.0));
    CHECK((avg + pk::strength{4}).people() == pk_test::Approx(19.75));
    CHECK(avg < pk::average_strength{16.0});
}

TEST_CASE("deployments add up as a flow", "[quantity][persons_deployed]") {
    // DOMAIN.md §6, May 2022: 76 individual + 436 in units = 512, with 436 = 4 x 63 + 184.
    pk::persons_deployed units;
    for (int rotation = 0; rotation < 4; ++rotation) units += pk::persons_deployed{63};
    units += pk::persons_deployed{184};
    CHECK(units == pk::persons_deployed{436});
    CHECK(pk::persons_deployed{76} + units == pk::persons_deployed{512});
    CHECK(pk::persons_deployed{512} - units == pk::persons_deployed{76});
    CHECK(units.people() == 436);
    // 1,065 deployments by Dec 2024 against about 274 present: a flow is not a stock, and
    // only the same kinds compare.
    CHECK(pk::persons_deployed{1065} > pk::persons_deployed{274});
}

TEST_CASE("quantities print with their unit, padded whole", "[quantity][print]") {
    CHECK(printed(pk::strength{76}) == "76 people present");
    CHECK(printed(pk::strength{-3}) == "-3 people present");
    CHECK(printed(pk::person_months{2772}) == "2772 person-months");
    CHECK(printed(pk::persons_deployed{512}) == "512 persons deployed");
    // Averages print four decimals, rounded half away from zero.
    CHECK(printed(pk::average_strength{15.75}) == "15.7500 people present");
    CHECK(printed(pk::person_months{2} / pk::months{3}) == "0.6667 people present");  // 0.66666...
    CHECK(printed(pk::average_strength{-0.5}) == "-0.5000 people present");
    CHECK(printed(pk::average_strength{0.0}) == "0.0000 people present");
    std::ostringstream out;
    out << std::setw(20) << pk::strength{76} << '|' << std::left << std::setw(20) << pk::person_months{63} << '|';
    // "76 people present" is 17 characters, "63 person-months" 16.
    CHECK(out.str() == "   76 people present|63 person-months    |");
}

TEST_CASE("quantity hashes are exact", "[quantity][hash]") {
    std::set<std::size_t> a, b, c;
    for (std::int64_t n = -1000; n <= 100000; ++n) {
        a.insert(std::hash<pk::strength>{}(pk::strength{n}));
        b.insert(std::hash<pk::person_months>{}(pk::person_months{n}));
        c.insert(std::hash<pk::persons_deployed>{}(pk::persons_deployed{n}));
    }
    // 100000 - (-1000) + 1 values.
    CHECK(a.size() == 101001u);
    CHECK(b.size() == 101001u);
    CHECK(c.size() == 101001u);
}
