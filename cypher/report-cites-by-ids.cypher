// name: report-cites-by-ids
// Regulations each report cites, by title.
UNWIND $ids AS id
MATCH (:Report {id: id})-[:CITES]->(g:Regulation)
RETURN DISTINCT id, g {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(g)} AS node
ORDER BY node.name
