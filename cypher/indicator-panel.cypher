// name: indicator-panel
// One indicator's stated values across jurisdictions and years: the listed ones ($ids), or every jurisdiction that states it ($ids null), capped.
MATCH (:Report)-[s:STATES]->(j:Jurisdiction)
WHERE s.name = $name AND ($ids IS NULL OR j.id IN $ids)
  AND ($from IS NULL OR s.year >= $from) AND ($to IS NULL OR s.year <= $to)
WITH j, s
ORDER BY j.id, s.year, s.reportId, s.start
LIMIT $limit
RETURN j.id AS jurisdictionId, j.name AS jurisdictionName, j.code AS code, properties(s) AS props
