// name: reform-by-name
// A reform by its folded key (id); only when that misses, by exact canonical name or alias as written.
OPTIONAL MATCH (byId:Reform {id: $id})
CALL (byId) {
  WITH byId WHERE byId IS NOT NULL RETURN byId AS r
  UNION
  WITH byId WHERE byId IS NULL
  MATCH (r:Reform) WHERE r.name = $name OR $name IN coalesce(r.aliases, [])
  RETURN r
}
RETURN r {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(r)} AS node
ORDER BY r.name
LIMIT 1
