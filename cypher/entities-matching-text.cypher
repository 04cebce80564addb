// name: entities-matching-text
// Exact, prefix and substring matches on name/aliases (and the folded reform key), ranked 5…1
// (the name before an alias):
// short CJK inputs such as 双随机 or 绿化条例 hit long names that full-text bigrams rank poorly.
// One branch per entity label so passages (the bulk of the nodes) are never scanned.
CALL () {
  MATCH (n:Reform) WHERE $labels IS NULL OR 'Reform' IN $labels RETURN n
  UNION ALL
  MATCH (n:Jurisdiction) WHERE $labels IS NULL OR 'Jurisdiction' IN $labels RETURN n
  UNION ALL
  MATCH (n:Agency) WHERE $labels IS NULL OR 'Agency' IN $labels RETURN n
  UNION ALL
  MATCH (n:Regulation) WHERE $labels IS NULL OR 'Regulation' IN $labels RETURN n
  UNION ALL
  MATCH (n:Report) WHERE ($labels IS NULL OR 'Report' IN $labels)
    AND n.year IS NOT NULL AND EXISTS { (n)-[:ABOUT]->(:Jurisdiction) } RETURN n
}
WITH n,
  CASE
    WHEN n.name = $text OR (n:Reform AND n.key = $key) THEN 5
    WHEN $text IN coalesce(n.aliases, []) THEN 4
    WHEN n.name STARTS WITH $text OR ($key <> '' AND n:Reform AND n.key STARTS WITH $key) THEN 3
    WHEN any(a IN coalesce(n.aliases, []) WHERE a STARTS WITH $text) THEN 2
    WHEN n.name CONTAINS $text OR coalesce(n.aliasText, '') CONTAINS $text
      OR ($key <> '' AND n:Reform AND n.key CONTAINS $key) THEN 1
    ELSE 0
  END AS rank
WHERE rank > 0
RETURN n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(n)} AS node, rank
// Within a rank, a reform named by several jurisdictions comes before a local candidate.
ORDER BY rank DESC,
  CASE WHEN n:Reform AND COUNT { MATCH (n)<-[:MENTIONS]-(:Report)-[:ABOUT]->(j:Jurisdiction) RETURN DISTINCT j } < 2 THEN 1 ELSE 0 END,
  size(n.name), n.name
LIMIT $limit
