#pragma once
// Umbrella of the UN monthly PDF reader (needs poppler-cpp: CMake target peacekeeping::pdf).
// Not included by <peacekeeping/peacekeeping.hpp>, so the core library stays free of poppler.
#include <peacekeeping/pdf/layouts.hpp>      // IWYU pragma: export
#include <peacekeeping/pdf/poppler_text.hpp> // IWYU pragma: export
#include <peacekeeping/pdf/report.hpp>       // IWYU pragma: export
#include <peacekeeping/pdf/report_rows.hpp>  // IWYU pragma: export
#include <peacekeeping/pdf/subtotals.hpp>    // IWYU pragma: export
#include <peacekeeping/pdf/text_layout.hpp>  // IWYU pragma: export
