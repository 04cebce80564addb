// name: shortest-path
// The shortest undirected connection between two entities over entity relationships (passages left
// out). 8 is the hard ceiling; the caller drops longer answers: a WHERE on length(p) would make
// Neo4j fall back from breadth-first search to enumerating every path.
MATCH (a) WHERE elementId(a) = $from
MATCH (b) WHERE elementId(b) = $to
MATCH p = shortestPath((a)-[:ADOPTED|PILOTED|PROMOTED_TO|LEARNED_FROM|FIRST|CITES|ISSUED|COOPERATES_WITH|ABOUT|AUTHORED_BY|WITHIN|OF|ISSUED_IN|MENTIONS*..8]-(b))
RETURN [n IN nodes(p) | n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(n)}] AS nodes,
  [r IN relationships(p) | {type: type(r), src: startNode(r).id, dst: endNode(r).id, props: properties(r)}] AS rels
