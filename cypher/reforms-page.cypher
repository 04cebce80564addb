// name: reforms-page
// Reforms by number of adopters (most first), then name; paged.
MATCH (r:Reform)
WITH r, COUNT { (r)<-[:ADOPTED]-() } AS adoptions
RETURN r {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, labels: labels(r)} AS node
ORDER BY adoptions DESC, r.name
SKIP $offset LIMIT $limit
