// name: edges-among
// Entity relationships between nodes of a slice (by element id), with their properties; at most
// $limit, facts and structure before MENTIONS (a slice full of reports has thousands of those).
UNWIND $eids AS eid
MATCH (a) WHERE elementId(a) = eid
// Types listed (not `type(r) <> 'HAS_PASSAGE'`): dense nodes store relationships by type, so a report's
// passages are never even read.
MATCH (a)-[r:ADOPTED|PILOTED|PROMOTED_TO|LEARNED_FROM|FIRST|CITES|ISSUED|COOPERATES_WITH|ABOUT|AUTHORED_BY|WITHIN|OF|ISSUED_IN|MENTIONS]->(b)
WHERE elementId(b) IN $eids AND a.id IS NOT NULL AND b.id IS NOT NULL
  // A fact of an unplaced report (an older loader's) is not shown: its evidence has no report.
  AND (r.reportId IS NULL OR EXISTS { MATCH (rep:Report {id: r.reportId}) WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } })
WITH r, a, b, CASE type(r) WHEN 'MENTIONS' THEN 1 ELSE 0 END AS rank
ORDER BY rank, type(r), a.id, b.id, r.reportId
LIMIT $limit
RETURN type(r) AS type, a.id AS src, b.id AS dst, properties(r) AS props
