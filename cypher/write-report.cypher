// name: write-report
// Writes one new report in a single statement: the report, shared entities (MERGE) with its MENTIONS of them, then passages, links and facts (CREATE).
// One statement instead of one per batch: a report is ~15 batches and the round trips, not the work,
// dominated the load time. Jurisdiction rows come ancestors-first so WITHIN finds its parent.
// Report-owned relationships are CREATEd, not MERGEd: the report is new in this transaction
// (find-report checked; the id constraint fails a racing duplicate) and fact-rows.ts grouped
// evidence to one row per relationship.
// Shared entities are first looked up without MERGE and only MERGEd (which locks) when new or
// changed: after the first few hundred reports almost every place and reform exists, and skipping
// them cuts the statement's cost and keeps concurrent report transactions off each other's locks.
// Each entity is looked up once: its subquery returns the nodes in row order ($data.*[i].i) and the
// facts name their ends by position in that list (row.a, row.b), not by id — an index seek per fact
// end, with its lock, cost more than the CREATE. row.count is the MENTIONS count (null: not
// mentioned, an ancestor only there for its WITHIN chain).
// JS numbers arrive as floats: toInteger keeps years and offsets integers in the graph.
CREATE (r:Report {id: $data.report.id})
SET r.key = $data.report.key, r.contentHash = $data.report.contentHash, r.name = $data.report.name, r.title = $data.report.title,
  r.file = $data.report.file, r.source = $data.report.source, r.year = toInteger($data.report.year), r.publishedOn = $data.report.publishedOn,
  r.docNumber = $data.report.docNumber, r.text = $data.report.text, r.aliasText = '',
  r.genre = $data.report.genre, r.cues = $data.report.cues
SET r.format = $data.report.format
WITH r
// A refusal of this text (or of an earlier version from the same source) is settled by this load.
CALL (r) {
  MATCH (x:RefusedReport)
  WHERE x.contentHash = r.contentHash OR x.source = r.source
  DETACH DELETE x
}
CALL (r) {
  UNWIND $data.jurisdictions AS row
  OPTIONAL MATCH (old:Jurisdiction {id: row.id})
  OPTIONAL CALL (row, old) {
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
    CALL (j, row) {
      WITH j, row
      WHERE row.parentId IS NOT NULL
      MATCH (p:Jurisdiction {id: row.parentId})
      MERGE (j)-[:WITHIN]->(p)
    }
    RETURN j
  }
  WITH r, row, coalesce(j, old) AS n
  FOREACH (_ IN CASE WHEN row.count IS NULL THEN [] ELSE [1] END |
    CREATE (r)-[:MENTIONS {count: toInteger(row.count)}]->(n))
  WITH row.i AS i, n ORDER BY i
  RETURN collect(n) AS jurisdictions
}
CALL (r) {
  UNWIND $data.agencies AS row
  OPTIONAL MATCH (old:Agency {id: row.id})
  OPTIONAL CALL (row, old) {
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
    CALL (a, row) {
      WITH a, row
      WHERE row.jurisdictionId IS NOT NULL
      MATCH (j:Jurisdiction {id: row.jurisdictionId})
      MERGE (a)-[:OF]->(j)
    }
    RETURN a
  }
  WITH r, row, coalesce(a, old) AS n
  FOREACH (_ IN CASE WHEN row.count IS NULL THEN [] ELSE [1] END |
    CREATE (r)-[:MENTIONS {count: toInteger(row.count)}]->(n))
  WITH row.i AS i, n ORDER BY i
  RETURN collect(n) AS agencies
}
CALL (r) {
  // A later report may fill in a regulation's kind or effective date.
  UNWIND $data.regulations AS row
  OPTIONAL MATCH (old:Regulation {id: row.id})
  OPTIONAL CALL (row, old) {
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
    CALL (g, row) {
      WITH g, row
      WHERE row.jurisdictionId IS NOT NULL
      MATCH (j:Jurisdiction {id: row.jurisdictionId})
      MERGE (g)-[:ISSUED_IN]->(j)
    }
    RETURN g
  }
  WITH r, row, coalesce(g, old) AS n
  FOREACH (_ IN CASE WHEN row.count IS NULL THEN [] ELSE [1] END |
    CREATE (r)-[:MENTIONS {count: toInteger(row.count)}]->(n))
  WITH row.i AS i, n ORDER BY i
  RETURN collect(n) AS regulations
}
CALL (r) {
  UNWIND $data.reforms AS row
  OPTIONAL MATCH (old:Reform {id: row.id})
  OPTIONAL CALL (row, old) {
    WITH row, old
    WHERE old IS NULL OR any(x IN row.aliases WHERE NOT x IN old.aliases)
    MERGE (f:Reform {id: row.id})
      ON CREATE SET f.key = row.key, f.name = row.name, f.aliases = [], f.aliasText = ''
    WITH f, [x IN row.aliases WHERE NOT x IN f.aliases] AS fresh
    FOREACH (_ IN CASE WHEN size(fresh) > 0 THEN [1] ELSE [] END |
      SET f.aliases = f.aliases + fresh
      SET f.aliasText = reduce(s = '', x IN f.aliases | s + CASE s WHEN '' THEN '' ELSE ' ' END + x))
    RETURN f
  }
  WITH r, row, coalesce(f, old) AS n
  FOREACH (_ IN CASE WHEN row.count IS NULL THEN [] ELSE [1] END |
    CREATE (r)-[:MENTIONS {count: toInteger(row.count)}]->(n))
  WITH row.i AS i, n ORDER BY i
  RETURN collect(n) AS reforms
}
WITH r, jurisdictions + agencies + regulations + reforms AS nodes
CALL (r) {
  UNWIND $data.passages AS p
  CREATE (r)-[:HAS_PASSAGE]->(:Passage {id: p.id, index: toInteger(p.index), heading: p.heading,
    start: toInteger(p.start), end: toInteger(p.end)})
}
CALL (r, nodes) {
  WITH r, nodes[toInteger($data.report.jurisdiction)] AS j
  WHERE j IS NOT NULL
  CREATE (r)-[:ABOUT]->(j)
}
CALL (r, nodes) {
  WITH r, nodes[toInteger($data.report.author)] AS a
  WHERE a IS NOT NULL
  CREATE (r)-[:AUTHORED_BY]->(a)
}
// Facts: one relationship per (from, to, report[, extra], stage) with its evidence as parallel arrays;
// stage is null (no property: done) or 'planned'.
CALL (r, nodes) {
  UNWIND $data.facts.ADOPTED AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:ADOPTED {reportId: r.id, year: toInteger(row.year), stage: row.stage, agencyId: row.extra, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.PILOTED AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:PILOTED {reportId: r.id, year: toInteger(row.year), stage: row.stage, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.PROMOTED_TO AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:PROMOTED_TO {reportId: r.id, year: toInteger(row.year), stage: row.stage, fromId: row.extra, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.LEARNED_FROM AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:LEARNED_FROM {reportId: r.id, year: toInteger(row.year), stage: row.stage, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.FIRST AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:FIRST {reportId: r.id, year: toInteger(row.year), stage: row.stage, scopeId: row.extra, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.CITES AS row
  WITH r, row, nodes[toInteger(row.b)] AS b
  CREATE (r)-[:CITES {reportId: r.id, year: toInteger(row.year), stage: row.stage, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.ISSUED AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:ISSUED {reportId: r.id, year: toInteger(row.year), stage: row.stage, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
CALL (r, nodes) {
  UNWIND $data.facts.COOPERATES_WITH AS row
  WITH r, row, nodes[toInteger(row.a)] AS a, nodes[toInteger(row.b)] AS b
  CREATE (a)-[:COOPERATES_WITH {reportId: r.id, year: toInteger(row.year), stage: row.stage, quotes: row.quotes,
    starts: [x IN row.starts | toInteger(x)], ends: [x IN row.ends | toInteger(x)], passages: [x IN row.passages | toInteger(x)]}]->(b)
}
RETURN r.id AS id
