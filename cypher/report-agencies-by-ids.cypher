// name: report-agencies-by-ids
// Agencies each report mentions, most mentioned first.
UNWIND $ids AS id
MATCH (:Report {id: id})-[m:MENTIONS]->(a:Agency)
RETURN id, a {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(a)} AS node
ORDER BY coalesce(m.count, 0) DESC, a.name
