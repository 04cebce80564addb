// name: reform-jurisdiction-counts-by-ids
// For each reform, how many distinct jurisdictions' reports name it (≥ 2: diffusing; 1: local).
UNWIND $ids AS id
MATCH (f:Reform {id: id})
RETURN id, COUNT {
  // Any MENTIONS: a count of 0 is a reform the report names only inside a fact's evidence.
  MATCH (f)<-[:MENTIONS]-(:Report)-[:ABOUT]->(j:Jurisdiction)
  RETURN DISTINCT j
} AS jurisdictions
