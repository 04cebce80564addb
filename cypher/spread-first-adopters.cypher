// name: spread-first-adopters
// The earliest adopters of a reform (first year of the asked stages per jurisdiction), earliest first, capped by $limit.
MATCH (:Reform {id: $id})<-[a:ADOPTED]-(j:Jurisdiction)
WHERE coalesce(a.stage, 'done') IN $stages AND a.year IS NOT NULL
  AND EXISTS { MATCH (rep:Report {id: a.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
WITH j, min(a.year) AS year
ORDER BY year, j.name
LIMIT $limit
RETURN j.id AS jurisdictionId, year
