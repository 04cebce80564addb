// name: report-meta-by-ids
// Each report's stored properties except its text (genre, cues, format … as the loader wrote them), whether it is placed, and its kept correction.
UNWIND $ids AS id
MATCH (rep:Report {id: id})
OPTIONAL MATCH (c:Correction {contentHash: rep.contentHash})
RETURN id, rep {.*, text: null, aliasText: null} AS props,
  rep.year IS NOT NULL AND rep.year > 0 AND EXISTS { (rep)-[:ABOUT]->(:Jurisdiction) } AS placed,
  c {.contentHash, .title, .jurisdiction, .year, .genre, .correctedAt} AS correction
