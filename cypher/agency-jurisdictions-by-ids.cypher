// name: agency-jurisdictions-by-ids
// The jurisdiction each agency belongs to (OF).
UNWIND $ids AS id
MATCH (:Agency {id: id})-[:OF]->(j:Jurisdiction)
RETURN id, j {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(j)} AS node
