// Q1, Q2 or Q3 of benchmarks/compare_peers.sh in DuckDB (npm @duckdb/node-api), as an analyst
// would write it: read the UN DPO long CSV, group, write CSV on stdout.
//     node duckdb_query.mjs FILE q1|q2|q3
import { DuckDBInstance } from '@duckdb/node-api';

const [file, query] = process.argv.slice(2);
// Issue 6: person-months = sum over the months of female + male; female share = female
// person-months / all person-months. Groups with no person-months are left out, as pk-report does.
const measures = {
  q1: ['ISOCode3 AS country', 'SUM(Female_Personnel + Male_Personnel) AS "person-months"', '"person-months" <> 0'],
  q2: ['Mission_Acronym AS mission', 'SUM(Female_Personnel + Male_Personnel) AS "person-months"', '"person-months" <> 0'],
  q3: ['Personnel_Type AS category',
       'SUM(Female_Personnel) / SUM(Female_Personnel + Male_Personnel) AS "female-share"',
       'SUM(Female_Personnel + Male_Personnel) <> 0'],
};
if (!measures[query]) {
  console.error('usage: node duckdb_query.mjs FILE q1|q2|q3');
  process.exit(2);
}
const [key, measure, keep] = measures[query];
const source = `read_csv('${file.replaceAll("'", "''")}', header = true, dateformat = '%d/%m/%Y',
  types = {'Female_Personnel': 'INTEGER', 'Male_Personnel': 'INTEGER', 'Last_Reporting_Date': 'DATE'})`;
const sql = `COPY (
  SELECT ${key}, year(Last_Reporting_Date) AS year, ${measure}
  FROM ${source}
  GROUP BY ALL HAVING ${keep} ORDER BY 1, 2
) TO '/dev/stdout' (HEADER, DELIMITER ',')`;

const instance = await DuckDBInstance.create(':memory:');
const connection = await instance.connect();
await connection.run(sql);
