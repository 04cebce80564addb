// name: unplaced-reports
// Reports stored without a year or an ABOUT jurisdiction (written by a loader before refusals existed): the start-up repair's work list.
MATCH (r:Report)
WHERE r.year IS NULL OR NOT EXISTS { (r)-[:ABOUT]->(:Jurisdiction) }
RETURN r.id AS id, r.file AS file, r.source AS source, r.text AS text, r.contentHash AS contentHash
ORDER BY r.id
