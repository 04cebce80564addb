// name: library-count
// How many reports the library's filter matches (same conditions as library-page).
MATCH (rep:Report)-[:ABOUT]->(j:Jurisdiction)
WHERE rep.year IS NOT NULL
  AND ($year IS NULL OR rep.year = $year)
  AND ($genre IS NULL OR rep.genre = $genre)
  AND ($title IS NULL OR toLower(coalesce(rep.name, '')) CONTAINS toLower($title))
  AND ($jurisdictionId IS NULL
    OR EXISTS { (rep)-[:ABOUT]->(:Jurisdiction)-[:WITHIN*0..5]->(:Jurisdiction {id: $jurisdictionId}) })
RETURN count(DISTINCT rep) AS count
