// pk::contribution: a Boost.Hana struct of 7 members, 16 bytes, regular and ordered by
// month, country, mission, category, then the counts.
#include <peacekeeping/record/contribution.hpp>
#include <peacekeeping/time/month_range.hpp>

#include <boost/hana/accessors.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/keys.hpp>
#include <boost/hana/length.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/string.hpp>

#include <algorithm>
#include <concepts>
#include <functional>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>
#include <vector>

#include "support/catch.hpp"

namespace hana = boost::hana;

namespace {
template <class T>
std::string printed(const T& value) {
    std::ostringstream out;
    out << value;
    return out.str();
}
constexpr pk::country viet_nam{"VNM"};
constexpr pk::mission unmiss{"UNMISS"};
}  // namespace

static_assert(std::regular<pk::contribution>);
static_assert(std::totally_ordered<pk::contribution>);
static_assert(std::is_aggregate_v<pk::contribution>);
static_assert(std::is_trivially_copyable_v<pk::contribution>);
// 2 (month) + 1 (country) + 1 (mission) + 1 (category) + 1 padding + 3 x 2 (counts) = 12
// (issue 11: the month is 16 bits since the 12-byte record).
static_assert(sizeof(pk::contribution) == 12);
static_assert(sizeof(pk::country) == 1);
static_assert(sizeof(pk::mission) == 1);
static_assert(std::regular<pk::contribution_key>);
static_assert(std::totally_ordered<pk::contribution_key>);
static_assert(decltype(hana::length(hana::accessors<pk::contribution>()))::value == 7);

TEST_CASE("Hana walks the record's seven members in order", "[contribution][hana]") {
    std::vector<std::string> names;
    hana::for_each(hana::keys(pk::contribution{}), [&](auto key) { names.emplace_back(hana::to<char const*>(key)); });
    const std::vector<std::string> expected{"month", "country", "mission", "category",
                                            "female", "male", "gender_unreported"};
    CHECK(names == expected);

    // Accessors read the members of a value.
    const pk::contribution c{.month = pk::month{2014, 7}, .country = viet_nam, .mission = unmiss,
                             .category = pk::personnel_category::experts_on_mission, .female = 0, .male = 2,
                             .gender_unreported = 0};
    std::ostringstream walked;
    hana::for_each(hana::accessors<pk::contribution>(), [&](auto member) {
        walked << hana::to<char const*>(hana::first(member)) << '=';
        const auto& value = hana::second(member)(c);
        if constexpr (std::is_same_v<std::decay_t<decltype(value)>, std::uint16_t>)
            walked << static_cast<unsigned>(value);
        else
            walked << value;
        walked << ';';
    });
    CHECK(walked.str() ==
          "month=2014-07;country=VNM;mission=UNMISS;category=Experts on Mission;female=0;male=2;gender_unreported=0;");
}

TEST_CASE("total and per-gender strength", "[contribution]") {
    // Viet Nam's Dec-2020 rank-file row: F12 M64, total 76 (no mission or category given).
    const pk::contribution vnm{.month = pk::month{2020, 12}, .country = viet_nam, .mission = pk::mission::unreported(),
                               .category = pk::personnel_category::unreported, .female = 12, .male = 64,
                               .gender_unreported = 0};
    CHECK(vnm.total() == pk::strength{76});
    CHECK(vnm.of(pk::gender::female) == pk::strength{12});
    CHECK(vnm.of(pk::gender::male) == pk::strength{64});
    CHECK(vnm.gender_reported());
    // IPI snapshots give no split: people counted, never guessed into female or male.
    const pk::contribution snapshot{.month = pk::month{2014, 7}, .country = viet_nam, .mission = unmiss,
                                    .category = pk::personnel_category::experts_on_mission, .female = 0, .male = 0,
                                    .gender_unreported = 2};
    CHECK(snapshot.total() == pk::strength{2});
    CHECK_FALSE(snapshot.gender_reported());
    CHECK(snapshot.of(pk::gender::male) == pk::strength{0});
    // Counts are 16-bit; the total does not wrap: 3 x 65535 = 196605.
    const pk::contribution full{.month = pk::month{2014, 7}, .country = viet_nam, .mission = unmiss,
                                .category = pk::personnel_category::troops, .female = 65535, .male = 65535,
                                .gender_unreported = 65535};
    CHECK(full.total() == pk::strength{196605});
}

TEST_CASE("contributions order by month, country, mission, category, then counts", "[contribution]") {
    const pk::contribution base{.month = pk::month{2014, 7}, .country = viet_nam, .mission = unmiss,
                                .category = pk::personnel_category::troops, .female = 1, .male = 1,
                                .gender_unreported = 0};
    auto later_month = base;
    later_month.month = pk::month{2014, 8};
    auto other_country = base;
    other_country.country = pk::country{"ZMB"};  // after VNM
    auto other_mission = base;
    other_mission.mission = pk::mission{"UNMIT"};  // after UNMISS
    auto other_category = base;
    other_category.category = pk::personnel_category::staff_officers;
    auto more_people = base;
    more_people.male = 2;
    CHECK(base < later_month);
    CHECK(base < other_country);
    CHECK(base < other_mission);
    CHECK(base < other_category);
    CHECK(base < more_people);
    // The month decides before everything else.
    auto earlier_month_big_country = other_country;
    earlier_month_big_country.month = pk::month{2014, 6};
    CHECK(earlier_month_big_country < base);
    CHECK(base == base);
    CHECK(base != more_people);

    std::vector<pk::contribution> rows{more_people, later_month, other_category, base, other_mission, other_country};
    std::sort(rows.begin(), rows.end());
    CHECK(rows.front() == base);
    CHECK(rows.back() == later_month);
}

TEST_CASE("the key is month, country, mission and category", "[contribution][key]") {
    const pk::contribution a{.month = pk::month{2014, 7}, .country = viet_nam, .mission = unmiss,
                             .category = pk::personnel_category::troops, .female = 1, .male = 1,
                             .gender_unreported = 0};
    auto b = a;
    b.male = 40;
    CHECK(pk::key_of(a) == pk::key_of(b));
    CHECK(a != b);
    b.category = pk::personnel_category::formed_police_units;
    CHECK(pk::key_of(a) != pk::key_of(b));
    CHECK(pk::key_of(a) < pk::key_of(b));
}

TEST_CASE("key hashes are exact", "[contribution][key][hash]") {
    // Every combination of 24 months, 12 countries, 12 missions and 6 categories: 20736 keys.
    std::set<std::size_t> hashes;
    std::size_t keys = 0;
    for (pk::month m : pk::month_range{pk::month{2014, 1}, pk::month{2015, 12}})
        for (std::uint8_t country = 1; country <= 12; ++country)
            for (std::uint8_t mission = 0; mission < 12; ++mission)
                for (std::uint8_t category = 0; category < 6; ++category, ++keys)
                    hashes.insert(std::hash<pk::contribution_key>{}(
                        {m, pk::country::from_index(country), pk::mission::from_index(mission),
                         static_cast<pk::personnel_category>(category)}));
    CHECK(keys == 24u * 12u * 12u * 6u);
    CHECK(hashes.size() == keys);
}

TEST_CASE("a contribution prints as one line, padded whole", "[contribution][print]") {
    // DOMAIN.md §6: 2014-07-31, 2 experts on mission in UNMISS, male only (README: ipi_2014).
    const pk::contribution c{.month = pk::month{2014, 7}, .country = viet_nam, .mission = unmiss,
                             .category = pk::personnel_category::experts_on_mission, .female = 0, .male = 2,
                             .gender_unreported = 0};
    CHECK(printed(c) == "2014-07 VNM UNMISS Experts on Mission: 0 female, 2 male");
    auto unsplit = c;
    unsplit.male = 0;
    unsplit.gender_unreported = 2;
    CHECK(printed(unsplit) == "2014-07 VNM UNMISS Experts on Mission: 0 female, 0 male, 2 gender unreported");
    std::ostringstream out;
    out << std::setw(60) << c << '|';
    // The line is 55 characters: 5 spaces of padding.
    CHECK(out.str() == "     2014-07 VNM UNMISS Experts on Mission: 0 female, 2 male|");
}
