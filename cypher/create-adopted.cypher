// name: create-adopted
// Adds a report's ADOPTED facts: one relationship per (jurisdiction, reform, agency) carrying every quote behind it.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship.
UNWIND $rows AS row
MATCH (a:Jurisdiction {id: row.from})
MATCH (b:Reform {id: row.to})
CREATE (a)-[:ADOPTED {reportId: $reportId, year: row.year, agencyId: row.extra, quotes: row.quotes, starts: row.starts, ends: row.ends, passages: row.passages}]->(b)
