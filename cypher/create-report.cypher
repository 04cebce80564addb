// name: create-report
// Creates a new report with its passages and its ABOUT / AUTHORED_BY links; CREATE (not MERGE) so a racing duplicate fails on the id constraint.
CREATE (r:Report {id: $report.id})
SET r.key = $report.key, r.contentHash = $report.contentHash, r.name = $report.name, r.title = $report.title,
  r.file = $report.file, r.source = $report.source, r.year = toInteger($report.year), r.publishedOn = $report.publishedOn,
  r.docNumber = $report.docNumber, r.text = $report.text, r.aliasText = ''
WITH r
CALL (r) {
  UNWIND $passages AS p
  CREATE (r)-[:HAS_PASSAGE]->(:Passage {id: p.id, reportId: r.id, index: toInteger(p.index), heading: p.heading, start: toInteger(p.start), end: toInteger(p.end)})
}
CALL (r) {
  MATCH (j:Jurisdiction {id: $report.jurisdictionId})
  CREATE (r)-[:ABOUT]->(j)
}
CALL (r) {
  MATCH (a:Agency {id: $report.authorId})
  CREATE (r)-[:AUTHORED_BY]->(a)
}
RETURN r.id AS id
