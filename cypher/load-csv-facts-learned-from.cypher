// name: load-csv-facts-learned-from
// The LOAD CSV reference of bench:ingest-vs-load-csv: LEARNED_FROM facts, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Jurisdiction {id: row.from})
  MATCH (b:Jurisdiction {id: row.to})
  CREATE (a)-[:LEARNED_FROM {reportId: row.reportId, year: toInteger(row.year), quotes: split(row.quotes, $sep),
    starts: [x IN split(row.starts, $sep) | toInteger(x)], ends: [x IN split(row.ends, $sep) | toInteger(x)],
    passages: [x IN split(row.passages, $sep) | toInteger(x)]}]->(b)
} IN TRANSACTIONS OF 10000 ROWS
