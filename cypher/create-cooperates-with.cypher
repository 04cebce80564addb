// name: create-cooperates-with
// Adds a report's COOPERATES_WITH facts: agency → partner agency.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship.
UNWIND $rows AS row
MATCH (a:Agency {id: row.from})
MATCH (b:Agency {id: row.to})
CREATE (a)-[:COOPERATES_WITH {reportId: $reportId, year: row.year, quotes: row.quotes, starts: row.starts, ends: row.ends, passages: row.passages}]->(b)
