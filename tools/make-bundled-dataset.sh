#!/usr/bin/env bash
# Regenerates the bundled monthly series, examples/data/un_contributions_monthly.csv, from the
# real files in ../shared/data with pk-convert (which must be built with the PDF component).
#
#   tools/make-bundled-dataset.sh PK_CONVERT SHARED_DATA_DIR OUTPUT
#
# Which source gives which months (examples/data/PROVENANCE.md says why):
#   2009-11..2014-02  IPI Gender.Full.csv
#   2014-03..2014-08  IPI full_gender_data (the only 2014 file with a gender split), each month
#                     once: that file repeats every row two or three times
#   2015-01..2025-07  the UN's monthly PDF reports (115 files)
set -euo pipefail
convert=$1 shared=$2 output=$3
"$convert" -o "$output" \
  "$shared/ipi/Gender.Full.csv" \
  --only 2014-03..2014-08 --drop-identical-duplicates "$shared/ipi_2014/full_gender_data_to_2014-08-31.csv" \
  --only all --keep-identical-duplicates "$shared"/un_dpo_monthly_pdf/UN_country_contributions_*.pdf
