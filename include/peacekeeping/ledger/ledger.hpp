#pragma once
// The rotation ledger in one include: people sent (flows) and people present (stocks) from
// national records, and the estimate of people sent from UN month-end strengths alone.
//
//   auto ledger = pk::read_ledger_file("viet_nam_ledger.csv");
//   for (const auto& e : ledger.errors) std::cerr << e << '\n';       // FILE:LINE:COLUMN: error: ...
//   pk::flow_summary sent = pk::deployments_through(ledger.entries, pk::month{2022, 6});
//   pk::ledger_stock present = pk::stock_at(ledger.entries, pk::month{2020, 12});
//   pk::deployment_estimate guess = pk::estimate_deployments(un_data, pk::country{"VNM"}, period);
#include <peacekeeping/ledger/entry.hpp>
#include <peacekeeping/ledger/estimate.hpp>
#include <peacekeeping/ledger/flow.hpp>
#include <peacekeeping/ledger/read.hpp>
#include <peacekeeping/ledger/sets.hpp>
#include <peacekeeping/ledger/stock.hpp>
