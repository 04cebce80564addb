// name: indicators-by-report-ids
// The indicator values each report states (STATES), in text order (by quote start, then end: two quotes may share a clause).
UNWIND $ids AS id
MATCH (:Report {id: id})-[s:STATES]->(j:Jurisdiction)
RETURN id, j.id AS jurisdictionId, properties(s) AS props
ORDER BY s.start, s.end
