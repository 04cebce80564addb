// name: regulations-page
// Regulations filtered by kind and by issuer (a jurisdiction id or an issuing agency id), most cited first.
MATCH (g:Regulation)
WHERE ($kind IS NULL OR g.kind = $kind)
  AND ($issuerIds IS NULL
    OR EXISTS { (g)-[:ISSUED_IN]->(j:Jurisdiction) WHERE j.id IN $issuerIds }
    OR EXISTS { (g)<-[:ISSUED]-(a:Agency) WHERE a.id IN $issuerIds })
WITH g, COUNT { (g)<-[:CITES]-() } AS cited
RETURN g {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(g)} AS node
ORDER BY cited DESC, g.name
SKIP $offset LIMIT $limit
