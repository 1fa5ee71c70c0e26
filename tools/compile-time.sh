#!/usr/bin/env bash
# Compile-time budget: times `-fsyntax-only` of a file that includes only the umbrella header
# against one that includes <chrono> <string> <vector> <unordered_map> <optional>, best of 5,
# and prints the ratio (goal: under 2.5). Usage: tools/compile-time.sh [COMPILER...]
set -euo pipefail
cd "$(dirname "$0")/.."
compilers=("$@")
[ ${#compilers[@]} -eq 0 ] && compilers=(g++ clang++-16)
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
printf '#include <peacekeeping/peacekeeping.hpp>\nint main() {}\n' > "$dir/umbrella.cpp"
printf '#include <chrono>\n#include <string>\n#include <vector>\n#include <unordered_map>\n#include <optional>\nint main() {}\n' > "$dir/standard.cpp"

best_of() {  # best wall time in ms of 5 runs of the given command
  local best=999999
  for _ in 1 2 3 4 5; do
    local start end ms
    start=$(date +%s%N)
    "$@" >/dev/null
    end=$(date +%s%N)
    ms=$(( (end - start) / 1000000 ))
    [ "$ms" -lt "$best" ] && best=$ms
  done
  echo "$best"
}

for cxx in "${compilers[@]}"; do
  command -v "$cxx" >/dev/null || { echo "$cxx: not found, skipped"; continue; }
  u=$(best_of "$cxx" -std=c++20 -fsyntax-only -Iinclude "$dir/umbrella.cpp")
  s=$(best_of "$cxx" -std=c++20 -fsyntax-only "$dir/standard.cpp")
  ratio=$(awk -v u="$u" -v s="$s" 'BEGIN { printf "%.2f", u / s }')
  echo "$cxx: umbrella ${u} ms, standard headers ${s} ms, ratio ${ratio} (goal < 2.5)"
done
