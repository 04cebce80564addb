// name: adoptions-within-jurisdiction-ids
// Adoptions of each jurisdiction and of every place WITHIN it, at any depth.
UNWIND $ids AS id
MATCH (root:Jurisdiction {id: id})<-[:WITHIN*0..]-(j:Jurisdiction)-[f:ADOPTED]->(r:Reform)
WHERE EXISTS { MATCH (rep:Report {id: f.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
RETURN id AS ownerId, type(f) AS type, j.id AS src, r.id AS dst, j.name AS srcName, r.name AS dstName,
  properties(f) AS props
