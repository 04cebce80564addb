// name: load-csv-within
// The LOAD CSV reference of bench:ingest-vs-load-csv: WITHIN between jurisdictions, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (j:Jurisdiction {id: row.id})
  MATCH (p:Jurisdiction {id: row.parentId})
  CREATE (j)-[:WITHIN]->(p)
} IN TRANSACTIONS OF 10000 ROWS
