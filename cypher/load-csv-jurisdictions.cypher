// name: load-csv-jurisdictions
// The LOAD CSV reference of bench:ingest-vs-load-csv: jurisdiction nodes, as write-report.cypher stores them.
// Arrays arrive joined by $sep (U+001F); an empty CSV field is null.
LOAD CSV WITH HEADERS FROM $url AS row
CALL (row) {
  CREATE (:Jurisdiction {id: row.id, key: row.key, code: row.code, name: row.name, fullName: row.fullName,
    level: row.level, validUntil: toInteger(row.validUntil), aliases: coalesce(split(row.aliases, $sep), []),
    aliasText: coalesce(replace(row.aliases, $sep, ' '), '')})
} IN TRANSACTIONS OF 10000 ROWS
