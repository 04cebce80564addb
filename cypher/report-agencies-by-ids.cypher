// name: report-agencies-by-ids
// Agencies each report mentions, most mentioned first.
UNWIND $ids AS id
MATCH (:Report {id: id})-[m:MENTIONS]->(a:Agency)
RETURN id, a {.*, labels: labels(a)} AS node
ORDER BY coalesce(m.count, 0) DESC, a.name
