#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/m49.hpp>
#include <peacekeeping/country/suggest.hpp>

#include <concepts>
#include <cstddef>
#include <iomanip>
#include <set>
#include <sstream>
#include <string>
#include <type_traits>

#include "support/csv_rows.hpp"
#include "support/catch.hpp"

namespace {

using pk::country;

// --- Compile-time properties (STYLE.md "Value types") ---
static_assert(std::regular<country>);
static_assert(std::totally_ordered<country>);
static_assert(sizeof(country) == 1);
static_assert(std::is_trivially_copyable_v<country>);
static_assert(std::is_nothrow_default_constructible_v<country>);
// The literal constructor is explicit and takes exactly three letters; a wrong code is a
// compile error, tested by tests/compile/country_bad_literal.cpp.
static_assert(!std::is_convertible_v<const char (&)[4], country>);
static_assert(!std::constructible_from<country, const char (&)[3]>);
static_assert(!std::constructible_from<country, const char (&)[5]>);
static_assert(!std::constructible_from<country, std::string_view>);
static_assert(!std::constructible_from<country, int>);

static_assert(country::count == 249);
static_assert(!country{}.has_value());
static_assert(country{}.code().empty() && country{}.name().empty());
static_assert(country{} < country{"ABW"});  // "no country" sorts first
static_assert(country{"VNM"}.code() == "VNM");
static_assert(country{"VNM"}.alpha2() == "VN");
static_assert(country{"VNM"}.numeric() == 704);
static_assert(country{"VNM"}.name() == "Viet Nam");
static_assert(country{"VNM"}.region() == "Asia");
static_assert(country{"VNM"}.subregion() == "South-eastern Asia");
static_assert(country{"ATA"}.region().empty());  // M49 gives Antarctica no region
static_assert(country::from_code("VNM") == country{"VNM"});
static_assert(country::from_code("vnm") == country{"VNM"});
static_assert(country::from_code("vNm") == country{"VNM"});
static_assert(!country::from_code("VMN"));
static_assert(!country::from_code("VN"));
static_assert(!country::from_code("VNMM"));
static_assert(!country::from_code(" VNM"));  // exact: trimming is the reader's business
static_assert(!country::from_code("XKX"));   // Kosovo's user-assigned code is not ISO
static_assert(!country::from_code(""));
static_assert(country::from_alpha2("vn") == country{"VNM"});
static_assert(!country::from_alpha2("XK"));
static_assert(country::from_numeric(8) == country{"ALB"});  // "008" in files
static_assert(!country::from_numeric(0));
static_assert(!country::from_numeric(999));
static_assert(country::from_index(country{"VNM"}.index()) == country{"VNM"});
static_assert(&country{"CIV"}.info() == &pk::detail::iso3166_table[country{"CIV"}.index()]);

template <class T>
concept printable = requires(std::ostream& os, T value) { os << value; };
static_assert(printable<country>);

static_assert(std::regular<pk::m49_area> && std::totally_ordered<pk::m49_area>);
static_assert(pk::region_of(country{"VNM"}).code() == 142);
static_assert(pk::subregion_of(country{"CIV"}).name() == "Sub-Saharan Africa");
static_assert(pk::intermediate_region_of(country{"CIV"}).name() == "Western Africa");
static_assert(!pk::intermediate_region_of(country{"VNM"}).has_value());
static_assert(!pk::m49_area::from_code(1));  // World: no country's area in the table

// Built with a string_view append: g++ 12 at -O1 gives a false -Warray-bounds on
// std::string{literal} + literal (a known libstdc++/GCC 12 diagnostic bug).
std::string shared_iso_csv() {
    std::string path;
#ifdef PK_SOURCE_DIR
    path.append(std::string_view{PK_SOURCE_DIR}).append(std::string_view{"/data/iso3166/all.csv"});
#elif defined(PK_SHARED_DATA_DIR)
    path.append(std::string_view{PK_SHARED_DATA_DIR}).append(std::string_view{"/iso3166/all.csv"});
#endif
    return path;
}

}  // namespace

TEST_CASE("every ISO 3166-1 row of the CSV round-trips through pk::country", "[country]") {
    const std::string path = shared_iso_csv();
    if (path.empty()) {
        WARN("neither PK_SOURCE_DIR nor PK_SHARED_DATA_DIR is defined: skipped");
        return;
    }
    const auto table = pk_test::read_csv(path);
    REQUIRE(table.has_value());
    const auto name = table->column("name"), alpha2 = table->column("alpha-2"), alpha3 = table->column("alpha-3"),
               numeric = table->column("country-code"), region = table->column("region"),
               subregion = table->column("sub-region");
    REQUIRE((name && alpha2 && alpha3 && numeric && region && subregion));
    REQUIRE(table->rows.size() == country::count);

    std::set<country> seen;
    for (const auto& row : table->rows) {
        INFO(row[*alpha3]);
        const auto c = country::from_code(row[*alpha3]);
        REQUIRE(c.has_value());
        CHECK(c->has_value());
        CHECK(c->code() == row[*alpha3]);
        CHECK(c->alpha2() == row[*alpha2]);
        CHECK(c->numeric() == std::stoul(row[*numeric]));
        CHECK(c->name() == row[*name]);
        CHECK(c->region() == row[*region]);
        CHECK(c->subregion() == row[*subregion]);
        CHECK(country::from_alpha2(row[*alpha2]) == c);
        CHECK(country::from_numeric(static_cast<unsigned>(std::stoul(row[*numeric]))) == c);
        std::string lower = row[*alpha3];
        for (char& ch : lower) ch = static_cast<char>(ch - 'A' + 'a');
        CHECK(country::from_code(lower) == c);
        CHECK(country::from_index(c->index()) == *c);
        CHECK(c->index() >= 1);
        CHECK(c->index() <= country::count);
        seen.insert(*c);
    }
    CHECK(seen.size() == country::count);
}

TEST_CASE("index order is alpha-3 order, and the hash is the index", "[country]") {
    std::set<std::size_t> hashes;
    for (std::size_t i = 0; i <= country::count; ++i) {
        const country c = country::from_index(static_cast<std::uint8_t>(i));
        CHECK(c.index() == i);
        CHECK(std::hash<country>{}(c) == i);
        hashes.insert(std::hash<country>{}(c));
        if (i > 0) {
            const country before = country::from_index(static_cast<std::uint8_t>(i - 1));
            CHECK(before < c);
            CHECK(before.code() < c.code());
        }
    }
    CHECK(hashes.size() == country::count + 1);  // exact: no two countries share a hash
}

TEST_CASE("a country prints its alpha-3 code, padded as a whole by setw", "[country]") {
    std::ostringstream out;
    out << country{"VNM"} << '|' << std::setw(5) << country{"CIV"} << '|' << std::left << std::setw(5)
        << country{"TZA"} << '|' << country{} << '|';
    CHECK(out.str() == "VNM|  CIV|TZA  ||");
}

TEST_CASE("M49 areas are values named by the table", "[country][m49]") {
    const auto africa = pk::m49_area::from_code(2);
    REQUIRE(africa.has_value());
    CHECK(africa->name() == "Africa");
    CHECK(pk::region_of(country{"CIV"}) == *africa);
    CHECK(pk::m49_area{} < *africa);
    CHECK(std::hash<pk::m49_area>{}(*africa) == 2);
    std::ostringstream out;
    out << std::setw(8) << *africa << '|' << pk::m49_area{} << '|';
    CHECK(out.str() == "  Africa||");
}

TEST_CASE("closest codes to a wrong one, for error messages", "[country][suggest]") {
    const auto vmn = pk::closest_country_codes("VMN");
    REQUIRE(vmn.size() == 3);
    CHECK(vmn[0] == country{"VNM"});  // two letters swapped: the nearest
    CHECK(pk::closest_country_codes("vnm ", 1) == std::vector<country>{country{"VNM"}});
    CHECK(pk::closest_country_codes("TAZ", 1) == std::vector<country>{country{"TZA"}});
    CHECK(pk::closest_country_codes("VMN", 0).empty());
    CHECK(pk::closest_country_codes("", 300).size() == country::count);
}
