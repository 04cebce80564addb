// name: load-csv-reforms
// The LOAD CSV reference of bench:ingest-vs-load-csv: reform nodes, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (:Reform {id: row.id, key: row.key, name: row.name, aliases: coalesce(split(row.aliases, $sep), []),
    aliasText: coalesce(replace(row.aliases, $sep, ' '), '')})
} IN TRANSACTIONS OF 10000 ROWS
