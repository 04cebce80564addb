// name: create-first
// Adds a report's FIRST facts: jurisdiction → reform it claims to be first with, per scope (scopeId).
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship.
UNWIND $rows AS row
MATCH (a:Jurisdiction {id: row.from})
MATCH (b:Reform {id: row.to})
CREATE (a)-[:FIRST {reportId: $reportId, year: row.year, scopeId: row.extra, quotes: row.quotes, starts: row.starts, ends: row.ends, passages: row.passages}]->(b)
