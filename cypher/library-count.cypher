// name: library-count
// How many reports the library's filter matches (same conditions as library-page).
MATCH (rep:Report)
WHERE ($year IS NULL OR rep.year = $year)
  AND ($genre IS NULL OR rep.genre = $genre)
  AND ($title IS NULL OR toLower(coalesce(rep.name, '')) CONTAINS toLower($title))
  AND ($jurisdictionId IS NULL
    OR EXISTS { (rep)-[:ABOUT]->(:Jurisdiction)-[:WITHIN*0..5]->(:Jurisdiction {id: $jurisdictionId}) })
OPTIONAL MATCH (rep)-[:ABOUT]->(j:Jurisdiction)
WITH rep, rep.year IS NOT NULL AND rep.year > 0 AND j IS NOT NULL AS placed
WHERE $status IS NULL OR ($status = 'LOADED') = placed
RETURN count(rep) AS count
