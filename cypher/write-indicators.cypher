// name: write-indicators
// Writes a new report's stated indicator values: one STATES relationship per value, from the report to the jurisdiction the number is about.
// Runs in the report's write transaction right after write-report (the report and its places exist).
// The value and its one quote live on the relationship: DETACH DELETE of the report removes them.
MATCH (r:Report {id: $reportId})
UNWIND $rows AS row
MATCH (j:Jurisdiction {id: row.jurisdictionId})
CREATE (r)-[:STATES {reportId: r.id, name: row.name, value: toFloat(row.value), unit: row.unit,
  year: toInteger(row.year), agencyId: row.agencyId, agency: row.agency, quote: row.quote,
  start: toInteger(row.start), end: toInteger(row.end), passage: toInteger(row.passage)}]->(j)
