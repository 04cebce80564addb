// name: create-piloted
// Adds a report's PILOTED facts: one relationship per (jurisdiction, reform) carrying every quote behind it.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship. JS numbers arrive as
// floats: toInteger keeps years and offsets integers in the graph.
UNWIND $rows AS row
MATCH (a:Jurisdiction {id: row.from})
MATCH (b:Reform {id: row.to})
CREATE (a)-[:PILOTED {reportId: $reportId, year: toInteger(row.year), quotes: row.quotes, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
