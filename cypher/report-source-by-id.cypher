// name: report-source-by-id
// What re-extracting a report needs: its stored text, the file it was read from and its source identity.
MATCH (rep:Report {id: $id})
RETURN rep.id AS id, rep.text AS text, rep.file AS file, rep.source AS source, rep.contentHash AS contentHash
