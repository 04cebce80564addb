// name: entities-by-ids
// Entity nodes by GraphQL id, any label, in one round trip: the caller splits the ids by prefix so
// each label's id index is sought once with a list. Properties are listed, not `.*`: that would
// read every report's full text.
CALL () {
  MATCH (n:Reform) WHERE n.id IN $reforms RETURN n
  UNION ALL
  MATCH (n:Jurisdiction) WHERE n.id IN $jurisdictions RETURN n
  UNION ALL
  MATCH (n:Agency) WHERE n.id IN $agencies RETURN n
  UNION ALL
  MATCH (n:Regulation) WHERE n.id IN $regulations RETURN n
  UNION ALL
  MATCH (n:Report) WHERE n.id IN $reports RETURN n
}
RETURN n.id AS id, n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, labels: labels(n)} AS node
