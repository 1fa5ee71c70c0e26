#!/usr/bin/env bash
# Rebuilds the seed corpora in tests/fuzz/corpus/ from the real data files (../shared/data
# beside the checkout, or PK_SHARED_DATA_DIR) and the hand-made files in tests/fuzz/seeds/.
# The result is checked in, so fuzzing needs no data; run this again when the data changes.
#
#   read_text/              the first 50 lines of every real CSV file, and the hand-made ones
#   read_text_with_header/  one byte choosing a fixed header (fuzz_properties.hpp), then rows
#   month_parse/ country/ mission/ personnel_category/   one value per file, from the same files
#   pdf_pages/              pdftotext -layout dumps of UN monthly reports (pdf_pages_fuzz.cpp)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
data=${PK_SHARED_DATA_DIR:-$here/../../../shared/data}
out=$here/corpus
[ -d "$data" ] || { # pdf_pages: the first two pages of one report per layout era, as pdftotext -layout prints them.
if command -v pdftotext >/dev/null; then
  mkdir -p "$out/pdf_pages"
  for month in 2015_01 2016_06 2017_06 2019_10 2021_02 2023_09 2025_07; do
    pdf=$data/un_dpo_monthly_pdf/UN_country_contributions_$month.pdf
    [ -f "$pdf" ] && pdftotext -layout -f 1 -l 2 "$pdf" "$out/pdf_pages/$month.txt"
  done
fi
echo "make_corpus.sh: no data directory $data" >&2; exit 2; }
rm -rf "$out"
mkdir -p "$out"/{read_text,read_text_with_header,month_parse,country,mission,personnel_category}

# read_text: heads of the real files (each keeps its header, BOM and line endings).
for f in "$data"/ipi/*.csv "$data"/ipi_2014/*.csv "$data"/un_dpo_rank/*.csv "$data"/un_dpo_derived/*.csv; do
  name=$(basename "$(dirname "$f")")_$(basename "$f" .csv)
  sed -n '1,50p' "$f" > "$out/read_text/$name"
done
cp "$here"/seeds/*.csv "$out/read_text/"

# read_text_with_header: the header byte (0..4, see fixed_headers) and rows of that format.
# (sed, not head: head would end the pipe early, and pipefail would call that a failure.)
with_header() {  # header index, file, [sed script for the rows]: the file's lines 2..31
  { printf "\\x0$1"; sed -n '2,31p' "$2" | sed "${3:-}"; } > "$out/read_text_with_header/$(basename "$2" .csv)_$1"
}
with_header 0 "$here/seeds/dpo_long_written.csv"
with_header 0 "$here/seeds/dpo_long_mixed.csv"
with_header 1 "$here/seeds/dpo_long_open_data.csv"
with_header 2 "$data/ipi/Gender.Full.csv"
with_header 2 "$data/ipi_2014/full_gender_data_to_2014-08-31.csv" 's/^/"",/'  # add Gender.Full's row index
with_header 4 "$data/un_dpo_rank/odp_contributionranks_2022-01-31.csv"
# The snapshot header here has 11 columns: cut the real rows down to those.
scratch=$(mktemp -d)
cut -d, -f1,2,3,34,67,68,69,70,71,72,73 "$data/ipi/current_month_2014-03-31.csv" > "$scratch/current_month_2014-03-31.csv"
with_header 3 "$scratch/current_month_2014-03-31.csv"
rm -r "$scratch"

# One value per file, taken from the data as it is spelled there.
value_seeds() {  # directory, then values on stdin (one a line, at most 200 distinct)
  local n=0
  sort -u | sed -n '1,200p' | while IFS= read -r value; do
    printf '%s' "$value" > "$out/$1/$(printf '%03d' "$n")"
    n=$((n + 1))
  done
}
{
  cut -d, -f2 "$data/ipi/Gender.Full.csv" | sort -u | sed -n '1,20p'
  cut -d, -f8 "$data/un_dpo_rank/Rank_2021-01-31.csv" | sort -u
  printf '%s\n' 2020-11 30/11/2020 1/2/2020 31-Dec-2020 29-Feb-2016 2019-02-29 2000-02-29 1900-02-29
} | tr -d '"\r' | value_seeds month_parse
{
  cut -d, -f4 "$data/ipi/Gender.Full.csv"
  cut -d, -f3 "$data/ipi/Gender.Full.csv"
  cut -d, -f3 "$data/un_dpo_rank/Rank_2021-01-31.csv"
  printf '%s\n' "Cote d'Ivoire" "Côte d’Ivoire" "Viet Nam" "Korea, Republic of" "VN" vnm
} | tr -d '"\r' | value_seeds country
{
  cut -d, -f5 "$data/ipi/Gender.Full.csv"
  cut -d, -f1 "$data/un_dpo_rank/mission_summary_dec2020.csv" | tr -d '\357\273\277'
  printf '%s\n' "MINURSO'" " unmiss " unreported
} | tr -d '"\r' | value_seeds mission
printf '%s\n' Troops "Staff Officer" "Staff Officers" "Experts on Mission" "Individual Police" \
  "Formed Police Units" "Contingent Troop" UNMEM MSO FPU IPO "Military Observer" Individual_Police \
  "Civilian Police" unreported | value_seeds personnel_category
# pdf_pages: the first two pages of one report per layout era, as pdftotext -layout prints them.
if command -v pdftotext >/dev/null; then
  mkdir -p "$out/pdf_pages"
  for month in 2015_01 2016_06 2017_06 2019_10 2021_02 2023_09 2025_07; do
    pdf=$data/un_dpo_monthly_pdf/UN_country_contributions_$month.pdf
    [ -f "$pdf" ] && pdftotext -layout -f 1 -l 2 "$pdf" "$out/pdf_pages/$month.txt"
  done
fi
echo "make_corpus.sh: $(find "$out" -type f | wc -l) files in $out"
