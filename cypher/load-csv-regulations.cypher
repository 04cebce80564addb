// name: load-csv-regulations
// The LOAD CSV reference of bench:ingest-vs-load-csv: regulation nodes and ISSUED_IN, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (g:Regulation {id: row.id, name: row.name, kind: row.kind, effectiveOn: row.effectiveOn,
    aliases: coalesce(split(row.aliases, $sep), []), aliasText: coalesce(replace(row.aliases, $sep, ' '), '')})
  WITH g, row
  MATCH (j:Jurisdiction {id: row.jurisdictionId})
  CREATE (g)-[:ISSUED_IN]->(j)
} IN TRANSACTIONS OF 10000 ROWS
