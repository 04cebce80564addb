// name: merge-reforms
// Upserts the report's reforms on their normalised key (name set once, aliases unioned).
UNWIND $rows AS row
MERGE (f:Reform {id: row.id})
  ON CREATE SET f.key = row.key, f.name = row.name, f.aliases = [], f.aliasText = ''
WITH f, [x IN row.aliases WHERE NOT x IN f.aliases] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET f.aliases = f.aliases + fresh
  SET f.aliasText = reduce(s = '', x IN f.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + x))
