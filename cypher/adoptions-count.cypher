// name: adoptions-count
// How many adoption facts of a reform (of the asked stages, optionally within one area) there are, for a page's totalCount.
MATCH (:Reform {id: $id})<-[f:ADOPTED]-(j:Jurisdiction)
WHERE coalesce(f.stage, 'done') IN $stages AND f.year IS NOT NULL
  AND ($within IS NULL OR EXISTS { (j)-[:WITHIN*0..4]->(:Jurisdiction {id: $within}) })
  AND EXISTS { MATCH (rep:Report {id: f.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
RETURN count(f) AS total
