#!/usr/bin/env bash
# compare_peers.sh: pk-report against the tools analysts use (DuckDB, pandas, R data.table) on
# the same UN DPO long file, end to end (process start, read, compute, write CSV), file in the
# page cache. Issue 11. Not part of CI; see benchmarks/README.md.
#
#   bash benchmarks/compare_peers.sh [--runs N] [--rows 10M] [--file FILE] [--build DIR]
#                                    [--only pk,duckdb,pandas,datatable]
#
# Q1 person-months by contributing country and year, Q2 by mission and year, Q3 female share by
# personnel category and year: each tool answers each as a separate process. Every run times
# all tools one after the other (interleaved, so a burst of load on the shared machine falls on
# all of them alike); the table shows medians over the runs and their spread (min-max). CPU is
# user + system time: on a loaded machine it moves less than wall time. Peak RSS is the
# largest of the three processes (/usr/bin/time %M).
# All tools' results are checked against pk-report's: same groups, person-months equal,
# female share within pk-report's printed rounding.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
runs=5
rows=10M
file=
build="$root/build"
only=pk,duckdb,pandas,datatable
work=${TMPDIR:-/tmp}/pk_compare_peers

while [[ $# -gt 0 ]]; do
  case $1 in
    --runs) runs=$2; shift 2 ;;
    --rows) rows=$2; shift 2 ;;
    --file) file=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    --only) only=$2; shift 2 ;;
    -h|--help) sed -n '2,17p' "${BASH_SOURCE[0]}"; exit 0 ;;
    *) echo "compare_peers.sh: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

pk_report="$build/examples/pk-report"
generator="$build/benchmarks/pk_generate_dpo_long"
[[ -x $pk_report ]] || { echo "compare_peers.sh: no $pk_report; build it: cmake --build $build --target pk-report" >&2; exit 2; }
[[ -x /usr/bin/time ]] || { echo "compare_peers.sh: needs GNU time (apt-get install time)" >&2; exit 2; }
mkdir -p "$work"

if [[ -z $file ]]; then
  file="$work/dpo_long_$rows.csv"
  if [[ ! -s $file ]]; then
    [[ -x $generator ]] || { echo "compare_peers.sh: no $generator; build it or pass --file" >&2; exit 2; }
    "$generator" "$rows" "$file"
  fi
fi
[[ -r $file ]] || { echo "compare_peers.sh: cannot read $file" >&2; exit 2; }

# ---- The tools ------------------------------------------------------------------------------
declare -a tools=()
want() { [[ ",$only," == *",$1,"* ]]; }
if want pk; then tools+=(pk-report); fi
if want duckdb; then
  if command -v node >/dev/null && [[ -d $here/peers/node_modules/@duckdb/node-api ]]; then
    tools+=(DuckDB)
  else
    echo "skipping DuckDB: run 'npm install' in $here/peers (needs node)" >&2
  fi
fi
if want pandas; then
  if /usr/bin/python3 -c 'import pandas' 2>/dev/null; then
    tools+=(pandas)
  else
    echo "skipping pandas: apt-get install python3-pandas" >&2
  fi
fi
if want datatable; then
  if command -v Rscript >/dev/null && Rscript -e 'library(data.table)' >/dev/null 2>&1; then
    tools+=(data.table)
  else
    echo "skipping data.table: apt-get install r-cran-data.table" >&2
  fi
fi

# query_command TOOL FILE q1|q2|q3: sets `cmd` to the command answering the query.
query_command() {
  local f=$2 q=$3
  case $1 in
    pk-report)
      case $q in
        q1) cmd=("$pk_report" --format csv --by country,year --measure person-months "$f") ;;
        q2) cmd=("$pk_report" --format csv --by mission,year --measure person-months "$f") ;;
        q3) cmd=("$pk_report" --format csv --by category,year --measure female-share "$f") ;;
      esac ;;
    DuckDB) cmd=(node "$here/peers/duckdb_query.mjs" "$f" "$q") ;;
    pandas) cmd=(/usr/bin/python3 "$here/peers/pandas_query.py" "$f" "$q") ;;
    data.table) cmd=(Rscript "$here/peers/datatable_query.R" "$f" "$q") ;;
    floor:wc) cmd=(wc -l "$f") ;;
    floor:cat) cmd=(cat "$f") ;;
  esac
}

# ---- Timing ---------------------------------------------------------------------------------
# timed OUT CMD...: runs CMD with stdout to OUT; prints "wall cpu rss_kb".
timed() {
  local out=$1; shift
  local stats="$work/time.$$" err
  err="$work/$(basename "$out").err"
  local start=$EPOCHREALTIME
  if ! /usr/bin/time -f '%U %S %M' -o "$stats" "$@" >"$out" 2>"$err"; then
    echo "compare_peers.sh: failed: $* (see $err)" >&2
    cat "$err" >&2
    exit 1
  fi
  local end=$EPOCHREALTIME
  awk -v s="$start" -v e="$end" '{ printf "%.3f %.3f %d\n", e - s, $1 + $2, $3 }' "$stats"
}

# median and spread of the numbers on stdin: "median min max"
summary() { sort -g | awk '{ v[NR] = $1 } END { m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2; printf "%.3f %.3f %.3f\n", m, v[1], v[NR] }'; }

# What the figures depend on besides the code, printed so that runs on different machines can
# be told apart:
#   - the last-level cache: the 120 MB of rows and the grouping's cells fit in a 480 MiB L3,
#     not in a 32 MiB one;
#   - DAMON's "pageout" scheme (some VMs run it): it evicts the cold parts of an idle file from
#     the page cache within seconds, and the next reader of them waits for the disk;
#   - free page reporting (virtio-balloon): free memory goes back to the host, and a page the
#     host took back costs more to touch again; a peer that frees a gigabyte hands back many.
machine() {
  local l3 damon=off reporting=off d
  l3=$(cat /sys/devices/system/cpu/cpu0/cache/index3/size 2>/dev/null || echo "?")
  for d in /sys/kernel/mm/damon/admin/kdamonds/*/; do
    [[ -r $d/state && $(cat "$d/state") == on ]] || continue
    damon="on ($(cat "$d"/contexts/*/schemes/*/action 2>/dev/null | sort -u | tr '\n' ' ' | sed 's/ $//'))"
  done
  d=/sys/module/page_reporting/parameters/reported_kib
  if [[ -r $d && $(cat "$d") -gt 0 ]]; then
    reporting="on ($(($(cat "$d") >> 20)) GiB handed back since boot)"
  fi
  echo "L3 $l3; DAMON $damon; free page reporting $reporting"
}
# The file's share in the page cache (util-linux's fincore), when it can tell.
resident() { fincore -b -n -o RES,SIZE "$file" 2>/dev/null | awk '{ printf "%.0f of %.0f MB in the page cache", $1 / 1048576, $2 / 1048576 }'; }

results="$work/results.$$"   # tool run query wall cpu rss
: >"$results"
# Taken before anything reads the file, so it says how much of it was cached when called.
cached=$(resident)
echo "file: $file ($(du -m "$file" | cut -f1) MB, $(($(wc -l <"$file") - 1)) rows); ${cached:-page cache unknown}" >&2
echo "machine: $(machine); load average before: $(cut -d' ' -f1-3 /proc/loadavg); $runs runs" >&2
declare -a cmd
for ((run = 1; run <= runs; run++)); do
  # The file read, untimed, into the page cache before each run's floors: a page evicted since
  # the last run (see machine()) would make the floor slower and the 3x goal easier.
  cat "$file" >/dev/null
  for floor in floor:wc floor:cat; do
    query_command "$floor" "$file" -
    read -r wall cpu rss < <(timed /dev/null "${cmd[@]}")
    echo "$floor $run - $wall $cpu $rss" >>"$results"
  done
  for tool in "${tools[@]}"; do
    for q in q1 q2 q3; do
      query_command "$tool" "$file" $q
      read -r wall cpu rss < <(timed "$work/$tool.$q.csv" "${cmd[@]}")
      echo "$tool $run $q $wall $cpu $rss" >>"$results"
    done
  done
  echo "run $run done; load average $(cut -d' ' -f1-3 /proc/loadavg)" >&2
done

# ---- Same numbers? --------------------------------------------------------------------------
# One line per group, "key,year,value", sorted; DPO's singular "Staff Officer" is pk's
# "Staff Officers"; quotes and CR dropped.
normalise() {
  tail -n +2 "$1" | tr -d '"\r' | sed 's/^Staff Officer,/Staff Officers,/' | LC_ALL=C sort
}
# same PK_OUTPUT OTHER_OUTPUT: the groups match and the values agree: exactly for counts, for female share
# within half a unit of pk-report's last printed decimal.
same() {
  awk -F, '
    NR == FNR { pk[$1 "," $2] = $3; n++; next }
    {
      k = $1 "," $2
      if (!(k in pk)) { bad++; if (bad <= 3) print "  extra group " k > "/dev/stderr"; next }
      seen++
      d = pk[k]; decimals = (index(d, ".") ? length(d) - index(d, ".") : 0)
      tolerance = (decimals ? 0.5 * 10 ^ -decimals : 0) + 1e-9
      diff = $3 - d; if (diff < 0) diff = -diff
      if (diff > tolerance) { bad++; if (bad <= 3) print "  " k ": " $3 " vs pk-report " d > "/dev/stderr" }
    }
    END { if (seen != n) { bad++; print "  " n - seen " groups missing" > "/dev/stderr" } exit bad ? 1 : 0 }
  ' <(normalise "$1") <(normalise "$2")
}
declare -A agrees=()
for tool in "${tools[@]}"; do
  agrees[$tool]=yes
  [[ $tool == pk-report ]] && continue
  if [[ ! " ${tools[*]} " == *" pk-report "* ]]; then agrees[$tool]="not checked"; continue; fi
  for q in q1 q2 q3; do
    if ! same "$work/pk-report.$q.csv" "$work/$tool.$q.csv" 2>"$work/diff.$q"; then
      agrees[$tool]=NO
      echo "$tool $q differs from pk-report:" >&2
      cat "$work/diff.$q" >&2
    fi
  done
done
groups=""
if [[ -f $work/pk-report.q1.csv ]]; then
  groups="groups: Q1 $(($(wc -l <"$work/pk-report.q1.csv") - 1)), Q2 $(($(wc -l <"$work/pk-report.q2.csv") - 1)), Q3 $(($(wc -l <"$work/pk-report.q3.csv") - 1))"
fi

# ---- The table ------------------------------------------------------------------------------
# Per tool and run: the sum of the three queries' wall and CPU, the largest RSS.
per_run() {  # per_run TOOL FIELD(4 wall, 5 cpu) -> one number per run
  awk -v t="$1" -v f="$2" '$1 == t { s[$2] += $f } END { for (r in s) print s[r] }' "$results"
}
per_query() { awk -v t="$1" -v q="$2" '$1 == t && $3 == q { print $4 }' "$results"; }
peak_rss() { awk -v t="$1" '$1 == t && $6 > m { m = $6 } END { printf "%.0f", m / 1024 }' "$results"; }

read -r pk_median _ _ < <(per_run pk-report 4 | summary 2>/dev/null || echo "0 0 0")
read -r wc_median _ _ < <(per_run floor:wc 4 | summary)
echo
echo "UN DPO long, $(($(wc -l <"$file") - 1)) rows, $(du -m "$file" | cut -f1) MB; $runs runs; $(nproc) cores; $(machine); load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
[[ -n $groups ]] && echo "$groups"
printf '%-14s | %-20s | %-8s | %-8s | %-8s | %-10s | %-8s | %-11s | %s\n' \
  tool "Q1+Q2+Q3 wall s" "Q1 s" "Q2 s" "Q3 s" "CPU s" "peak MB" "x pk-report" "same numbers"
printf '%s\n' "---------------+----------------------+----------+----------+----------+------------+----------+-------------+-------------"
for tool in "${tools[@]}"; do
  read -r wall low high < <(per_run "$tool" 4 | summary)
  read -r cpu _ _ < <(per_run "$tool" 5 | summary)
  read -r q1 _ _ < <(per_query "$tool" q1 | summary)
  read -r q2 _ _ < <(per_query "$tool" q2 | summary)
  read -r q3 _ _ < <(per_query "$tool" q3 | summary)
  ratio=$(awk -v a="$wall" -v b="$pk_median" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  printf '%-14s | %6.2f (%5.2f-%5.2f) | %8.2f | %8.2f | %8.2f | %10.2f | %8s | %11s | %s\n' \
    "$tool" "$wall" "$low" "$high" "$q1" "$q2" "$q3" "$cpu" "$(peak_rss "$tool")" "$ratio" "${agrees[$tool]}"
done
for floor in floor:wc floor:cat; do
  read -r wall low high < <(per_run "$floor" 4 | summary)
  read -r cpu _ _ < <(per_run "$floor" 5 | summary)
  label=$([[ $floor == floor:wc ]] && echo "wc -l" || echo "cat >/dev/null")
  printf '%-14s | %6.2f (%5.2f-%5.2f) | %8s | %8s | %8s | %10.2f | %8s | %11s | %s\n' \
    "$label" "$wall" "$low" "$high" - - - "$cpu" "$(peak_rss "$floor")" - "(floor: one pass)"
done

# ---- Issue 11's goals -----------------------------------------------------------------------
if [[ " ${tools[*]} " == *" pk-report "* ]]; then
  echo
  if [[ " ${tools[*]} " == *" DuckDB "* ]]; then
    read -r duck _ _ < <(per_run DuckDB 4 | summary)
    awk -v p="$pk_median" -v d="$duck" 'BEGIN { printf "goal: pk-report Q1+Q2+Q3 <= DuckDB / 5: %.2f s vs %.2f s (%s; pk-report takes %.2f of DuckDB'"'"'s time)\n", p, d / 5, (p <= d / 5 ? "met" : "not met"), p / d }'
  fi
  read -r worst _ _ < <(for q in q1 q2 q3; do per_query pk-report $q | summary; done | sort -g -r | head -1)
  awk -v q="$worst" -v w="$wc_median" 'BEGIN { printf "goal: one query <= 3 x wc -l: slowest query %.2f s vs %.2f s (%s; %.1f x wc -l)\n", q, 3 * w, (q <= 3 * w ? "met" : "not met"), (w > 0 ? q / w : 0) }'
  rss=$(peak_rss pk-report)
  echo "goal: peak RSS <= 256 MB: $rss MB ($([[ $rss -le 256 ]] && echo met || echo "not met"))"
fi
rm -f "$results" "$work/time.$$"
