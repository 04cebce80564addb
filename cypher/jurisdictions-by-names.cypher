// name: jurisdictions-by-names
// Candidate jurisdictions for one asked-for name: by exact name (with the usual suffixes tried by the
// caller), by gazetteer id, or by alias; with what ranks them (province, facts known, level).
CALL () {
  UNWIND $names AS wanted
  MATCH (j:Jurisdiction {name: wanted}) RETURN j
  UNION
  UNWIND $ids AS id
  MATCH (j:Jurisdiction {id: id}) RETURN j
  UNION
  MATCH (j:Jurisdiction) WHERE $name IN coalesce(j.aliases, []) RETURN j
}
OPTIONAL MATCH (j)-[:WITHIN*0..]->(p:Jurisdiction {level: 'province'})
WITH j, head(collect(p.name)) AS province
RETURN j {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(j)} AS node, province,
  COUNT { (j)-[:ADOPTED|PILOTED|FIRST|LEARNED_FROM]-() } + COUNT { (j)<-[:ABOUT]-() } AS facts
