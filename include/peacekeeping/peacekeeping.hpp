#pragma once
// The whole core of peacekeeping in one include. Library headers never include this file;
// include the concept headers directly to compile less. Opt-in extras, not included here:
// <peacekeeping/time/chrono.hpp> (<chrono> interop), <peacekeeping/format.hpp>
// (std::formatter), <peacekeeping/fmt.hpp> ({fmt}), <peacekeeping/pdf/pdf.hpp> (poppler),
// <peacekeeping/ledger/ledger.hpp> (national rotation ledgers: people sent, a flow),
// <peacekeeping/aggregate/by.hpp> (grouping keys chosen at compile time, as Hana tag tuples),
// <peacekeeping/aggregate/rank.hpp> (UN rankings), <peacekeeping/aggregate/gender_parity.hpp>
// (the UN parity targets), or all of aggregation with <peacekeeping/aggregate/aggregate.hpp>.
// Each of these costs its includers 0.1 to 0.7 s of compile time (clang -ftime-trace), so only
// their users pay it: tools/compile-time.sh measures the umbrella.
#include <peacekeeping/config.hpp>

// Value types
#include <peacekeeping/count/quantity.hpp>
#include <peacekeeping/country/country.hpp>
#include <peacekeeping/country/m49.hpp>
#include <peacekeeping/country/names.hpp>
#include <peacekeeping/country/suggest.hpp>
#include <peacekeeping/mission/location.hpp>
#include <peacekeeping/mission/mission.hpp>
#include <peacekeeping/mission/suggest.hpp>
#include <peacekeeping/personnel/category.hpp>
#include <peacekeeping/personnel/gender.hpp>
#include <peacekeeping/personnel/role.hpp>
#include <peacekeeping/time/month.hpp>
#include <peacekeeping/time/month_range.hpp>

// Records and datasets
#include <peacekeeping/dataset/dataset.hpp>
#include <peacekeeping/record/contribution.hpp>

// Reading and writing
#include <peacekeeping/csv/error.hpp>
#include <peacekeeping/csv/read.hpp>
#include <peacekeeping/csv/write.hpp>

// Aggregation
#include <peacekeeping/aggregate/filter.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/group_key.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/bloc/standard_blocs.hpp>
