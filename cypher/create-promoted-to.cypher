// name: create-promoted-to
// Adds a report's PROMOTED_TO facts: reform → the wider scope it was promoted to, per originating jurisdiction (fromId).
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship.
UNWIND $rows AS row
MATCH (a:Reform {id: row.from})
MATCH (b:Jurisdiction {id: row.to})
CREATE (a)-[:PROMOTED_TO {reportId: $reportId, year: row.year, fromId: row.extra, quotes: row.quotes, starts: row.starts, ends: row.ends, passages: row.passages}]->(b)
