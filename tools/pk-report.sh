#!/usr/bin/env bash
# Quick start: installs what is missing, builds pk-report and runs it on the bundled UN
# monthly series. Arguments go to pk-report (default: --by year --format table).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
cmake -S . -B build/release -G Ninja -DCMAKE_BUILD_TYPE=Release -DPK_BUILD_TESTS=OFF -DPK_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build build/release --target pk-report >/dev/null
if [ $# -eq 0 ]; then set -- --by year --format table; fi
exec build/release/examples/pk-report "$@"
