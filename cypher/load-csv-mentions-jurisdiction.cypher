// name: load-csv-mentions-jurisdiction
// The LOAD CSV reference of bench:ingest-vs-load-csv: MENTIONS of jurisdiction nodes, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (r:Report {id: row.reportId})
  MATCH (n:Jurisdiction {id: row.id})
  CREATE (r)-[:MENTIONS {count: toInteger(row.count)}]->(n)
} IN TRANSACTIONS OF 10000 ROWS
