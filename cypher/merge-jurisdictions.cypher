// name: merge-jurisdictions
// Upserts the jurisdictions a report touches (gazetteer data, set once) and their WITHIN parents; rows come ancestors-first.
// Shared places (浙江省, the nation) are only written when something is new, so concurrent report
// transactions do not queue on their locks.
UNWIND $rows AS row
MERGE (j:Jurisdiction {id: row.id})
  ON CREATE SET j.key = row.key, j.code = row.code, j.name = row.name, j.fullName = row.fullName,
    j.level = row.level, j.validUntil = toInteger(row.validUntil), j.aliases = [], j.aliasText = ''
WITH j, row, [a IN row.aliases WHERE NOT a IN j.aliases] AS fresh
FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
  SET j.aliases = j.aliases + fresh
  SET j.aliasText = reduce(s = '', a IN j.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + a))
WITH j, row
WHERE row.parentId IS NOT NULL
MATCH (p:Jurisdiction {id: row.parentId})
MERGE (j)-[:WITHIN]->(p)
