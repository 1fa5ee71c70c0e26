#include <peacekeeping/country/names.hpp>
#include <peacekeeping/detail/text.hpp>

#include <algorithm>
#include <cstddef>
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "support/csv_rows.hpp"
#include "support/catch.hpp"

namespace {

using pk::country;

// --- detail/text.hpp, at compile time ---
static_assert(pk::detail::equal_folded("C\xC3\xB4te d\xE2\x80\x99Ivoire ", "cote d'ivoire"));  // ô, ’
static_assert(pk::detail::equal_folded("  T\xC3\xBCrkiye\t", "TURKIYE"));
static_assert(pk::detail::equal_folded("Cura\xC3\xA7" "ao", "curacao"));
static_assert(pk::detail::equal_folded("d`Ivoire", "d\xE2\x80\x98ivoire"));  // backtick, ‘
static_assert(pk::detail::equal_folded("C\xF4te", "cote"));                 // Windows-1252 ô
static_assert(pk::detail::equal_folded("Guinea\xE2\x80\x93" "Bissau", "guinea-bissau"));  // en dash
static_assert(pk::detail::equal_folded("a\xC2\xA0\xC2\xA0 b", "a b"));     // no-break spaces
static_assert(pk::detail::equal_folded("\xEF\xBB\xBFSpain", "spain"));      // BOM
static_assert(!pk::detail::equal_folded("Niger", "Nigeria"));
static_assert(!pk::detail::equal_folded("\xD0\x9C", "m"));  // Cyrillic stays as written
static_assert(pk::detail::fold<32>("  \xC3\x85LAND  Islands'").view() == "aland islands");
static_assert(pk::detail::fold<32>("Stra\xC3\x9F" "e").view() == "strasse");
static_assert(pk::detail::fold<4>("Viet Nam").overflowed());
static_assert(pk::detail::trim("\xC2\xA0 Mali \r\n") == "Mali");
static_assert(pk::detail::trim("   ").empty());
static_assert(pk::detail::edit_distance("VMN", "VNM") == 1);  // a swap: half a step
static_assert(pk::detail::edit_distance("VMN", "OMN") == 2);
static_assert(pk::detail::edit_distance("", "abc") == 6);
static_assert(pk::detail::edit_distance("kitten", "sitting") == 6);

std::string code_of(std::optional<country> c) { return c ? std::string{c->code()} : std::string{"(none)"}; }

// Checks every (name, code) pair of the named columns; returns the failures as text.
// The code column loses one stray trailing apostrophe ("VNM'", ipi_2014); the name column
// is passed as it is, so country_from_name must cope with "Vietnam'" itself.
// (Unused when ../shared/data is missing: its callers are compiled out.)
[[maybe_unused]] std::size_t check_pairs(const std::string& path, std::string_view name_column, std::string_view code_column,
                        std::vector<std::string>& failures) {
    const auto table = pk_test::read_csv(path);
    if (!table) {
        failures.push_back(path + ": cannot read");
        return 0;
    }
    const auto name = table->column(name_column), code = table->column(code_column);
    if (!name || !code) {
        failures.push_back(path + ": no column " + std::string{name ? code_column : name_column});
        return 0;
    }
    std::size_t checked = 0;
    for (const auto& row : table->rows) {
        std::string_view code_text = row.at(*code);
        if (code_text.ends_with('\'')) code_text.remove_suffix(1);
        const std::string_view name_text = row.at(*name);
        // ipi_2014/full_gender_data: Contributor "all" rows are grand totals, not countries.
        if (name_text == "all" || name_text == "all'") continue;
        ++checked;
        const auto expected = country::from_code(code_text);
        const auto found = pk::country_from_name(name_text);
        if (!expected || found != expected) {
            std::string failure = path + ": \"" + std::string{name_text} + "\" -> " + code_of(found) + ", expected " +
                                  std::string{code_text};
            if (std::find(failures.begin(), failures.end(), failure) == failures.end()) failures.push_back(failure);
        }
    }
    return checked;
}

}  // namespace

TEST_CASE("every (name, code) pair in the data files resolves to its code", "[country][names][data]") {
#ifndef PK_SHARED_DATA_DIR
    WARN("PK_SHARED_DATA_DIR is not defined: skipped");
#else
    namespace fs = std::filesystem;
    const std::string data = PK_SHARED_DATA_DIR;
    std::vector<std::string> failures;
    std::size_t pairs = 0;
    pairs += check_pairs(data + "/ipi/Gender.Full.csv", "Contributor", "Contributor ISO-3", failures);
    std::vector<std::string> ipi_monthly{data + "/ipi/current_month_2014-03-31.csv"};
    for (const auto& entry : fs::directory_iterator{data + "/ipi_2014"}) {
        if (entry.path().filename().string().starts_with("update_archive_")) ipi_monthly.push_back(entry.path().string());
    }
    REQUIRE(ipi_monthly.size() == 6);
    for (const auto& path : ipi_monthly) {
        pairs += check_pairs(path, "Contributor", "Contributor_ISO-3", failures);
        pairs += check_pairs(path, "Mission_Country", "Mission_Country_ISO-3", failures);
    }
    pairs += check_pairs(data + "/ipi_2014/full_gender_data_to_2014-08-31.csv", "Contributor", "Contributor_ISO-3",
                         failures);
    std::size_t rank_files = 0;
    for (const auto& entry : fs::directory_iterator{data + "/un_dpo_rank"}) {
        std::string file = entry.path().filename().string();
        std::transform(file.begin(), file.end(), file.begin(), [](char c) { return pk::detail::ascii_lower(c); });
        if (file.find("rank") == std::string::npos || !file.ends_with(".csv")) continue;
        ++rank_files;
        pairs += check_pairs(entry.path().string(), "Contributing_Country", "ISOCode3", failures);
    }
    CHECK(rank_files == 3);
    pairs += check_pairs(data + "/iso3166/all.csv", "name", "alpha-3", failures);

    for (const auto& failure : failures) UNSCOPED_INFO(failure);
    CHECK(failures.empty());
    CHECK(pairs > 75000);  // all the files were read (79,843 pairs in 2025)
#endif
}

TEST_CASE("the country names printed in the UN monthly PDF reports resolve", "[country][names][data]") {
#ifndef PK_TEST_DIR
    WARN("PK_TEST_DIR is not defined: skipped");
#else
    const std::string path = std::string{PK_TEST_DIR} + "/country/un_dpo_pdf_names.tsv";
    const std::string text = pk_test::read_text(path);
    REQUIRE(!text.empty());
    std::size_t lines = 0, none = 0;
    std::vector<std::string> failures;
    std::string_view rest = text;
    while (!rest.empty()) {
        const auto end = rest.find('\n');
        std::string_view line = rest.substr(0, end);
        rest = end == std::string_view::npos ? std::string_view{} : rest.substr(end + 1);
        if (line.empty() || line.starts_with('#')) continue;
        const auto tab = line.find('\t');
        REQUIRE(tab != std::string_view::npos);
        const std::string_view name = line.substr(0, tab), code = line.substr(tab + 1);
        ++lines;
        const auto found = pk::country_from_name(name);
        const std::optional<country> expected = code == "-" ? std::nullopt : country::from_code(code);
        if (code == "-") ++none;
        else REQUIRE(expected.has_value());
        if (found != expected)
            failures.push_back("\"" + std::string{name} + "\" -> " + code_of(found) + ", expected " + std::string{code});
    }
    for (const auto& failure : failures) UNSCOPED_INFO(failure);
    CHECK(failures.empty());
    CHECK(lines > 200);
    CHECK(none > 10);
#endif
}

TEST_CASE("every ISO name and every alias resolves to its own country", "[country][names]") {
    for (std::size_t i = 1; i <= country::count; ++i) {
        const country c = country::from_index(static_cast<std::uint8_t>(i));
        INFO(c.name());
        CHECK(pk::country_from_name(c.name()) == c);
    }
    for (const auto& alias : pk::detail::country_aliases) {
        INFO(alias.name);
        REQUIRE(country::from_code(alias.alpha3).has_value());
        CHECK(pk::country_from_name(alias.name) == country::from_code(alias.alpha3));
    }
    // No key names two countries: the index is consistent.
    const auto& index = pk::detail::country_names();
    for (const auto* e = index.begin(); e != index.end(); ++e) {
        if (e + 1 != index.end() && e->key.letters.view() == (e + 1)->key.letters.view()) {
            INFO(e->spelling << " / " << (e + 1)->spelling);
            CHECK(e->country_index == (e + 1)->country_index);
        }
    }
}

TEST_CASE("names in the wild", "[country][names]") {
    const auto is = [](std::string_view name, std::string_view code) {
        INFO(name);
        CHECK(code_of(pk::country_from_name(name)) == code);
    };
    // case, diacritics, apostrophes, spaces
    is("Viet Nam", "VNM");
    is("Vietnam", "VNM");
    is("VIETNAM", "VNM");
    is("  viet   nam ", "VNM");
    is("Vietnam'", "VNM");
    is("C\xC3\xB4te d'Ivoire", "CIV");
    is("C\xC3\xB4te d\xE2\x80\x99Ivoire", "CIV");
    is("Cote d\xE2\x80\x98Ivoire", "CIV");
    is("Cote d`Ivoire", "CIV");
    is("Cote d Ivoire", "CIV");
    is("Cote dIvoire", "CIV");
    is("T\xC3\xBCrkiye", "TUR");
    is("Turkiye", "TUR");
    is("Turkey", "TUR");
    is("Curacao", "CUW");
    is("Cura\xC3\xA7" "ao", "CUW");
    is("Lao People's Democratic Republic", "LAO");
    is("Lao People\xE2\x80\x99s Democratic Republic", "LAO");
    // ISO "(the)", comma inversions, parentheses, M49 official names
    is("Niger (the)", "NER");
    is("Congo (the)", "COG");
    is("Congo", "COG");
    is("Tanzania, United Republic of", "TZA");
    is("Tanzania (United Republic of)", "TZA");
    is("United Republic of Tanzania", "TZA");
    is("Moldova, Republic of", "MDA");
    is("Moldova (the Republic of)", "MDA");
    is("Republic of Moldova", "MDA");
    is("Korea, Republic of", "KOR");
    is("Korea (the Republic of)", "KOR");
    is("Republic of Korea", "KOR");
    is("Democratic People's Republic of Korea", "PRK");
    is("Bolivia (Plurinational State of)", "BOL");
    is("Iran (Islamic Republic of)", "IRN");
    is("Venezuela (Bolivarian Republic of)", "VEN");
    is("Micronesia (Federated States of)", "FSM");
    is("Democratic Republic of the Congo", "COD");
    is("Congo (the Democratic Republic of the)", "COD");
    is("Netherlands (the)", "NLD");
    is("Kingdom of the Netherlands", "NLD");
    is("United Kingdom of Great Britain and Northern Ireland (the)", "GBR");
    is("United States of America (the)", "USA");
    is("State of Palestine", "PSE");
    is("Macedonia (the former Yugoslav Republic of)", "MKD");
    is("The Gambia", "GMB");
    is("Bosnia & Herzegovina", "BIH");
    is("Guinea Bissau", "GNB");
    // old, short and IPI names
    for (auto [name, code] : {std::pair{"DR Congo", "COD"}, {"Swaziland", "SWZ"}, {"Czech Republic", "CZE"},
                              {"Cape Verde", "CPV"}, {"Macedonia", "MKD"}, {"North Macedonia", "MKD"},
                              {"The former Yugoslav Republic of Macedonia", "MKD"}, {"Macedonia FYROM", "MKD"},
                              {"Macedonia, FYROM", "MKD"}, {"United States", "USA"}, {"United Kingdom", "GBR"},
                              {"Russia", "RUS"}, {"Iran", "IRN"}, {"Bolivia", "BOL"}, {"Brunei", "BRN"},
                              {"Tanzania", "TZA"}, {"Laos", "LAO"}, {"Syria", "SYR"}, {"Gambia", "GMB"},
                              {"Moldova", "MDA"}, {"Eswatini", "SWZ"}, {"Czechia", "CZE"}, {"Cabo Verde", "CPV"}})
        is(name, code);
    // cut-off names (UN reports)
    is("The former Yugoslav Republic o", "MKD");
    is("United Republic", "TZA");
    is("United States of", "USA");
    is("Central African Re", "CAF");
    is("Iran (Islamic Republic of", "IRN");
    is("Russian", "RUS");      // a whole word, 7 letters, one country
    is("Bosnia and", "BIH");
    // not countries, or not one country
    is("Kosovo", "(none)");
    is("UNMIK", "(none)");
    is("all", "(none)");
    is("", "(none)");
    is("   ", "(none)");
    is("'", "(none)");
    is("United", "(none)");
    is("Korea", "(none)");
    is("Republic of", "(none)");
    is("Guinea-Bissau and more words than any country has", "(none)");
    is(std::string(500, 'a'), "(none)");
}

TEST_CASE("closest names, for error messages", "[country][names]") {
    const auto viet_man = pk::closest_country_names("Viet Man");
    REQUIRE(viet_man.size() == 3);
    CHECK(viet_man[0] == "Viet Nam");
    const auto korea = pk::closest_country_names("Korea", 2);
    REQUIRE(korea.size() == 2);
    CHECK(std::find(korea.begin(), korea.end(), "Korea, Republic of") != korea.end());
    CHECK(pk::closest_country_names("Tanzanie", 1) == std::vector<std::string_view>{"Tanzania"});
    CHECK(pk::closest_country_names("x", 0).empty());
}
