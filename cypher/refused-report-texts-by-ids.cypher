// name: refused-report-texts-by-ids
// The stored texts of refused reports, fetched only when a client asks for them.
UNWIND $ids AS id
MATCH (x:RefusedReport {id: id})
RETURN id, x.text AS text
