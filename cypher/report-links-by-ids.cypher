// name: report-links-by-ids
// Each report's jurisdiction (ABOUT) or author (AUTHORED_BY), picked by $rel from an allow-list.
UNWIND $ids AS id
MATCH (rep:Report {id: id})
OPTIONAL MATCH (rep)-[:ABOUT]->(j:Jurisdiction) WHERE $rel = 'ABOUT'
OPTIONAL MATCH (rep)-[:AUTHORED_BY]->(a:Agency) WHERE $rel = 'AUTHORED_BY'
WITH id, coalesce(j, a) AS n
WHERE n IS NOT NULL
RETURN id, n {.id, .name, .key, .code, .level, .fullName, .validUntil, .aliases, .kind, .effectiveOn, .title, .file, .source, .year, .publishedOn, .docNumber, .contentHash, .genre, .cues, labels: labels(n)} AS node
