// Rankings: the UN's tie rule, and the published ranks of DPO's rank files recomputed from
// their own totals.
#include <peacekeeping/aggregate/rank.hpp>

#include <algorithm>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "support/catch.hpp"

TEST_CASE("competition ranks: 1, 2, 2, 4") {
    const std::vector<int> values{5, 7, 7, 1};
    CHECK(pk::competition_ranks(values) == std::vector<std::size_t>{3, 1, 1, 4});
    CHECK(pk::competition_ranks(std::vector<int>{}).empty());
    CHECK(pk::competition_ranks(std::vector<double>{2.5, 2.5, 2.5}) == std::vector<std::size_t>{1, 1, 1});
    CHECK(pk::competition_ranks(std::vector<int>{9, 8, 8, 8, 3}) == std::vector<std::size_t>{1, 2, 2, 2, 5});
}

TEST_CASE("rank_contributors: by strength at one month, all missions together") {
    pk::dataset d;
    const pk::month m{2020, 12};
    d.cover(m);
    d.cover(pk::month{2021, 1});
    // VNM 30 + 40 = 70 in two missions; IDN 70; BGD 100; NPL a row of 0 (ranked last, as DPO does).
    d.add({m, pk::country{"VNM"}, pk::mission{"UNMISS"}, pk::personnel_category::troops, 10, 20, 0});
    d.add({m, pk::country{"VNM"}, pk::mission{"MINUSCA"}, pk::personnel_category::troops, 0, 40, 0});
    d.add({m, pk::country{"IDN"}, pk::mission{"UNIFIL"}, pk::personnel_category::troops, 0, 0, 70});
    d.add({m, pk::country{"BGD"}, pk::mission{"UNMISS"}, pk::personnel_category::troops, 0, 100, 0});
    d.add({m, pk::country{"NPL"}, pk::mission{"UNMISS"}, pk::personnel_category::troops, 0, 0, 0});
    d.add({pk::month{2021, 1}, pk::country{"NPL"}, pk::mission{"UNMISS"}, pk::personnel_category::troops, 0, 500, 0});
    const auto ranks = pk::rank_contributors(d, m);
    REQUIRE(ranks.size() == 4);
    CHECK(ranks[0] == pk::contributor_rank{1, pk::country{"BGD"}, pk::strength{100}});
    CHECK(ranks[1] == pk::contributor_rank{2, pk::country{"IDN"}, pk::strength{70}});  // ties by code
    CHECK(ranks[2] == pk::contributor_rank{2, pk::country{"VNM"}, pk::strength{70}});
    CHECK(ranks[3] == pk::contributor_rank{4, pk::country{"NPL"}, pk::strength{0}});
    CHECK(pk::rank_contributors(d, pk::month{2020, 11}).empty());  // not covered
}

#ifdef PK_SHARED_DATA_DIR
namespace {
struct published_rank {
    pk::country country;
    std::size_t rank;
};

// The rank files (data/README.txt): UTF-8 BOM, no quoting, LF or CRLF, a trailing empty line
// in two of them. Columns: ISOCode3, M49_Code, Contributing_Country, Personnel_Contribution_Rank,
// Female_Personnel, Male_Personnel, Total_Uniformed_Personnel, Last_Reporting_Date.
// As the integrator's reader does, a row becomes a contribution with no mission and no category.
pk::dataset load_rank_file(const std::string& path, std::vector<published_rank>& published, pk::month& at) {
    std::ifstream in{path, std::ios::binary};
    REQUIRE(in);
    pk::dataset d;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (header) {
            header = false;
            continue;
        }
        if (line.empty()) continue;
        std::vector<std::string> f;
        std::stringstream fields{line};
        for (std::string cell; std::getline(fields, cell, ',');) f.push_back(cell);
        REQUIRE(f.size() == 8);
        const auto c = pk::country::from_code(f[0]);
        const auto m = pk::month::parse(f[7]);
        REQUIRE(c);
        REQUIRE(m);
        at = *m;
        const int female = std::stoi(f[4]), male = std::stoi(f[5]), total = std::stoi(f[6]);
        REQUIRE(female + male == total);
        d.add({*m, *c, pk::mission::unreported(), pk::personnel_category::unreported, static_cast<std::uint16_t>(female),
               static_cast<std::uint16_t>(male), 0});
        published.push_back({*c, static_cast<std::size_t>(std::stoul(f[3]))});
    }
    d.cover(at, {.missions = false, .genders = true, .categories = false});
    return d;
}
}  // namespace

TEST_CASE("the published ranks of every shipped rank file are recomputed exactly") {
    const std::string dir = std::string{PK_SHARED_DATA_DIR} + "/un_dpo_rank/";
    for (const char* file : {"odp_contributionranks_2020-12-31.csv", "Rank_2021-01-31.csv", "odp_contributionranks_2022-01-31.csv"}) {
        INFO(file);
        std::vector<published_rank> published;
        pk::month at;
        const pk::dataset d = load_rank_file(dir + file, published, at);
        const auto ranks = pk::rank_contributors(d, at);
        REQUIRE(ranks.size() == published.size());
        for (const auto& p : published) {
            INFO(p.country.code());
            const auto it = std::find_if(ranks.begin(), ranks.end(), [&](const auto& r) { return r.country == p.country; });
            REQUIRE(it != ranks.end());
            CHECK(it->rank == p.rank);
        }
    }
}
#endif
