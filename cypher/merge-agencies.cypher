// name: merge-agencies
// Upserts the report's agencies (name set once, aliases unioned) and links each to its jurisdiction with OF.
UNWIND $rows AS row
MERGE (a:Agency {id: row.id})
  ON CREATE SET a.name = row.name, a.aliases = [], a.aliasText = ''
WITH a, row, [x IN row.aliases WHERE NOT x IN a.aliases] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET a.aliases = a.aliases + fresh
  SET a.aliasText = reduce(s = '', x IN a.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + x))
WITH a, row
WHERE row.jurisdictionId IS NOT NULL
MATCH (j:Jurisdiction {id: row.jurisdictionId})
MERGE (a)-[:OF]->(j)
