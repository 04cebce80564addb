// name: stats-counts
// Node counts by label and relationship counts by type (all answered from the count store).
CALL () {
  MATCH (n:Report) RETURN 'node' AS kind, 'Report' AS label, count(n) AS count
  UNION ALL MATCH (n:Passage) RETURN 'node' AS kind, 'Passage' AS label, count(n) AS count
  UNION ALL MATCH (n:Jurisdiction) RETURN 'node' AS kind, 'Jurisdiction' AS label, count(n) AS count
  UNION ALL MATCH (n:Agency) RETURN 'node' AS kind, 'Agency' AS label, count(n) AS count
  UNION ALL MATCH (n:Regulation) RETURN 'node' AS kind, 'Regulation' AS label, count(n) AS count
  UNION ALL MATCH (n:Reform) RETURN 'node' AS kind, 'Reform' AS label, count(n) AS count
  UNION ALL MATCH ()-[r:HAS_PASSAGE]->() RETURN 'rel' AS kind, 'HAS_PASSAGE' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:ABOUT]->() RETURN 'rel' AS kind, 'ABOUT' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:AUTHORED_BY]->() RETURN 'rel' AS kind, 'AUTHORED_BY' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:WITHIN]->() RETURN 'rel' AS kind, 'WITHIN' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:OF]->() RETURN 'rel' AS kind, 'OF' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:ISSUED_IN]->() RETURN 'rel' AS kind, 'ISSUED_IN' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:MENTIONS]->() RETURN 'rel' AS kind, 'MENTIONS' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:ADOPTED]->() RETURN 'rel' AS kind, 'ADOPTED' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:PILOTED]->() RETURN 'rel' AS kind, 'PILOTED' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:PROMOTED_TO]->() RETURN 'rel' AS kind, 'PROMOTED_TO' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:LEARNED_FROM]->() RETURN 'rel' AS kind, 'LEARNED_FROM' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:FIRST]->() RETURN 'rel' AS kind, 'FIRST' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:CITES]->() RETURN 'rel' AS kind, 'CITES' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:ISSUED]->() RETURN 'rel' AS kind, 'ISSUED' AS label, count(r) AS count
  UNION ALL MATCH ()-[r:COOPERATES_WITH]->() RETURN 'rel' AS kind, 'COOPERATES_WITH' AS label, count(r) AS count
}
RETURN kind, label, count
