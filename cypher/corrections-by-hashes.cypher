// name: corrections-by-hashes
// The kept metadata corrections of these texts (by content hash).
UNWIND $hashes AS hash
MATCH (c:Correction {contentHash: hash})
RETURN c {.contentHash, .title, .jurisdiction, .year, .genre, .correctedAt} AS correction
