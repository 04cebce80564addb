// name: passage-headings-by-ids
// Section headings of evidence passages.
UNWIND $ids AS id
MATCH (p:Passage {id: id})
RETURN id, p.heading AS heading
