#pragma once
// pk::write_un_dpo_long: a dataset as UN DPO long CSV, the format every reader here reads back.
//
// The columns come from the record itself: Boost.Hana walks pk::contribution's members, so a
// member added to the record is a column added here, with no list to keep in step. Each
// member's header is the DPO name of that column; the values are printed by one overload per
// member type. A source's blanks are written as "unreported" (mission, category), and people
// with no gender split get a Gender_Unreported_Personnel column, so reading the file back
// gives an equal dataset.
#include <cstdint>
#include <string>
#include <string_view>

#include <boost/hana/accessors.hpp>
#include <boost/hana/for_each.hpp>
#include <boost/hana/second.hpp>
#include <boost/hana/first.hpp>
#include <boost/hana/string.hpp>

#include <peacekeeping/dataset/dataset.hpp>

namespace pk {

namespace csv::detail {

// The DPO header of each member of pk::contribution.
constexpr std::string_view dpo_column(std::string_view member) noexcept {
    if (member == "month") return "Last_Reporting_Date";
    if (member == "country") return "ISOCode3";
    if (member == "mission") return "Mission_Acronym";
    if (member == "category") return "Personnel_Type";
    if (member == "female") return "Female_Personnel";
    if (member == "male") return "Male_Personnel";
    if (member == "gender_unreported") return "Gender_Unreported_Personnel";
    return member;
}

// Values as DPO writes them; dates in the four-digit dd/mm/yyyy style, so any year fits.
inline void put(std::string& out, month m) {
    pk::detail::fixed_text<16> text;
    text.append_number(m.last_day(), 2);
    text.push_back('/');
    text.append_number(m.month_of_year(), 2);
    text.push_back('/');
    text.append_signed(m.year().value(), 4);
    out += text.view();
}
inline void put(std::string& out, country c) { out += c.code(); }
inline void put(std::string& out, mission m) { out += m.acronym(); }
inline void put(std::string& out, personnel_category c) {
    // DPO's own value is singular.
    out += c == personnel_category::staff_officers ? std::string_view{"Staff Officer"} : name(c);
}
inline void put(std::string& out, std::uint16_t count) {
    pk::detail::fixed_text<8> text;
    text.append_number(count);
    out += text.view();
}

template <class Member>
constexpr std::string_view member_name(const Member& member) {
    return boost::hana::to<char const*>(boost::hana::first(member));
}

}  // namespace csv::detail

// Any output stream: a template, so this header needs no <ostream> (the caller has one).
template <class OutputStream>
void write_un_dpo_long(OutputStream& os, const dataset& data) {
    namespace hana = boost::hana;
    bool any_unsplit = false;
    for (const auto& c : data)
        if (!c.gender_reported()) any_unsplit = true;
    auto wanted = [&](std::string_view member) { return any_unsplit || member != "gender_unreported"; };

    std::string line;
    bool first = true;
    hana::for_each(hana::accessors<contribution>(), [&](auto member) {
        auto name_of_member = csv::detail::member_name(member);
        if (!wanted(name_of_member)) return;
        if (!first) line += ',';
        first = false;
        line += csv::detail::dpo_column(name_of_member);
    });
    line += '\n';
    os.write(line.data(), static_cast<std::streamsize>(line.size()));

    for (const auto& c : data) {
        line.clear();
        first = true;
        hana::for_each(hana::accessors<contribution>(), [&](auto member) {
            if (!wanted(csv::detail::member_name(member))) return;
            if (!first) line += ',';
            first = false;
            csv::detail::put(line, hana::second(member)(c));
        });
        line += '\n';
        os.write(line.data(), static_cast<std::streamsize>(line.size()));
    }
}

}  // namespace pk
