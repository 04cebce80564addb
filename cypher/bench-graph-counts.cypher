// name: bench-graph-counts
// Node counts per label and relationship counts per type, so a benchmark can show two loads built the same graph.
CALL () {
  MATCH (n) RETURN labels(n)[0] AS kind, count(*) AS n
  UNION ALL
  MATCH ()-[r]->() RETURN type(r) AS kind, count(*) AS n
}
RETURN kind, n ORDER BY kind
