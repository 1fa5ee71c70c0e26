#!/usr/bin/env bash
# pk-report end to end: its output on the bundled series and the real files against figures
# obtained another way (awk over the files, the UN's own rank files), and its exit statuses and
# error lines on a file with planted bad rows.
#   pk_report_test.sh PK_REPORT SOURCE_DIR [SHARED_DATA_DIR]
set -uo pipefail
report=$(realpath "$1") source=$(realpath "$2") shared=${3:-}
bundled=$source/examples/data/un_contributions_monthly.csv
failures=0 checks=0
check() {  # check NAME EXPECTED ACTUAL
  checks=$((checks + 1))
  if [ "$2" != "$3" ]; then
    failures=$((failures + 1))
    printf 'FAILED: %s\n  expected: %s\n  actual:   %s\n' "$1" "$2" "$3"
  fi
}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 1. No FILE: the bundled series. Person-months of 2010, by another route:
#    awk -F, 'NR>1 && $1 ~ /\/2010$/ {s+=$5+$6+$7} END{print s}' examples/data/un_contributions_monthly.csv
check "bundled: 2010 person-months" "2010,1204131" \
  "$("$report" --by year --measure person-months --from 2010-01 --to 2010-12 | tail -n 1)"
check "bundled: csv header" "year,person-months" "$("$report" --by year --measure person-months | head -n 1)"

# 2. Viet Nam's strength at three month-ends (the series' PDF months) equals the UN's rank files
#    (un_dpo_rank/: 76 = F12+M64 at 31-Dec-20, 75 at 31-Jan-21, 73 at 31-Jan-22).
for pair in 2020-12:76 2021-01:75 2022-01:73; do
  month=${pair%%:*} people=${pair##*:}
  check "bundled: VNM at $month" "VNM,$people" \
    "$("$report" --by country --country VNM --measure year-end --from "$month" --to "$month" | tail -n 1)"
done
# All contributors at 2020-12: the rank file's Total_Uniformed_Personnel summed is 81832
#   awk -F, 'NR>1 {s+=$7} END{print s}' un_dpo_rank/odp_contributionranks_2020-12-31.csv
check "bundled: all contributors at 2020-12" "2020,81832" \
  "$("$report" --by year --measure year-end --from 2020-12 --to 2020-12 | tail -n 1)"

# 3. Ranking: the rank file's top three at 2020-12 (odp_contributionranks_2020-12-31.csv, rows
#    2-4) are BGD 6798, RWA 6383, ETH 6307; pk-report recomputes them from the bundled series.
check "bundled: --top 3" "rank,country,year-end
1,BGD,6798
2,RWA,6383
3,ETH,6307" "$("$report" --by country --measure year-end --from 2020-12 --to 2020-12 --top 3)"

# 3b. Months whose source names no mission (2018-03..2019-08) or splits no gender (2023-09) are
#    unknown for a mission's or a gender's figure, not zero. UNMISS in 2018: only January and
#    February name missions; 2018-12 has no report:
#      awk -F, 'NR>1 && $3=="UNMISS" && $1 ~ /\/2018$/ {s+=$5+$6+$7} END{print s/2}'   -> 14728.5
check "bundled: UNMISS 2018 rests on the months that name missions" "2018,UNMISS,14728.5000" \
  "$("$report" --by year,mission --mission UNMISS --from 2018-01 --to 2018-12 2>/dev/null | tail -n 1)"
#    Women in 2023 over the 11 months with a gender split:
#      awk -F, 'NR>1 && $1 ~ /\/2023$/ && $1 != "30/09/2023" {s+=$5} END{printf "%.4f", s/11}'  -> 6351.1818
check "bundled: female 2023 leaves out the month with no gender split" "2023,female,6351.1818" \
  "$("$report" --by year,gender --from 2023-01 --to 2023-12 2>/dev/null | sed -n 2p)"
check "bundled: a year-end before December is said" \
  "pk-report: note: year-end of 2018-01..2018-12 is as of 2018-11, the last month its sources cover" \
  "$("$report" --by year --measure year-end --from 2018-01 --to 2018-12 2>&1 >/dev/null)"

# 4. Every output format on the same query.
"$report" --by year,category --measure female-share --format json > "$work/out.json"
python3 -c 'import json,sys; rows=json.load(open(sys.argv[1])); assert rows and set(rows[0]) == {"year","category","female-share"}, rows[0]' "$work/out.json"
check "json parses, with the csv's fields" 0 $?
"$report" --by year,mission --format svg > "$work/out.svg"
python3 -c 'import sys, xml.dom.minidom as m; d=m.parse(sys.argv[1]); assert d.documentElement.tagName=="svg"; assert len(d.getElementsByTagName("rect"))>50' "$work/out.svg"
check "svg is well-formed with bars" 0 $?
check "markdown header" "| year | average-strength |" "$("$report" --by year --format markdown | head -n 1)"

# 5. Planted bad rows: every bad row reported as FILE:LINE:COLUMN, the good rows used, exit 1.
bad=$source/tests/report/planted_bad_rows.csv
(cd "$source/tests/report" && "$report" --by country --measure year-end planted_bad_rows.csv > "$work/out.csv" 2> "$work/err.txt")
check "bad rows: exit status" 1 $?
# Good rows: line 2 (10+53) and line 4 (1+5) = 69 people at 2020-12; line 6 repeats no key
# (line 5 is the bad one) so it counts too: 69 + 7 = 76.
check "bad rows: good rows used" "country,year-end
VNM,76" "$(cat "$work/out.csv")"
# Columns counted by hand in the file: "VNM,UNMISS,Troops,1,2," is 22 bytes, so line 3's date
# starts at 23; the mission starts at 5; "VNM,UNISFA,Troops," is 18 bytes, so the count is at 19.
# The closest codes to VMN are those one edit away: VNM (a swap), IMN and OMN (one letter).
check "bad rows: error lines" "planted_bad_rows.csv:3:23: error: expected a date like 2013-12-31, 31-Dec-20, 30/11/2020 or 2020-11 in column \"Last_Reporting_Date\", found \"31-Nov-20\"
planted_bad_rows.csv:5:1: error: expected an ISO 3166-1 alpha-3 country code (closest: VNM, IMN, OMN) in column \"ISOCode3\", found \"VMN\"
planted_bad_rows.csv:7:5: error: expected a known mission acronym (closest: UNMISS, UNMIK, UNMIL) in column \"Mission_Acronym\", found \"UNMIZZ\"
planted_bad_rows.csv:8:19: error: expected a count (a whole number from 0 to 65535) in column \"Female_Personnel\", found \"-4\"" "$(cat "$work/err.txt")"

# 6. --strict: the first bad row only, nothing on stdout, exit 1.
(cd "$source/tests/report" && "$report" --strict planted_bad_rows.csv > "$work/out.csv" 2> "$work/err.txt")
check "strict: exit status" 1 $?
check "strict: nothing on stdout" "" "$(cat "$work/out.csv")"
check "strict: one error line" 1 "$(wc -l < "$work/err.txt")"

# 7. Usage errors, unreadable files and unknown formats: one line, exit 2.
"$report" --by planet "$bad" > /dev/null 2> "$work/err.txt"
check "usage: exit status" 2 $?
check "usage: one line" 1 "$(wc -l < "$work/err.txt")"
"$report" /nonexistent/file.csv > /dev/null 2> "$work/err.txt"
check "unreadable: exit status" 2 $?
printf 'a,b,c\n1,2,3\n' > "$work/unknown.csv"
"$report" "$work/unknown.csv" > /dev/null 2> "$work/err.txt"
check "unknown format: exit status" 2 $?
check "unknown format: one line" 1 "$(wc -l < "$work/err.txt")"

# 7b. The shipped rank file of 2020-12 (examples/data/un_dpo_rank/, unchanged): pk-report's
#    ranking from its totals gives the published ranks; its rows 2-4 read BGD 1, RWA 2, ETH 3.
check "rank file: --top 3 from the file itself" "rank,country,year-end
1,BGD,6798
2,RWA,6383
3,ETH,6307" "$("$report" --by country --measure year-end --top 3 "$source/examples/data/un_dpo_rank/odp_contributionranks_2020-12-31.csv")"

# 8. On a real file of another format: IPI's Gender.Full.csv, 2013 average strength.
#    awk -F, 'NR>1 && $2 ~ /^2013/ {s+=$NF} END{printf "%.4f\n", s/12}' ipi/Gender.Full.csv  -> 95003.2500
if [ -n "$shared" ] && [ -f "$shared/ipi/Gender.Full.csv" ]; then
  check "IPI gender: 2013 average strength" "2013,95003.2500" \
    "$("$report" --by year --from 2013-01 --to 2013-12 "$shared/ipi/Gender.Full.csv" | tail -n 1)"
else
  echo "SKIPPED: real-file check (no shared data)"
fi

echo "pk-report: $((checks - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]
