#!/usr/bin/env bash
# Runs every libFuzzer target of tests/fuzz/ for SECONDS each (default 30), one after another,
# and fails on any finding: a crash, a broken property (the targets abort), a leak, a timeout
# or running out of memory. Used by CI; the 10-minute local run is `tools/fuzz.sh 600`.
#
#   tools/fuzz.sh [SECONDS] [TARGET...]     e.g. tools/fuzz.sh 60 read_text month_parse
#
# Builds in build/fuzz with clang++-16 (PK_BUILD_FUZZERS). Targets run one per core at once. Each target starts from its seed
# corpus and its regressions, copied to a temporary directory so the checkout is not written
# to. A finding is saved in build/fuzz/findings/TARGET/; copy it to tests/fuzz/regressions/TARGET/.
# Ends with executions per target and in total (libFuzzer's stat::number_of_executed_units).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-30}
shift || true
all_targets=(read_text read_text_with_header month_parse country mission personnel_category pdf_pages)
[ $# -gt 0 ] && targets=("$@") || targets=("${all_targets[@]}")
build=build/fuzz
cxx=${PK_FUZZ_CXX:-clang++-16}

cmake -S tests/fuzz -B "$build" -G Ninja -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_BUILD_TYPE= -DPK_BUILD_FUZZERS=ON >/dev/null
cmake --build "$build" --target pk_fuzzers

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One target: its corpus and run; its exit status and executions are left in $work/TARGET.*.
fuzz_one() {
  local target=$1 binary=$build/${1}_fuzz corpus=$work/$1 findings=$build/findings/$1 status=0
  mkdir -p "$corpus" "$findings"
  for dir in tests/fuzz/corpus/$target tests/fuzz/regressions/$target; do
    [ -d "$dir" ] && find "$dir" -maxdepth 1 -type f ! -name README.md -exec cp {} "$corpus/" \;
  done
  local options=(-max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1
                 -artifact_prefix="$findings/")
  case $target in
    read_text*) options+=(-dict=tests/fuzz/csv.dict -max_len=4096) ;;  # 4 KiB: a header and ~50 rows
    pdf_pages) options+=(-max_len=8192) ;;                                  # two report pages
    *) options+=(-max_len=256) ;;
  esac
  "$binary" "${options[@]}" "$corpus" >"$work/$target.log" 2>&1 || status=$?
  echo "$status" >"$work/$target.status"
}

# Targets run side by side, one per core (PK_FUZZ_JOBS to change it): each libFuzzer process
# is one thread, so on CI's two cores the stage takes half as long for the same time a target.
jobs=${PK_FUZZ_JOBS:-$(nproc)}
ran=()
for target in "${targets[@]}"; do
  if [ ! -x "$build/${target}_fuzz" ]; then
    # pdf_pages exists only when CMake found poppler-cpp (peacekeeping::pdf).
    [ "$target" = pdf_pages ] && [ $# -eq 0 ] && { echo "=== $target: not built (no poppler-cpp)"; continue; }
    echo "fuzz.sh: no target $target" >&2
    exit 2
  fi
  while [ "$(jobs -rp | wc -l)" -ge "$jobs" ]; do wait -n || true; done
  echo "=== $target: ${seconds}s"
  fuzz_one "$target" &
  ran+=("$target")
done
wait

failed=()
total=0
summary=""
for target in "${ran[@]}"; do
  findings=$build/findings/$target
  log=$work/$target.log
  status=$(cat "$work/$target.status" 2>/dev/null || echo 1)
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  runs=${runs:-0}
  total=$((total + runs))
  if [ "$status" -ne 0 ]; then
    failed+=("$target")
    grep -E "ERROR|pk fuzz property|SUMMARY|Test unit written|==[0-9]+==" "$log" | head -n 40 || true
    echo "--- $target FAILED (exit $status); full log: $findings/log.txt"
    cp "$log" "$findings/log.txt"
  fi
  summary+=$(printf '%-24s %12s executions%s' "$target" "$runs" "$([ "$status" -ne 0 ] && echo '  FAILED')")$'\n'
done

echo "=== fuzzing, ${seconds}s per target"
printf '%s' "$summary"
printf '%-24s %12s executions\n' total "$total"
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz.sh: findings in: ${failed[*]} (inputs in $build/findings/)" >&2
  exit 1
fi
