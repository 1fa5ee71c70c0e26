#pragma once
// The whole core of peacekeeping in one include. Library headers never include this file;
// include the concept headers directly to compile less. Opt-in extras, not included here:
// <peacekeeping/time/chrono.hpp> (<chrono> interop), <peacekeeping/format.hpp>
// (std::formatter), <peacekeeping/fmt.hpp> ({fmt}), <peacekeeping/pdf/pdf.hpp> (poppler),
// <peacekeeping/ledger/ledger.hpp> (national rotation ledgers: people sent, a flow; it costs
// every includer about 0.45 s of compile time, so only its users pay it).
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
#include <peacekeeping/aggregate/by.hpp>
#include <peacekeeping/aggregate/filter.hpp>
#include <peacekeeping/aggregate/gender_parity.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/group_key.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/aggregate/rank.hpp>
#include <peacekeeping/bloc/bloc.hpp>
#include <peacekeeping/bloc/standard_blocs.hpp>
