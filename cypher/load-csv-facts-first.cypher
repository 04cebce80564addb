// name: load-csv-facts-first
// The LOAD CSV reference of bench:ingest-vs-load-csv: FIRST facts, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (a:Jurisdiction {id: row.from})
  MATCH (b:Reform {id: row.to})
  CREATE (a)-[:FIRST {reportId: row.reportId, year: toInteger(row.year), scopeId: row.extra, quotes: split(row.quotes, $sep),
    starts: [x IN split(row.starts, $sep) | toInteger(x)], ends: [x IN split(row.ends, $sep) | toInteger(x)],
    passages: [x IN split(row.passages, $sep) | toInteger(x)]}]->(b)
} IN TRANSACTIONS OF 10000 ROWS
