// name: reports-page
// Reports, optionally about one jurisdiction and/or one year; newest first, paged.
MATCH (rep:Report)
WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) }
  AND ($year IS NULL OR rep.year = $year)
  AND ($jurisdictionId IS NULL OR EXISTS { (rep)-[:ABOUT]->(:Jurisdiction {id: $jurisdictionId}) })
RETURN rep {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(rep)} AS node
ORDER BY rep.year DESC, rep.name
SKIP $offset LIMIT $limit
