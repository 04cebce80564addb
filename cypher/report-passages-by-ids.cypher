// name: report-passages-by-ids
// Each report's passages in order, with their text cut from the report (offsets are UTF-16, as Java's).
UNWIND $ids AS id
MATCH (rep:Report {id: id})-[:HAS_PASSAGE]->(p:Passage)
RETURN id, p.index AS index, p.heading AS heading, p.start AS start, p.end AS end,
  // Offsets that do not fit the text (a damaged store) give no text rather than a failed query.
  CASE WHEN p.start >= 0 AND p.end >= p.start THEN substring(rep.text, p.start, p.end - p.start) END AS text
ORDER BY p.index
