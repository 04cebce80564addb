// name: create-adopted
// Adds a report's ADOPTED facts: one relationship per (jurisdiction, reform, agency) carrying every quote behind it.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship. JS numbers arrive as
// floats: toInteger keeps years and offsets integers in the graph.
UNWIND $rows AS row
MATCH (a:Jurisdiction {id: row.from})
MATCH (b:Reform {id: row.to})
CREATE (a)-[:ADOPTED {reportId: $reportId, year: toInteger(row.year), agencyId: row.extra, quotes: row.quotes, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
