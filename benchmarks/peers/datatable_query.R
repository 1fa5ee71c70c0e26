# Q1, Q2 or Q3 of benchmarks/compare_peers.sh in R data.table, as an analyst would write it.
#     Rscript datatable_query.R FILE q1|q2|q3
# Both cores, as DuckDB uses them (data.table's default is half of them).
suppressPackageStartupMessages(library(data.table))
setDTthreads(2L)
args <- commandArgs(trailingOnly = TRUE)
path <- args[[1]]
query <- args[[2]]
key <- switch(query, q1 = "ISOCode3", q2 = "Mission_Acronym", q3 = "Personnel_Type")
dt <- fread(path, select = c(key, "Female_Personnel", "Male_Personnel", "Last_Reporting_Date"),
            colClasses = list(character = c(key, "Last_Reporting_Date")), encoding = "UTF-8", showProgress = FALSE)
setnames(dt, key, "key")
# dd/mm/yyyy: the year is characters 7 to 10 (the generated files run past any date type's comfort).
dt[, year := as.integer(substr(Last_Reporting_Date, 7L, 10L))]
sums <- dt[, .(female = sum(as.numeric(Female_Personnel)), people = sum(as.numeric(Female_Personnel + Male_Personnel))),
           keyby = .(key, year)][people != 0]  # issue 6: groups with no person-months are left out
if (query == "q3") {
  out <- sums[, .(key, year, value = female / people)]
  setnames(out, c(key, "year", "female-share"))
} else {
  out <- sums[, .(key, year, value = people)]
  setnames(out, c(key, "year", "person-months"))
}
fwrite(out, file = "")
