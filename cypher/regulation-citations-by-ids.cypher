// name: regulation-citations-by-ids
// Every report citing each regulation, with the citing quotes; oldest report first.
UNWIND $ids AS id
MATCH (g:Regulation {id: id})<-[f:CITES]-(rep:Report)
WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) }
RETURN id AS ownerId, type(f) AS type, rep.id AS src, g.id AS dst, rep.name AS srcName, g.name AS dstName,
  properties(f) AS props
ORDER BY rep.year, rep.name
