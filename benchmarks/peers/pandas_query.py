"""Q1, Q2 or Q3 of benchmarks/compare_peers.sh in pandas, as an analyst would write it.

    python3 pandas_query.py FILE q1|q2|q3

The year is the date's last four characters: the generated files run to year 3000 and beyond,
past pandas' nanosecond timestamps (year 2262), and the UN writes dd/mm/yyyy.
"""
import sys

import pandas as pd

path, query = sys.argv[1], sys.argv[2]
key = {"q1": "ISOCode3", "q2": "Mission_Acronym", "q3": "Personnel_Type"}[query]
frame = pd.read_csv(path, encoding="utf-8-sig",
                    usecols=[key, "Female_Personnel", "Male_Personnel", "Last_Reporting_Date"],
                    dtype={key: "category", "Female_Personnel": "int32", "Male_Personnel": "int32",
                           "Last_Reporting_Date": "str"})
frame["year"] = frame["Last_Reporting_Date"].str.slice(-4).astype("int32")
frame["people"] = frame["Female_Personnel"] + frame["Male_Personnel"]
sums = frame.groupby([key, "year"], observed=True)[["Female_Personnel", "people"]].sum()
sums = sums[sums["people"] != 0]  # issue 6: groups with no person-months are left out
if query == "q3":
    result = (sums["Female_Personnel"] / sums["people"]).rename("female-share")
else:
    result = sums["people"].rename("person-months")
result.to_csv(sys.stdout, header=True)
