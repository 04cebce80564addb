// name: jurisdiction-children-by-ids
// The places directly WITHIN each jurisdiction, by code then name.
UNWIND $ids AS id
MATCH (:Jurisdiction {id: id})<-[:WITHIN]-(c:Jurisdiction)
RETURN id, c {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(c)} AS node
ORDER BY c.code, c.name
