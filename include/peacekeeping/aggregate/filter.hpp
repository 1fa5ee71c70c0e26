#pragma once
// pk::contribution_filter: which rows a grouping counts (pk-report's --from/--to, --country,
// --mission, --category, --bloc). An empty list keeps everything.
#include <optional>
#include <string>
#include <vector>

#include <peacekeeping/country/country.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/time/month_range.hpp>

namespace pk {

struct contribution_filter {
    // The months counted. It is also the period of an average when no time key is chosen:
    // the covered months inside it (without it: all covered months).
    std::optional<month_range> months;
    std::vector<pk::country> countries;
    // Missions as in the data: MONUC does not match MONUSCO rows (filter each, or group by
    // lineage). mission::unreported() keeps the rows whose source gives no mission.
    std::vector<pk::mission> missions;
    std::vector<personnel_category> categories;
    // Bloc names ("ASEAN"): keeps a row when its country was a member of one of them in the
    // row's month. A name that no bloc has matches nothing (check names with find_bloc).
    std::vector<std::string> blocs;

    friend bool operator==(const contribution_filter&, const contribution_filter&) = default;
};

}  // namespace pk
