// name: load-csv-reports
// The LOAD CSV reference of bench:ingest-vs-load-csv: report nodes with ABOUT and AUTHORED_BY, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (r:Report {id: row.id, key: row.key, contentHash: row.contentHash, name: row.name, title: row.title,
    file: row.file, source: row.source, year: toInteger(row.year), publishedOn: row.publishedOn,
    docNumber: row.docNumber, text: row.text, aliasText: ''})
  WITH r, row
  CALL (r, row) {
    MATCH (j:Jurisdiction {id: row.jurisdictionId})
    CREATE (r)-[:ABOUT]->(j)
  }
  CALL (r, row) {
    MATCH (a:Agency {id: row.authorId})
    CREATE (r)-[:AUTHORED_BY]->(a)
  }
} IN TRANSACTIONS OF 2000 ROWS
