// name: neighborhood-step
// One breadth-first step of a neighbourhood: entity neighbours of the frontier (passages and
// HAS_PASSAGE left out), optionally only of some labels, not yet seen; capped.
UNWIND $frontier AS eid
MATCH (n) WHERE elementId(n) = eid
MATCH (n)-[r]-(m)
WHERE type(r) <> 'HAS_PASSAGE' AND NOT m:Passage AND NOT elementId(m) IN $seen
  AND ($labels IS NULL OR any(l IN labels(m) WHERE l IN $labels))
WITH DISTINCT m
LIMIT $limit
RETURN elementId(m) AS eid, m {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, labels: labels(m)} AS node
