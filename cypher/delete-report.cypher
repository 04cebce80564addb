// name: delete-report
// Deletes one report with everything it owns (passages, MENTIONS, fact relationships) and returns the ids it touched: the orphan candidates.
// Fact relationships are found from the entities the report MENTIONS (it mentions every fact endpoint),
// so no relationship-property index is needed and the walk stays local to the report. Only fact
// relationships carry reportId (NOT f:MENTIONS is for stores written when MENTIONS carried it too).
MATCH (r:Report {id: $id})
OPTIONAL MATCH (r)-[:MENTIONS]->(n)
WITH r, collect(n) AS touched
CALL (r, touched) {
  UNWIND touched AS n
  MATCH (n)-[f]-()
  WHERE f.reportId = r.id AND NOT f:MENTIONS
  WITH DISTINCT f
  DELETE f
}
CALL (r) {
  MATCH (r)-[:HAS_PASSAGE]->(p:Passage)
  DETACH DELETE p
}
WITH r, [n IN touched | n.id] AS ids
DETACH DELETE r
RETURN ids
