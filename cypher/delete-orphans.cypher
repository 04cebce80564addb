// name: delete-orphans
// Among candidate ids (entities a deleted or replaced report touched), deletes those no report supports any more.
// Supported = linked from a Report (MENTIONS, ABOUT, AUTHORED_BY, CITES) or an end of a fact
// relationship (fact relationships are the ones carrying reportId; MENTIONS and passages do not). A jurisdiction also stays while anything supported lies
// WITHIN it or an agency/regulation still points at it, so ancestor chains never break.
// Reforms, regulations and agencies go first: an agency deleted here no longer holds its OF place.
CALL () {
  UNWIND $ids AS id
  MATCH (n:Reform {id: id})
  WHERE NOT EXISTS { (:Report)-->(n) } AND NOT EXISTS { (n)-[f]-() WHERE f.reportId IS NOT NULL }
  DETACH DELETE n
  RETURN count(n) AS reforms
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:Regulation {id: id})
  WHERE NOT EXISTS { (:Report)-->(n) } AND NOT EXISTS { (n)-[f]-() WHERE f.reportId IS NOT NULL }
  DETACH DELETE n
  RETURN count(n) AS regulations
}
CALL () {
  UNWIND $ids AS id
  MATCH (n:Agency {id: id})
  WHERE NOT EXISTS { (:Report)-->(n) } AND NOT EXISTS { (n)-[f]-() WHERE f.reportId IS NOT NULL }
  DETACH DELETE n
  RETURN count(n) AS agencies
}
CALL () {
  UNWIND $ids AS id
  MATCH (:Jurisdiction {id: id})-[:WITHIN*0..]->(j:Jurisdiction)
  WITH DISTINCT j
  WHERE NOT EXISTS {
    MATCH (d:Jurisdiction)-[:WITHIN*0..]->(j)
    WHERE EXISTS { (:Report)-->(d) }
      OR EXISTS { (d)-[f]-() WHERE f.reportId IS NOT NULL }
      OR EXISTS { (:Agency|Regulation)-->(d) }
  }
  DETACH DELETE j
  RETURN count(j) AS places
}
RETURN reforms + regulations + agencies + places AS deleted
