#!/usr/bin/env bash
# Builds and runs every test three times: with g++, with clang++-16, and with clang++-16 under
# AddressSanitizer + UndefinedBehaviorSanitizer; and once more with clang++-16 as if
# ../shared/data were missing. Each build also builds the examples, the
# benchmarks (g++ only) and the consumer projects (find_package, add_subdirectory,
# FetchContent) with its compiler. Between the clang and sanitizer runs, every fuzz target runs
# for 30 s. Ends on CTest's summary line of the last run.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/install-deps.sh
jobs=$(nproc)

run() {
  local name=$1; shift
  echo "=== $name"
  cmake -S . -B "build/$name" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" "$@" >/dev/null
  cmake --build "build/$name" -j "$jobs"
  ctest --test-dir "build/$name" -j "$jobs" --output-on-failure --timeout 600
}

run gcc -DCMAKE_CXX_COMPILER=g++ -DPK_BUILD_BENCHMARKS=ON
run clang -DCMAKE_CXX_COMPILER=clang++-16 -DPK_BUILD_BENCHMARKS=OFF
# The tests as a clone without ../shared/data builds them: code used only on the real data must
# not stop the build (-Werror) there. Three such helpers did, unseen where the data was beside
# the checkout. clang++-16 warns of every kind of unused code g++ 12 does here; 1-2 minutes.
run no-shared-data -DCMAKE_CXX_COMPILER=clang++-16 -DPK_BUILD_BENCHMARKS=OFF -DPK_HEADER_TESTS=OFF \
  -DPK_SHARED_DATA_DIR=/nonexistent
# Every libFuzzer target for 30 s (clang++-16, ASan+UBSan); fails on any finding.
echo "=== fuzz"
bash tools/fuzz.sh 30
run sanitize -DCMAKE_CXX_COMPILER=clang++-16 -DPK_BUILD_BENCHMARKS=OFF -DPK_HEADER_TESTS=OFF \
  "-DCMAKE_CXX_FLAGS=-fsanitize=address,undefined -fno-sanitize-recover=all -fno-omit-frame-pointer"
