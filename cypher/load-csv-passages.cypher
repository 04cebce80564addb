// name: load-csv-passages
// The LOAD CSV reference of bench:ingest-vs-load-csv: passages of reports, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  MATCH (r:Report {id: row.reportId})
  CREATE (r)-[:HAS_PASSAGE]->(:Passage {id: row.id, index: toInteger(row.index), heading: row.heading,
    start: toInteger(row.start), end: toInteger(row.end)})
} IN TRANSACTIONS OF 10000 ROWS
