// name: report-fact-counts-by-ids
// Per report: distinct entities it mentions by label, and the fact relationships it supports by type.
// Fact relationships are reached from the entities the report mentions (as delete-report does).
UNWIND $ids AS id
MATCH (rep:Report {id: id})
CALL (rep) {
  MATCH (rep)-[:MENTIONS]->(n)
  WITH [l IN labels(n) WHERE l IN ['Jurisdiction', 'Agency', 'Regulation', 'Reform']][0] AS kind
  WHERE kind IS NOT NULL
  RETURN toUpper(kind) AS kind, count(*) AS count
  UNION ALL
  MATCH (rep)-[:MENTIONS]->()-[f]-()
  WHERE f.reportId = rep.id AND NOT f:MENTIONS
  WITH DISTINCT f
  RETURN type(f) AS kind, count(f) AS count
}
RETURN id, kind, count
