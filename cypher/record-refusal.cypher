// name: record-refusal
// Records a report refused for missing metadata (one node per text, replaced on a new refusal), unless the same text is already loaded.
// A text already in the graph as a report is not refused again: it was placed before (e.g. with a
// manifest) and stays; the caller reports it unchanged.
OPTIONAL MATCH (rep:Report {contentHash: $refusal.contentHash})
WITH rep ORDER BY rep.id LIMIT 1
OPTIONAL CALL (rep) {
  WITH rep
  WHERE rep IS NULL
  MERGE (x:RefusedReport {contentHash: $refusal.contentHash})
  SET x += $refusal, x.at = toString(datetime())
  RETURN x.id AS refusedId
}
RETURN rep.id AS existingId, refusedId
