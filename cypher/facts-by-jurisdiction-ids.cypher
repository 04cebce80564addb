// name: facts-by-jurisdiction-ids
// What each jurisdiction itself reported doing: adoptions, pilots, firsts and whom it learned from.
UNWIND $ids AS id
MATCH (j:Jurisdiction {id: id})-[f:ADOPTED|PILOTED|FIRST|LEARNED_FROM]->(o)
WHERE type(f) IN $types
RETURN id AS ownerId, type(f) AS type, startNode(f).id AS src, endNode(f).id AS dst,
  startNode(f).name AS srcName, endNode(f).name AS dstName, properties(f) AS props
