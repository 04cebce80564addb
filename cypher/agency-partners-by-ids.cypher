// name: agency-partners-by-ids
// Agencies each agency reported cooperating with (either direction).
UNWIND $ids AS id
MATCH (:Agency {id: id})-[:COOPERATES_WITH]-(p:Agency)
RETURN DISTINCT id, p {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(p)} AS node
ORDER BY node.name
