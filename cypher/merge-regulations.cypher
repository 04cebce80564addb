// name: merge-regulations
// Upserts the report's regulations (a later report may fill in kind or effective date) and links each to its issuing area with ISSUED_IN.
UNWIND $rows AS row
MERGE (g:Regulation {id: row.id})
  ON CREATE SET g.name = row.name, g.kind = row.kind, g.effectiveOn = row.effectiveOn, g.aliases = [], g.aliasText = ''
WITH g, row, [x IN row.aliases WHERE NOT x IN g.aliases] AS fresh
FOREACH (_ IN CASE WHEN g.effectiveOn IS NULL AND row.effectiveOn IS NOT NULL THEN [1] ELSE [] END |
  SET g.effectiveOn = row.effectiveOn)
FOREACH (_ IN CASE WHEN g.kind = 'other' AND row.kind <> 'other' THEN [1] ELSE [] END |
  SET g.kind = row.kind)
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET g.aliases = g.aliases + fresh
  SET g.aliasText = reduce(s = '', x IN g.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + x))
WITH g, row
WHERE row.jurisdictionId IS NOT NULL
MATCH (j:Jurisdiction {id: row.jurisdictionId})
MERGE (g)-[:ISSUED_IN]->(j)
