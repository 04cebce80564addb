// name: reform-jurisdiction-counts-by-ids
// For each reform, how many distinct jurisdictions name it — in a report about them or in a fact of theirs (≥ 2: diffusing; 1: local).
UNWIND $ids AS id
MATCH (f:Reform {id: id})
OPTIONAL CALL (f) {
  // Any MENTIONS: a count of 0 is a reform the report names only inside a fact's evidence.
  MATCH (f)<-[:MENTIONS]-(:Report)-[:ABOUT]->(j:Jurisdiction)
  RETURN j
  UNION
  MATCH (f)<-[:ADOPTED|PILOTED]-(j:Jurisdiction)
  RETURN j
}
RETURN id, count(DISTINCT j) AS jurisdictions
