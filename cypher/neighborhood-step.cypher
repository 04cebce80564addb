// name: neighborhood-step
// One breadth-first step of a neighbourhood: entity neighbours of the frontier (passages and
// HAS_PASSAGE left out), optionally only of some labels, not yet seen; capped.
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[:ADOPTED|PILOTED|PROMOTED_TO|LEARNED_FROM|FIRST|CITES|ISSUED|COOPERATES_WITH|ABOUT|AUTHORED_BY|WITHIN|OF|ISSUED_IN|MENTIONS]-(m)
WHERE NOT elementId(m) IN $seen
  AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
WITH DISTINCT m
LIMIT $limit
RETURN elementId(m) AS eid, m {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(m)} AS node
