// name: node-by-id
// One entity node by GraphQL id, with its internal element id (the neighbourhood walk starts from it).
CALL () {
  MATCH (n:Reform {id: $id}) RETURN n
  UNION
  MATCH (n:Jurisdiction {id: $id}) RETURN n
  UNION
  MATCH (n:Agency {id: $id}) RETURN n
  UNION
  MATCH (n:Regulation {id: $id}) RETURN n
  UNION
  MATCH (n:Report {id: $id}) RETURN n
}
RETURN elementId(n) AS eid, n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(n)} AS node
