#pragma once
// The blocs the library knows: ASEAN, the African Union (AU) and the European Union (EU).
//
// Membership is data: one row per membership period, each with its source. A month counts
// when the country was a member at its last day (see bloc.hpp). Simplifications, on purpose:
//   - AU suspensions (e.g. Mali 2012 and 2020-, Guinea, Sudan, Burkina Faso, Niger, Gabon) are
//     ignored: a suspended state is still a member state, and its personnel still serve.
//   - The AU begins at its launch, 2002-07 (Durban summit, 9 July 2002); the OAU (1963-2002)
//     is another organisation and is not this bloc.
//   - The EU begins with the European Communities (EEC, 1958-01): accession dates are those
//     of joining the Communities, which became the EU in 1993.
// User-defined blocs come from a CSV: <peacekeeping/bloc/read_blocs.hpp>.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/time/month.hpp>

namespace pk {

struct bloc_membership_row {
    std::string_view bloc;
    pk::country country;
    pk::month first;
    std::optional<pk::month> last;  // nullopt: still a member
    std::string_view source;
};

namespace detail {
// Sources, cited by every row below.
inline constexpr std::string_view asean_members =
    "ASEAN Secretariat, asean.org 'ASEAN Member States' (founders 8 Aug 1967; Brunei 7 Jan 1984; "
    "Viet Nam 28 Jul 1995; Laos, Myanmar 23 Jul 1997; Cambodia 30 Apr 1999)";
inline constexpr std::string_view asean_timor_leste =
    "ASEAN statement, Declaration on the Admission of Timor-Leste into ASEAN, 47th ASEAN Summit, "
    "Kuala Lumpur, 26 Oct 2025";
inline constexpr std::string_view au_members =
    "African Union, au.int 'Member States' (55 members); AU launched 9 Jul 2002 (Durban)";
inline constexpr std::string_view au_south_sudan = "African Union: South Sudan admitted as 54th member, 27 Jul 2011";
inline constexpr std::string_view au_morocco =
    "African Union, 28th Ordinary Session of the Assembly, Addis Ababa, 30 Jan 2017: Morocco readmitted";
inline constexpr std::string_view eu_members =
    "European Union, european-union.europa.eu 'Country profiles' (year of entry; EEC 1 Jan 1958, "
    "enlargements 1 Jan 1973, 1981, 1986, 1995, 1 May 2004, 1 Jan 2007)";
inline constexpr std::string_view eu_croatia = "Treaty of Accession of Croatia, in force 1 Jul 2013";
inline constexpr std::string_view eu_united_kingdom =
    "Withdrawal Agreement, OJ L 29 of 31 Jan 2020: the UK left at the end of 31 Jan 2020";

inline constexpr pk::month asean_founding{1967, 8};
inline constexpr pk::month au_launch{2002, 7};
inline constexpr pk::month eec_founding{1958, 1};
}  // namespace detail

inline constexpr bloc_membership_row standard_bloc_memberships[] = {
    // ASEAN
    {"ASEAN", country{"IDN"}, detail::asean_founding, std::nullopt, detail::asean_members},
    {"ASEAN", country{"MYS"}, detail::asean_founding, std::nullopt, detail::asean_members},
    {"ASEAN", country{"PHL"}, detail::asean_founding, std::nullopt, detail::asean_members},
    {"ASEAN", country{"SGP"}, detail::asean_founding, std::nullopt, detail::asean_members},
    {"ASEAN", country{"THA"}, detail::asean_founding, std::nullopt, detail::asean_members},
    {"ASEAN", country{"BRN"}, month{1984, 1}, std::nullopt, detail::asean_members},
    {"ASEAN", country{"VNM"}, month{1995, 7}, std::nullopt, detail::asean_members},
    {"ASEAN", country{"LAO"}, month{1997, 7}, std::nullopt, detail::asean_members},
    {"ASEAN", country{"MMR"}, month{1997, 7}, std::nullopt, detail::asean_members},
    {"ASEAN", country{"KHM"}, month{1999, 4}, std::nullopt, detail::asean_members},
    {"ASEAN", country{"TLS"}, month{2025, 10}, std::nullopt, detail::asean_timor_leste},

    // African Union: the 55 member states, all from the AU's launch except two.
    {"AU", country{"DZA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"AGO"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"BEN"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"BWA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"BFA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"BDI"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"CMR"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"CPV"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"CAF"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"TCD"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"COM"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"COG"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"COD"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"CIV"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"DJI"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"EGY"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"GNQ"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"ERI"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"SWZ"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"ETH"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"GAB"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"GMB"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"GHA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"GIN"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"GNB"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"KEN"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"LSO"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"LBR"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"LBY"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"MDG"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"MWI"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"MLI"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"MRT"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"MUS"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"MAR"}, month{2017, 1}, std::nullopt, detail::au_morocco},
    {"AU", country{"MOZ"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"NAM"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"NER"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"NGA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"RWA"}, detail::au_launch, std::nullopt, detail::au_members},
    // The Sahrawi Arab Democratic Republic: ISO 3166-1 has only Western Sahara, ESH.
    {"AU", country{"ESH"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"STP"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"SEN"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"SYC"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"SLE"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"SOM"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"ZAF"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"SSD"}, month{2011, 7}, std::nullopt, detail::au_south_sudan},
    {"AU", country{"SDN"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"TZA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"TGO"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"TUN"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"UGA"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"ZMB"}, detail::au_launch, std::nullopt, detail::au_members},
    {"AU", country{"ZWE"}, detail::au_launch, std::nullopt, detail::au_members},

    // European Union (with the European Communities before 1993)
    {"EU", country{"BEL"}, detail::eec_founding, std::nullopt, detail::eu_members},
    {"EU", country{"FRA"}, detail::eec_founding, std::nullopt, detail::eu_members},
    {"EU", country{"DEU"}, detail::eec_founding, std::nullopt, detail::eu_members},
    {"EU", country{"ITA"}, detail::eec_founding, std::nullopt, detail::eu_members},
    {"EU", country{"LUX"}, detail::eec_founding, std::nullopt, detail::eu_members},
    {"EU", country{"NLD"}, detail::eec_founding, std::nullopt, detail::eu_members},
    {"EU", country{"DNK"}, month{1973, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"IRL"}, month{1973, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"GBR"}, month{1973, 1}, month{2020, 1}, detail::eu_united_kingdom},
    {"EU", country{"GRC"}, month{1981, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"PRT"}, month{1986, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"ESP"}, month{1986, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"AUT"}, month{1995, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"FIN"}, month{1995, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"SWE"}, month{1995, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"CYP"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"CZE"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"EST"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"HUN"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"LVA"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"LTU"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"MLT"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"POL"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"SVK"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"SVN"}, month{2004, 5}, std::nullopt, detail::eu_members},
    {"EU", country{"BGR"}, month{2007, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"ROU"}, month{2007, 1}, std::nullopt, detail::eu_members},
    {"EU", country{"HRV"}, month{2013, 7}, std::nullopt, detail::eu_croatia},
};

// The standard blocs as pk::bloc values, in the table's order (ASEAN, AU, EU). Built once;
// group results refer to bloc names, and these live for the whole program.
[[nodiscard]] inline const std::vector<bloc>& standard_blocs() {
    static const std::vector<bloc> blocs = [] {
        std::vector<bloc> out;
        for (const auto& row : standard_bloc_memberships) {
            bloc* target = nullptr;
            for (auto& b : out)
                if (b.name() == row.bloc) target = &b;
            if (target == nullptr) target = &out.emplace_back(std::string{row.bloc});
            target->add({row.country, row.first, row.last, std::string{row.source}});
        }
        return out;
    }();
    return blocs;
}

}  // namespace pk
