// name: create-promoted-to
// Adds a report's PROMOTED_TO facts: reform → the wider scope it was promoted to, per originating jurisdiction (fromId).
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship. JS numbers arrive as
// floats: toInteger keeps years and offsets integers in the graph.
UNWIND $rows AS row
MATCH (a:Reform {id: row.from})
MATCH (b:Jurisdiction {id: row.to})
CREATE (a)-[:PROMOTED_TO {reportId: $reportId, year: toInteger(row.year), fromId: row.extra, quotes: row.quotes, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
