// name: entities-fulltext
// CJK full-text (bigram) search over names and aliases; $q is already Lucene-escaped by the caller.
CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $limit})
YIELD node AS n, score
WHERE ($labels IS NULL OR any(l IN labels(n) WHERE l IN $labels))
  AND (NOT n:Report OR (n.year IS NOT NULL AND EXISTS { (n)-[:ABOUT]->(:Jurisdiction) }))
RETURN n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(n)} AS node, score
ORDER BY score DESC
