// name: create-learned-from
// Adds a report's LEARNED_FROM facts: learner → teacher jurisdiction.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship.
UNWIND $rows AS row
MATCH (a:Jurisdiction {id: row.from})
MATCH (b:Jurisdiction {id: row.to})
CREATE (a)-[:LEARNED_FROM {reportId: $reportId, year: row.year, quotes: row.quotes, starts: row.starts, ends: row.ends, passages: row.passages}]->(b)
