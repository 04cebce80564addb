// name: jurisdiction-parents-by-ids
// The WITHIN parent of each jurisdiction.
UNWIND $ids AS id
MATCH (:Jurisdiction {id: id})-[:WITHIN]->(p:Jurisdiction)
RETURN id, p {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(p)} AS node
