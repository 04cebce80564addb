// name: facts-by-jurisdiction-ids
// What each jurisdiction itself reported doing: adoptions, pilots, firsts and whom it learned from.
UNWIND $ids AS id
MATCH (j:Jurisdiction {id: id})-[f:ADOPTED|PILOTED|FIRST|LEARNED_FROM]->(o)
WHERE type(f) IN $types AND o.id IS NOT NULL
  // Facts of an unplaced report (an older loader's) are not answered: their evidence has no report.
  AND EXISTS { MATCH (rep:Report {id: f.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
RETURN id AS ownerId, type(f) AS type, startNode(f).id AS src, endNode(f).id AS dst,
  startNode(f).name AS srcName, endNode(f).name AS dstName, properties(f) AS props
