// name: reforms-page
// Reforms by number of adopters (most first), then name; paged.
MATCH (r:Reform)
WITH r, COUNT { (r)<-[:ADOPTED]-() } AS adoptions
RETURN r {.*, labels: labels(r)} AS node
ORDER BY adoptions DESC, r.name
SKIP $offset LIMIT $limit
