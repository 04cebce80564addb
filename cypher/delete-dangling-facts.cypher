// name: delete-dangling-facts
// Deletes fact relationships whose report is not in the graph (an older store's leftovers) and returns their ends: the orphan candidates.
// Run by the start-up repair only when it found unplaced reports: it scans every fact relationship.
MATCH (a)-[f:ADOPTED|PILOTED|PROMOTED_TO|LEARNED_FROM|FIRST|CITES|ISSUED|COOPERATES_WITH]->(b)
WHERE f.reportId IS NULL OR NOT EXISTS { MATCH (:Report {id: f.reportId}) }
WITH f, [x IN [a.id, b.id] WHERE x IS NOT NULL] AS ends
DELETE f
WITH ends UNWIND ends AS id
RETURN collect(DISTINCT id) AS ids
