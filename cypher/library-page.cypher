// name: library-page
// The library's reports: filtered by place (or anywhere within it), year, genre and title part; sorted by $sort; paged.
// Only placed reports (a year and an ABOUT place), as every Report answer; the unplaced are RefusedReport records.
// Sort keys are split into a number and a string so one statement serves every $sort.
MATCH (rep:Report)-[:ABOUT]->(j:Jurisdiction)
WHERE rep.year IS NOT NULL
  AND ($year IS NULL OR rep.year = $year)
  AND ($genre IS NULL OR rep.genre = $genre)
  AND ($title IS NULL OR toLower(coalesce(rep.name, '')) CONTAINS toLower($title))
  AND ($jurisdictionId IS NULL
    OR EXISTS { (rep)-[:ABOUT]->(:Jurisdiction)-[:WITHIN*0..5]->(:Jurisdiction {id: $jurisdictionId}) })
WITH rep, j
ORDER BY
  CASE $sort WHEN 'YEAR_DESC' THEN -coalesce(rep.year, 0) WHEN 'YEAR_ASC' THEN coalesce(rep.year, 99999) ELSE 0 END,
  CASE $sort WHEN 'TITLE' THEN rep.name WHEN 'JURISDICTION' THEN coalesce(j.name, '\uffff') ELSE '' END,
  rep.name, rep.id
SKIP $offset LIMIT $limit
RETURN rep {.id, .name, .key, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(rep)} AS node
