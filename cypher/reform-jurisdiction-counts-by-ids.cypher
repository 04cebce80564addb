// name: reform-jurisdiction-counts-by-ids
// For each reform, how many distinct jurisdictions' reports name it (≥ 2: diffusing; 1: local).
UNWIND $ids AS id
MATCH (f:Reform {id: id})
RETURN id, COUNT {
  MATCH (f)<-[m:MENTIONS]-(:Report)-[:ABOUT]->(j:Jurisdiction)
  WHERE coalesce(m.count, 0) > 0
  RETURN DISTINCT j
} AS jurisdictions
