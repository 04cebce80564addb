// name: reforms-page
// Reforms: diffusing (named by ≥ 2 jurisdictions) first, then by done adoptions (most first), then name; paged.
MATCH (r:Reform)
// Reforms named by several jurisdictions (diffusing) before local ones, then by adoptions.
WITH r, COUNT { (r)<-[a:ADOPTED]-() WHERE a.stage IS NULL } AS adoptions,
  COUNT { MATCH (r)<-[:MENTIONS]-(:Report)-[:ABOUT]->(j:Jurisdiction) RETURN DISTINCT j } AS jurisdictions
RETURN r {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(r)} AS node
ORDER BY CASE WHEN jurisdictions >= 2 THEN 0 ELSE 1 END, adoptions DESC, jurisdictions DESC, r.name
SKIP $offset LIMIT $limit
