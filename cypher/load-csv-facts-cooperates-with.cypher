// name: load-csv-facts-cooperates-with
// The LOAD CSV reference of bench:ingest-vs-load-csv: COOPERATES_WITH facts, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Agency {id: row.from})
  MATCH (b:Agency {id: row.to})
  CREATE (a)-[:COOPERATES_WITH {reportId: row.reportId, year: toInteger(row.year), quotes: split(row.quotes, $sep),
    starts: [x IN split(row.starts, $sep) | toInteger(x)], ends: [x IN split(row.ends, $sep) | toInteger(x)],
    passages: [x IN split(row.passages, $sep) | toInteger(x)]}]->(b)
} IN TRANSACTIONS OF 10000 ROWS
