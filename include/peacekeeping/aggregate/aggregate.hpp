#pragma once
// Everything of aggregation: grouping (run-time keys and compile-time tags), measures,
// rankings and gender parity. Each header also stands alone.
#include <peacekeeping/aggregate/by.hpp>
#include <peacekeeping/aggregate/filter.hpp>
#include <peacekeeping/aggregate/gender_parity.hpp>
#include <peacekeeping/aggregate/group.hpp>
#include <peacekeeping/aggregate/group_key.hpp>
#include <peacekeeping/aggregate/measure.hpp>
#include <peacekeeping/aggregate/rank.hpp>
