// name: spread-summary
// A reform's spread as counts that do not grow with its adopters: each adopting jurisdiction's first year (of the asked stages), grouped by level, year and province.
// $stages holds 'done' and/or 'planned'; a fact without a stage is done. Only placed reports count.
MATCH (:Reform {id: $id})<-[a:ADOPTED]-(j:Jurisdiction)
WHERE coalesce(a.stage, 'done') IN $stages AND a.year IS NOT NULL
  AND EXISTS { MATCH (rep:Report {id: a.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } }
WITH j, min(a.year) AS year
OPTIONAL MATCH (j)-[:WITHIN*0..4]->(p:Jurisdiction {level: 'province'})
WITH j, year, head(collect(p)) AS province
RETURN coalesce(j.level, 'unknown') AS level, year, province.id AS provinceId, province.name AS provinceName,
  count(j) AS adopters
ORDER BY year, level, provinceName
