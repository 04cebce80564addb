// name: load-csv-mentions-agency
// The LOAD CSV reference of bench:ingest-vs-load-csv: MENTIONS of agency nodes, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (r:Report {id: row.reportId})
  MATCH (n:Agency {id: row.id})
  CREATE (r)-[:MENTIONS {count: toInteger(row.count)}]->(n)
} IN TRANSACTIONS OF 10000 ROWS
