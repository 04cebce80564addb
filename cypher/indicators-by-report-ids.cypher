// name: indicators-by-report-ids
// The indicator values each report states (STATES), in text order.
UNWIND $ids AS id
MATCH (:Report {id: id})-[s:STATES]->(j:Jurisdiction)
RETURN id, j.id AS jurisdictionId, properties(s) AS props
ORDER BY s.start
