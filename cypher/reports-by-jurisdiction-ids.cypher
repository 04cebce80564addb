// name: reports-by-jurisdiction-ids
// Reports ABOUT each jurisdiction, oldest first.
UNWIND $ids AS id
MATCH (:Jurisdiction {id: id})<-[:ABOUT]-(rep:Report)
WHERE rep.year IS NOT NULL
RETURN id, rep {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(rep)} AS node
ORDER BY rep.year, rep.publishedOn, rep.name
