// name: delete-all
// Empties the database; tests call it between files (their graphs are small enough for one transaction).
MATCH (n)
DETACH DELETE n
