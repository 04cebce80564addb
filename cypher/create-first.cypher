// name: create-first
// Adds a report's FIRST facts: jurisdiction → reform it claims to be first with, per scope (scopeId).
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship. JS numbers arrive as
// floats: toInteger keeps years and offsets integers in the graph.
UNWIND $rows AS row
MATCH (a:Jurisdiction {id: row.from})
MATCH (b:Reform {id: row.to})
CREATE (a)-[:FIRST {reportId: $reportId, year: toInteger(row.year), scopeId: row.extra, quotes: row.quotes, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
