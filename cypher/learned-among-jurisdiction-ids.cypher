// name: learned-among-jurisdiction-ids
// Explicit LEARNED_FROM relationships whose learner and teacher are both in the given set.
MATCH (l:Jurisdiction)-[f:LEARNED_FROM]->(t:Jurisdiction)
WHERE l.id IN $ids AND t.id IN $ids
  AND EXISTS { MATCH (rep:Report {id: f.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
RETURN l.id AS ownerId, type(f) AS type, l.id AS src, t.id AS dst, l.name AS srcName, t.name AS dstName,
  properties(f) AS props
