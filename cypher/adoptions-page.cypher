// name: adoptions-page
// One page of a reform's adoptions in (year, jurisdiction id, report id) order after the cursor, optionally within one area; $first + 1 rows tell whether more follow.
// The cursor is the last row's (year, jurisdiction id, report id); null starts at the beginning.
MATCH (r:Reform {id: $id})<-[f:ADOPTED]-(j:Jurisdiction)
WHERE coalesce(f.stage, 'done') IN $stages AND f.year IS NOT NULL
  AND ($within IS NULL OR EXISTS { (j)-[:WITHIN*0..4]->(:Jurisdiction {id: $within}) })
  AND ($afterYear IS NULL OR f.year > $afterYear
    OR (f.year = $afterYear AND (j.id > $afterPlace OR (j.id = $afterPlace AND f.reportId > $afterReport))))
  AND EXISTS { MATCH (rep:Report {id: f.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
WITH r, f, j ORDER BY f.year, j.id, f.reportId
LIMIT $first + 1
RETURN r.id AS ownerId, type(f) AS type, j.id AS src, r.id AS dst, j.name AS srcName, r.name AS dstName,
  r.level AS dstLevel, properties(f) AS props
