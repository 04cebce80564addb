// name: facts-by-reform-ids
// Adoption, pilot, promotion and first relationships of each reform ($types picks which), with the
// names needed to order them.
UNWIND $ids AS id
MATCH (r:Reform {id: id})-[f:ADOPTED|PILOTED|PROMOTED_TO|FIRST]-(:Jurisdiction)
WHERE type(f) IN $types
RETURN id AS ownerId, type(f) AS type, startNode(f).id AS src, endNode(f).id AS dst,
  startNode(f).name AS srcName, endNode(f).name AS dstName, endNode(f).level AS dstLevel, properties(f) AS props
