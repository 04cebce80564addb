// name: save-correction
// Keeps an analyst's metadata correction by content hash (one per text; a later correction replaces its fields).
MERGE (c:Correction {contentHash: $contentHash})
SET c.title = $title, c.jurisdiction = $jurisdiction, c.year = CASE WHEN $year IS NULL THEN null ELSE toInteger($year) END,
  c.genre = $genre, c.correctedAt = toString(datetime())
RETURN c {.contentHash, .title, .jurisdiction, .year, .genre, .correctedAt} AS correction
