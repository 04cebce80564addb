// name: report-highlight-sources-by-ids
// What to highlight in each report's text: the names of the entities it mentions, and the evidence spans of the facts it supports.
UNWIND $ids AS id
MATCH (rep:Report {id: id})
CALL (rep) {
  MATCH (rep)-[:MENTIONS]->(n)
  WITH n, [l IN labels(n) WHERE l IN ['Jurisdiction', 'Agency', 'Regulation', 'Reform']][0] AS kind
  WHERE kind IS NOT NULL
  RETURN toUpper(kind) AS kind, n.name AS label, [n.name] + coalesce(n.aliases, []) AS names,
    [] AS starts, [] AS ends
  UNION ALL
  MATCH (rep)-[:MENTIONS]->()-[f]-()
  WHERE f.reportId = rep.id AND NOT f:MENTIONS
  WITH DISTINCT f
  RETURN type(f) AS kind, startNode(f).name + ' → ' + endNode(f).name AS label, [] AS names,
    coalesce(f.starts, []) AS starts, coalesce(f.ends, []) AS ends
}
RETURN id, kind, label, names, starts, ends
