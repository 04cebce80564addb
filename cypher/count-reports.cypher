// name: count-reports
// How many reports the graph holds: the server seeds the demo corpus only into an empty graph.
MATCH (r:Report)
RETURN count(r) AS reports
