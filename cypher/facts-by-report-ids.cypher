// name: facts-by-report-ids
// The reform facts each report supports (reached through the reforms it mentions).
UNWIND $ids AS id
MATCH (:Report {id: id})-[:MENTIONS]->(r:Reform)-[f:ADOPTED|PILOTED|PROMOTED_TO|FIRST]-(:Jurisdiction)
WHERE f.reportId = id AND type(f) IN $types
RETURN id AS ownerId, type(f) AS type, startNode(f).id AS src, endNode(f).id AS dst,
  startNode(f).name AS srcName, endNode(f).name AS dstName, properties(f) AS props
