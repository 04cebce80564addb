// name: agency-reports-by-ids
// Reports each agency authored, oldest first.
UNWIND $ids AS id
MATCH (:Agency {id: id})<-[:AUTHORED_BY]-(rep:Report)
RETURN id, rep {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, labels: labels(rep)} AS node
ORDER BY rep.year, rep.name
