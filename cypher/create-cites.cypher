// name: create-cites
// Adds a report's CITES facts: the report → each regulation it cites.
// CREATE, not MERGE: the report is created in the same transaction, so none of its facts exist yet,
// and graph-rows.ts already grouped the evidence to one row per relationship.
UNWIND $rows AS row
MATCH (a:Report {id: row.from})
MATCH (b:Regulation {id: row.to})
CREATE (a)-[:CITES {reportId: $reportId, year: row.year, quotes: row.quotes, starts: row.starts, ends: row.ends, passages: row.passages}]->(b)
