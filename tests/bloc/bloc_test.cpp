// Bloc membership: the standard table against the dates in its sources, and the CSV loader.
#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/bloc/read_blocs.hpp>
#include <peacekeeping/bloc/standard_blocs.hpp>

#include <string>
#include <vector>

#include "support/catch.hpp"

namespace {
using pk::country;
using pk::month;

const pk::bloc& standard(std::string_view name) {
    const pk::bloc* b = pk::find_bloc(pk::standard_blocs(), name);
    REQUIRE(b != nullptr);
    return *b;
}
}  // namespace

TEST_CASE("standard blocs: ASEAN, AU and EU with their sizes") {
    CHECK(pk::standard_blocs().size() == 3);
    CHECK(standard("ASEAN").members_at(month{2025, 9}).size() == 10);
    CHECK(standard("ASEAN").members_at(month{2025, 10}).size() == 11);  // Timor-Leste, 26 Oct 2025
    CHECK(standard("AU").members_at(month{2024, 1}).size() == 55);
    CHECK(standard("AU").members_at(month{2011, 6}).size() == 53);  // before South Sudan; Morocco out
    CHECK(standard("EU").members_at(month{2020, 1}).size() == 28);
    CHECK(standard("EU").members_at(month{2020, 2}).size() == 27);
    CHECK(standard("EU").members_at(month{2013, 6}).size() == 27);  // before Croatia
    CHECK(pk::find_bloc(pk::standard_blocs(), "asean") == &standard("ASEAN"));
    CHECK(pk::find_bloc(pk::standard_blocs(), "NATO") == nullptr);
    for (const auto& row : pk::standard_bloc_memberships) CHECK_FALSE(row.source.empty());
}

TEST_CASE("standard blocs: joining and leaving months") {
    const auto& asean = standard("ASEAN");
    CHECK_FALSE(asean.is_member(country{"VNM"}, month{1995, 6}));
    CHECK(asean.is_member(country{"VNM"}, month{1995, 7}));
    CHECK_FALSE(asean.is_member(country{"BRN"}, month{1983, 12}));
    CHECK(asean.is_member(country{"BRN"}, month{1984, 1}));
    CHECK(asean.is_member(country{"LAO"}, month{1997, 7}));
    CHECK(asean.is_member(country{"MMR"}, month{1997, 7}));
    CHECK_FALSE(asean.is_member(country{"KHM"}, month{1999, 3}));
    CHECK(asean.is_member(country{"KHM"}, month{1999, 4}));
    CHECK(asean.is_member(country{"IDN"}, month{1967, 8}));
    CHECK_FALSE(asean.is_member(country{"TLS"}, month{2025, 9}));
    CHECK(asean.is_member(country{"TLS"}, month{2025, 10}));

    const auto& au = standard("AU");
    CHECK_FALSE(au.is_member(country{"MAR"}, month{2016, 12}));
    CHECK(au.is_member(country{"MAR"}, month{2017, 1}));
    CHECK(au.is_member(country{"SSD"}, month{2011, 7}));
    CHECK_FALSE(au.is_member(country{"SSD"}, month{2011, 6}));

    const auto& eu = standard("EU");
    CHECK(eu.is_member(country{"GBR"}, month{2020, 1}));
    CHECK_FALSE(eu.is_member(country{"GBR"}, month{2020, 2}));
    CHECK_FALSE(eu.is_member(country{"HRV"}, month{2013, 6}));
    CHECK(eu.is_member(country{"HRV"}, month{2013, 7}));
}

TEST_CASE("user blocs from CSV: good rows kept, bad rows reported with file, line and column") {
    const std::string text =
        "\xEF\xBB\xBF" "bloc,country_iso3,from,to,source\r\n"
        "# a comment\r\n"
        "NORDIC,DNK,1952-01,,Nordic Council\r\n"
        "NORDIC,swe,1952-01,\r\n"
        "\r\n"
        "NORDIC,XXX,1952-01,,\r\n"
        "NORDIC,NOR,1952-13,,\r\n"
        "NORDIC,FIN,1956-01,1955-01,\r\n"
        "PAIR,ISL,1952-01,2000-12\r\n"
        "too,few\r\n";
    const auto result = pk::parse_blocs(text, "blocs.csv");
    REQUIRE(result.blocs.size() == 2);
    CHECK(result.blocs[0].name() == "NORDIC");
    REQUIRE(result.blocs[0].memberships().size() == 2);
    CHECK(result.blocs[0].memberships()[0] == pk::bloc_membership{country{"DNK"}, month{1952, 1}, std::nullopt, "Nordic Council"});
    CHECK(result.blocs[0].memberships()[1].source == "blocs.csv:4");
    CHECK(result.blocs[1].is_member(country{"ISL"}, month{2000, 12}));
    CHECK_FALSE(result.blocs[1].is_member(country{"ISL"}, month{2001, 1}));

    REQUIRE(result.errors.size() == 4);
    CHECK(result.errors[0] == pk::read_error{"blocs.csv", 6, 8, "country_iso3", "an ISO 3166-1 alpha-3 code", "XXX", 0});
    CHECK(result.errors[1].to_string() == "blocs.csv:7:12: error: expected a month (YYYY-MM) in column \"from\", found \"1952-13\"");
    CHECK(result.errors[2].line == 8);
    CHECK(result.errors[2].column_name == "to");
    CHECK(result.errors[3].line == 10);
}

TEST_CASE("user blocs: a missing or wrong header is an error") {
    CHECK(pk::parse_blocs("", "empty.csv").errors.size() == 1);
    const auto wrong = pk::parse_blocs("name,country\nX,VNM\n", "wrong.csv");
    REQUIRE_FALSE(wrong.errors.empty());
    CHECK(wrong.errors[0].line == 1);
    CHECK_THROWS_AS(pk::read_blocs("/nonexistent/blocs.csv"), pk::read_failure);
}
