#!/usr/bin/env bash
# Runs the example programs under valgrind (memcheck) on real files, once: the sanitizer build
# of tools/test-all.sh covers the tests; this catches what ASan cannot see in an uninstrumented,
# optimised build (uninitialised reads, leaks at exit). Fails when valgrind reports an error or
# a leak, or when a program's exit status is not the one expected.
#
#   tools/valgrind-examples.sh
#
# Builds the examples with g++ (-g -O1, no sanitizer) in build/valgrind. The data are the
# real files in ../shared/data (PK_SHARED_DATA_DIR to override). valgrind's own errors exit
# with 101, not 1, because pk-report's status 1 means "bad rows reported" (issue 7).
set -euo pipefail
cd "$(dirname "$0")/.."
data=${PK_SHARED_DATA_DIR:-$(cd .. && pwd)/shared/data}
build=build/valgrind
command -v valgrind >/dev/null || { echo "valgrind-examples.sh: valgrind is not installed (apt-get install valgrind)" >&2; exit 2; }
[ -d "$data" ] || { echo "valgrind-examples.sh: no data directory $data" >&2; exit 2; }

cmake -S . -B "$build" -G Ninja -DCMAKE_CXX_COMPILER=g++ -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-g -O1" \
  -DPK_BUILD_TESTS=OFF -DPK_BUILD_EXAMPLES=ON -DPK_BUILD_BENCHMARKS=OFF -DPK_INSTALL=OFF >/dev/null
cmake --build "$build"

log_dir=$build/logs
rm -rf "$log_dir"
mkdir -p "$log_dir"
failures=0
runs=0
# run EXPECTED_STATUS NAME PROGRAM ARGS...; EXPECTED_STATUS may be a list: "0|1".
run() {
  local expected=$1 name=$2
  shift 2
  local log=$log_dir/$name.log status=0
  runs=$((runs + 1))
  valgrind --error-exitcode=101 --leak-check=full --show-leak-kinds=definite,indirect,possible \
    --errors-for-leak-kinds=definite,indirect,possible --track-origins=yes --quiet --log-file="$log" \
    "$@" >"$log_dir/$name.out" 2>"$log_dir/$name.err" || status=$?
  if [ "$status" -eq 101 ] || [ -s "$log" ]; then
    echo "FAIL $name: valgrind found errors (exit $status)"
    sed 's/^/    /' "$log" | head -n 60
    failures=$((failures + 1))
  elif ! [[ "|$expected|" == *"|$status|"* ]]; then
    echo "FAIL $name: exit status $status, expected $expected"
    sed 's/^/    /' "$log_dir/$name.err" | head -n 10
    failures=$((failures + 1))
  else
    echo "ok   $name (exit $status)"
  fi
}

report=$build/examples/pk-report
run 0   gender_full_by_year        "$report" "$data/ipi/Gender.Full.csv"
run 0   gender_full_by_country     "$report" --by country,category --measure peak --format json "$data/ipi/Gender.Full.csv"
run 0   snapshot_by_mission        "$report" --by mission,lineage --format table "$data/ipi/current_month_2014-03-31.csv"
run "0|1" full_gender_data           "$report" --by year,branch,gender --measure person-months --format markdown \
                                   "$data/ipi_2014/full_gender_data_to_2014-08-31.csv"
run 0   rank_top_5_svg             "$report" --by country --top 5 --format svg "$data/un_dpo_rank/odp_contributionranks_2022-01-31.csv"
run 0   rank_female_share          "$report" --by region --measure female-share "$data/un_dpo_rank/Rank_2021-01-31.csv"
run "0|1" several_files              "$report" --by month "$data"/ipi_2014/update_archive_*.csv
run 2   unknown_header             "$report" "$data/un_dpo_derived/CountryByYear.csv"
run 2   missing_file               "$report" "$data/no such file.csv"
run 2   bad_option                 "$report" --by nothing "$data/ipi/Gender.Full.csv"
# The bad-input corpus (tests/csv/bad/, issue 10), when it is there: any status but a crash.
if [ -d tests/csv/bad ]; then
  for file in tests/csv/bad/*.csv; do
    [ -e "$file" ] || continue
    run "0|1|2" "bad_$(basename "$file" .csv)" "$report" "$file"
  done
fi
run "0|1" report_bundled_dataset     "$report" --by year,category
examples=$build/examples
run 0     convert_gender_full        "$examples/pk-convert" -o "$log_dir/gender_full_long.csv" "$data/ipi/Gender.Full.csv"
run "0|1" convert_only_period        "$examples/pk-convert" --only 2014-03..2014-08 --drop-identical-duplicates \
                                     "$data/ipi_2014/full_gender_data_to_2014-08-31.csv" "$data"/ipi_2014/update_archive_*.csv
run 0     report_converted_file      "$report" --by country "$log_dir/gender_full_long.csv"
[ -x "$examples/gender_parity" ] && run "0|1" gender_parity_fra "$examples/gender_parity" FRA "$data/ipi/Gender.Full.csv"
[ -x "$examples/viet_nam_since_2014" ] && run "0|1" viet_nam_since_2014 "$examples/viet_nam_since_2014" "$log_dir/viet_nam.svg"
# The PDF debugging aid exists only with poppler; one report is enough (poppler is slow here).
pdf=$data/un_dpo_monthly_pdf/UN_country_contributions_2021_02.pdf
[ -x "$examples/pk_pdf_dump" ] && [ -f "$pdf" ] && run "0|1" pdf_dump_2021_02 "$examples/pk_pdf_dump" "$pdf"

echo "valgrind-examples.sh: $runs runs, $failures failed (logs in $log_dir)"
[ "$failures" -eq 0 ]
