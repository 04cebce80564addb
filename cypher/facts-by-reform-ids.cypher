// name: facts-by-reform-ids
// Adoption, pilot, promotion and first relationships of each reform ($types picks which), with the
// names needed to order them.
UNWIND $ids AS id
MATCH (r:Reform {id: id})-[f:ADOPTED|PILOTED|PROMOTED_TO|FIRST]-(:Jurisdiction)
WHERE type(f) IN $types
  // Facts of an unplaced report (an older loader's) are not answered: their evidence has no report.
  AND EXISTS { MATCH (rep:Report {id: f.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
RETURN id AS ownerId, type(f) AS type, startNode(f).id AS src, endNode(f).id AS dst,
  startNode(f).name AS srcName, endNode(f).name AS dstName, endNode(f).level AS dstLevel, properties(f) AS props
