// name: agency-reports-by-ids
// Reports each agency authored, oldest first.
UNWIND $ids AS id
MATCH (:Agency {id: id})<-[:AUTHORED_BY]-(rep:Report)
WHERE rep.year IS NOT NULL AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) }
RETURN id, rep {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(rep)} AS node
ORDER BY rep.year, rep.name
