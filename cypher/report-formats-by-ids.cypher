// name: report-formats-by-ids
// The source format (txt, html, pdf, docx, doc) of each report; null for reports loaded before it was recorded.
UNWIND $ids AS id
MATCH (rep:Report {id: id})
RETURN id, rep.format AS format
