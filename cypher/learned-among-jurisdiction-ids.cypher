// name: learned-among-jurisdiction-ids
// Explicit LEARNED_FROM relationships whose learner and teacher are both in the given set.
MATCH (l:Jurisdiction)-[f:LEARNED_FROM]->(t:Jurisdiction)
WHERE l.id IN $ids AND t.id IN $ids
RETURN l.id AS ownerId, type(f) AS type, l.id AS src, t.id AS dst, l.name AS srcName, t.name AS dstName,
  properties(f) AS props
