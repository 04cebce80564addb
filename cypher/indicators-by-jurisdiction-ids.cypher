// name: indicators-by-jurisdiction-ids
// The indicator values stated about each jurisdiction, optionally only some indicators ($names null: all) and years.
UNWIND $ids AS id
MATCH (:Jurisdiction {id: id})<-[s:STATES]-(:Report)
WHERE ($names IS NULL OR s.name IN $names)
  AND ($from IS NULL OR s.year >= $from) AND ($to IS NULL OR s.year <= $to)
RETURN id, id AS jurisdictionId, properties(s) AS props
