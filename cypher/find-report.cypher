// name: find-report
// Finds the report already holding this text (by id + hash) and any report loaded from the same source: decides skip, replace or create.
OPTIONAL MATCH (same:Report {id: $id})
WHERE same.contentHash = $contentHash
OPTIONAL MATCH (old:Report {source: $source})
WHERE old.contentHash <> $contentHash
RETURN same.id AS sameId, collect(DISTINCT old.id) AS oldIds
