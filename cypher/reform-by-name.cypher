// name: reform-by-name
// A reform by its folded key (id), else by exact canonical name or alias as written.
CALL () {
  MATCH (r:Reform {id: $id}) RETURN r, 0 AS rank
  UNION
  MATCH (r:Reform) WHERE r.name = $name OR $name IN coalesce(r.aliases, []) RETURN r, 1 AS rank
}
RETURN r {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, labels: labels(r)} AS node
ORDER BY rank
LIMIT 1
