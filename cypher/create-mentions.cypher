// name: create-mentions
// Links a new report to every entity it touches with MENTIONS {reportId, count}; count 0 = reached only through a fact or an agency's place.
// Deleting a report walks these links to find its fact relationships and the orphan candidates.
MATCH (r:Report {id: $reportId})
CALL (r) {
  UNWIND $jurisdictions AS m
  MATCH (n:Jurisdiction {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
CALL (r) {
  UNWIND $agencies AS m
  MATCH (n:Agency {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
CALL (r) {
  UNWIND $regulations AS m
  MATCH (n:Regulation {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
CALL (r) {
  UNWIND $reforms AS m
  MATCH (n:Reform {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
RETURN count(*) AS done
