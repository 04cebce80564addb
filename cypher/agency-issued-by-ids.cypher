// name: agency-issued-by-ids
// Regulations each agency issued.
UNWIND $ids AS id
MATCH (:Agency {id: id})-[:ISSUED]->(g:Regulation)
RETURN DISTINCT id, g {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(g)} AS node
ORDER BY node.name
