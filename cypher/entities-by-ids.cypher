// name: entities-by-ids
// Entity nodes by GraphQL id, any label, in one round trip (each branch seeks the label's id constraint).
UNWIND $ids AS id
CALL (id) {
  MATCH (n:Reform {id: id}) RETURN n
  UNION
  MATCH (n:Jurisdiction {id: id}) RETURN n
  UNION
  MATCH (n:Agency {id: id}) RETURN n
  UNION
  MATCH (n:Regulation {id: id}) RETURN n
  UNION
  MATCH (n:Report {id: id}) RETURN n
}
RETURN id, n {.*, text: null, labels: labels(n)} AS node
