// name: refused-reports-page
// One page of refused reports (the library's "needs metadata" list), newest refusal first.
MATCH (x:RefusedReport)
RETURN x {.id, .contentHash, .file, .source, .reason, .missing, .title, .jurisdiction, .year, .author,
  .published, .genre, .cues, .at, .textLength} AS refused
ORDER BY x.at DESC, x.file
SKIP $offset LIMIT $limit
