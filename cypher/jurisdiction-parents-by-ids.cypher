// name: jurisdiction-parents-by-ids
// The WITHIN parent of each jurisdiction.
UNWIND $ids AS id
MATCH (:Jurisdiction {id: id})-[:WITHIN]->(p:Jurisdiction)
RETURN id, p {.*, labels: labels(p)} AS node
