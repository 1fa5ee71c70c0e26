#!/usr/bin/env bash
# Regenerates the bundled monthly series from the real files in ../shared/data with pk-convert
# (built with the PDF component):
#
#   tools/make-bundled-dataset.sh PK_CONVERT SHARED_DATA_DIR OUTPUT_CSV OUTPUT_ERRORS
#
# Which source gives which months (examples/data/PROVENANCE.md says why):
#   2009-11..2014-02  IPI Gender.Full.csv
#   2014-03..2014-08  IPI full_gender_data (the only 2014 file with a gender split), each row
#                     once: that file repeats every row two or three times
#   2015-01..2025-07  the UN's monthly PDF reports (115 files)
# The rows a source gets wrong are left out and listed in OUTPUT_ERRORS (pk-convert's stderr),
# with file names relative to SHARED_DATA_DIR so the list is the same on every machine.
set -uo pipefail
convert=$(realpath "$1") output=$(realpath -m "$3") errors=$(realpath -m "$4")
cd "$2" || exit 2
"$convert" -o "$output" \
  ipi/Gender.Full.csv \
  --only 2014-03..2014-08 --drop-identical-duplicates ipi_2014/full_gender_data_to_2014-08-31.csv \
  --only all --keep-identical-duplicates un_dpo_monthly_pdf/UN_country_contributions_*.pdf 2> "$errors"
status=$?
# 0: every row valid; 1: some rows reported (listed in OUTPUT_ERRORS); anything else failed.
[ "$status" -le 1 ] || { cat "$errors" >&2; exit "$status"; }
exit 0
