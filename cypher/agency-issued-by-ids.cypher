// name: agency-issued-by-ids
// Regulations each agency issued.
UNWIND $ids AS id
MATCH (:Agency {id: id})-[:ISSUED]->(g:Regulation)
RETURN DISTINCT id, g {.*, labels: labels(g)} AS node
ORDER BY node.name
