// name: load-csv-agencies
// The LOAD CSV reference of bench:ingest-vs-load-csv: agency nodes and OF, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (a:Agency {id: row.id, name: row.name, aliases: coalesce(split(row.aliases, $sep), []),
    aliasText: coalesce(replace(row.aliases, $sep, ' '), '')})
  WITH a, row
  MATCH (j:Jurisdiction {id: row.jurisdictionId})
  CREATE (a)-[:OF]->(j)
} IN TRANSACTIONS OF 10000 ROWS
