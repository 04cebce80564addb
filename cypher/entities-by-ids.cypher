// name: entities-by-ids
// Entity nodes by GraphQL id, any label, in one round trip: the caller splits the ids by prefix so
// each label's id index is sought once with a list. Properties are listed, not `.*`: that would
// read every report's full text.
// Only placed reports (a year and an ABOUT jurisdiction) are answered: the API promises both, and an
// unplaced one left by an older loader waits for the start-up repair (server/ingest/repair.ts).
CALL () {
  MATCH (n:Reform) WHERE n.id IN $reforms RETURN n
  UNION ALL
  MATCH (n:Jurisdiction) WHERE n.id IN $jurisdictions RETURN n
  UNION ALL
  MATCH (n:Agency) WHERE n.id IN $agencies RETURN n
  UNION ALL
  MATCH (n:Regulation) WHERE n.id IN $regulations RETURN n
  UNION ALL
  MATCH (n:Report) WHERE n.id IN $reports AND n.year IS NOT NULL AND EXISTS { (n)-[:ABOUT]->(:Jurisdiction) } RETURN n
}
RETURN n.id AS id, n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(n)} AS node
