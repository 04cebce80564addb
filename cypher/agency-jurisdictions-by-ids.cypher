// name: agency-jurisdictions-by-ids
// The jurisdiction each agency belongs to (OF).
UNWIND $ids AS id
MATCH (:Agency {id: id})-[:OF]->(j:Jurisdiction)
RETURN id, j {.*, labels: labels(j)} AS node
