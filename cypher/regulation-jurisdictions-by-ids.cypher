// name: regulation-jurisdictions-by-ids
// The issuing area of each regulation (ISSUED_IN).
UNWIND $ids AS id
MATCH (:Regulation {id: id})-[:ISSUED_IN]->(j:Jurisdiction)
RETURN id, j {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(j)} AS node
