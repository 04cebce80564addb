// name: edges-among
// Every entity relationship between nodes of a slice (by element id), with its properties.
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
MATCH (a)-[r]->(b)
WHERE type(r) <> 'HAS_PASSAGE' AND elementId(b) IN $eids
RETURN type(r) AS type, a.id AS src, b.id AS dst, properties(r) AS props
ORDER BY type, src, dst, props.reportId
