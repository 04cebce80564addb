// name: refused-source-by-id
// What re-extracting a refused report needs (a (:RefusedReport) the placement work records): its text, file and source.
MATCH (x:RefusedReport {id: $id})
RETURN x.id AS id, x.text AS text, x.file AS file, x.source AS source, x.contentHash AS contentHash
