// name: delete-refused-report
// Removes a refusal record once a correction has placed and loaded its text.
MATCH (x:RefusedReport {id: $id})
DETACH DELETE x
