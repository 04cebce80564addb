// name: write-report
// Writes one new report in a single statement: shared entities (MERGE), then the report, its passages, links, mentions and facts (CREATE).
// One statement instead of one per batch: a report is ~15 batches and the round trips, not the work,
// dominated the load time. Order matters: entities before the report that links to them;
// jurisdiction rows come ancestors-first so WITHIN finds its parent. Report-owned relationships are
// CREATEd, not MERGEd: the report is new in this transaction (find-report checked; the id constraint
// fails a racing duplicate) and graph-rows.ts grouped evidence to one row per relationship.
// Shared entities are first looked up without locking and only MERGEd (which locks) when new or
// changed: after the first few hundred reports almost every place and reform exists, and skipping
// them cuts the statement's cost and keeps concurrent report transactions off each other's locks.
// JS numbers arrive as floats: toInteger keeps years and offsets integers in the graph.
CALL () {
  UNWIND $data.jurisdictions AS row
  OPTIONAL MATCH (old:Jurisdiction {id: row.id})
  WITH row, old
  WHERE old IS NULL OR any(a IN row.aliases WHERE NOT a IN old.aliases)
    OR (row.parentId IS NOT NULL AND NOT EXISTS { (old)-[:WITHIN]->(:Jurisdiction {id: row.parentId}) })
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
}
CALL () {
  UNWIND $data.agencies AS row
  OPTIONAL MATCH (old:Agency {id: row.id})
  WITH row, old
  WHERE old IS NULL OR any(x IN row.aliases WHERE NOT x IN old.aliases)
    OR (row.jurisdictionId IS NOT NULL AND NOT EXISTS { (old)-[:OF]->(:Jurisdiction {id: row.jurisdictionId}) })
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
}
CALL () {
  // A later report may fill in a regulation's kind or effective date.
  UNWIND $data.regulations AS row
  OPTIONAL MATCH (old:Regulation {id: row.id})
  WITH row, old
  WHERE old IS NULL OR any(x IN row.aliases WHERE NOT x IN old.aliases)
    OR (old.effectiveOn IS NULL AND row.effectiveOn IS NOT NULL) OR (old.kind = 'other' AND row.kind <> 'other')
    OR (row.jurisdictionId IS NOT NULL AND NOT EXISTS { (old)-[:ISSUED_IN]->(:Jurisdiction {id: row.jurisdictionId}) })
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
}
CALL () {
  UNWIND $data.reforms AS row
  OPTIONAL MATCH (old:Reform {id: row.id})
  WITH row, old
  WHERE old IS NULL OR any(x IN row.aliases WHERE NOT x IN old.aliases)
  MERGE (f:Reform {id: row.id})
    ON CREATE SET f.key = row.key, f.name = row.name, f.aliases = [], f.aliasText = ''
  WITH f, [x IN row.aliases WHERE NOT x IN f.aliases] AS fresh
  FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
    SET f.aliases = f.aliases + fresh
    SET f.aliasText = reduce(s = '', x IN f.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + x))
}
CREATE (r:Report {id: $data.report.id})
SET r.key = $data.report.key, r.contentHash = $data.report.contentHash, r.name = $data.report.name, r.title = $data.report.title,
  r.file = $data.report.file, r.source = $data.report.source, r.year = toInteger($data.report.year), r.publishedOn = $data.report.publishedOn,
  r.docNumber = $data.report.docNumber, r.text = $data.report.text, r.aliasText = ''
WITH r
CALL (r) {
  UNWIND $data.passages AS p
  CREATE (r)-[:HAS_PASSAGE]->(:Passage {id: p.id, reportId: r.id, index: toInteger(p.index), heading: p.heading,
    start: toInteger(p.start), end: toInteger(p.end)})
}
CALL (r) {
  MATCH (j:Jurisdiction {id: $data.report.jurisdictionId})
  CREATE (r)-[:ABOUT]->(j)
}
CALL (r) {
  MATCH (a:Agency {id: $data.report.authorId})
  CREATE (r)-[:AUTHORED_BY]->(a)
}
// MENTIONS {count}: every entity the report touches; count 0 = reached only through a fact or an
// agency's place. Deleting a report walks these links to find its facts and the orphan candidates.
CALL (r) {
  UNWIND $data.mentions.jurisdictions AS m
  MATCH (n:Jurisdiction {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
CALL (r) {
  UNWIND $data.mentions.agencies AS m
  MATCH (n:Agency {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
CALL (r) {
  UNWIND $data.mentions.regulations AS m
  MATCH (n:Regulation {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
CALL (r) {
  UNWIND $data.mentions.reforms AS m
  MATCH (n:Reform {id: m.id})
  CREATE (r)-[:MENTIONS {reportId: r.id, count: toInteger(m.count)}]->(n)
}
// Facts: one relationship per (from, to, report[, extra]) with its evidence as parallel arrays.
CALL (r) {
  UNWIND $data.facts.ADOPTED AS row
  MATCH (a:Jurisdiction {id: row.from})
  MATCH (b:Reform {id: row.to})
  CREATE (a)-[:ADOPTED {reportId: r.id, year: toInteger(row.year), agencyId: row.extra, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.PILOTED AS row
  MATCH (a:Jurisdiction {id: row.from})
  MATCH (b:Reform {id: row.to})
  CREATE (a)-[:PILOTED {reportId: r.id, year: toInteger(row.year), quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.PROMOTED_TO AS row
  MATCH (a:Reform {id: row.from})
  MATCH (b:Jurisdiction {id: row.to})
  CREATE (a)-[:PROMOTED_TO {reportId: r.id, year: toInteger(row.year), fromId: row.extra, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.LEARNED_FROM AS row
  MATCH (a:Jurisdiction {id: row.from})
  MATCH (b:Jurisdiction {id: row.to})
  CREATE (a)-[:LEARNED_FROM {reportId: r.id, year: toInteger(row.year), quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.FIRST AS row
  MATCH (a:Jurisdiction {id: row.from})
  MATCH (b:Reform {id: row.to})
  CREATE (a)-[:FIRST {reportId: r.id, year: toInteger(row.year), scopeId: row.extra, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.CITES AS row
  MATCH (b:Regulation {id: row.to})
  CREATE (r)-[:CITES {reportId: r.id, year: toInteger(row.year), quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.ISSUED AS row
  MATCH (a:Agency {id: row.from})
  MATCH (b:Regulation {id: row.to})
  CREATE (a)-[:ISSUED {reportId: r.id, year: toInteger(row.year), quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r) {
  UNWIND $data.facts.COOPERATES_WITH AS row
  MATCH (a:Agency {id: row.from})
  MATCH (b:Agency {id: row.to})
  CREATE (a)-[:COOPERATES_WITH {reportId: r.id, year: toInteger(row.year), quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
RETURN r.id AS id
