// name: report-texts-by-ids
// The full text of each report (kept out of every other projection: reports run to tens of kB).
UNWIND $ids AS id
MATCH (rep:Report {id: id})
RETURN id, rep.text AS text
