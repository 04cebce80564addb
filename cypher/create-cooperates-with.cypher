// name: create-cooperates-with
// Adds a report's COOPERATES_WITH facts: agency → partner agency.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship. JS numbers arrive as
// floats: toInteger keeps years and offsets integers in the graph.
UNWIND $rows AS row
MATCH (a:Agency {id: row.from})
MATCH (b:Agency {id: row.to})
CREATE (a)-[:COOPERATES_WITH {reportId: $reportId, year: toInteger(row.year), quotes: row.quotes, starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
