// name: entities-by-ids
// Entity nodes by GraphQL id, any label, in one round trip; the id's prefix picks the one branch (and
// label index) that can match. Properties are listed, not `.*`: that would read every report's text.
UNWIND $ids AS id
CALL (id) {
  WITH id WHERE id STARTS WITH 'reform:' MATCH (n:Reform {id: id}) RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'jurisdiction:' MATCH (n:Jurisdiction {id: id}) RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'agency:' MATCH (n:Agency {id: id}) RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'regulation:' MATCH (n:Regulation {id: id}) RETURN n
  UNION
  WITH id WHERE id STARTS WITH 'report:' MATCH (n:Report {id: id}) RETURN n
}
RETURN id, n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, labels: labels(n)} AS node
