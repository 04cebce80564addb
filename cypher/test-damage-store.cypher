// name: test-damage-store
// Test only (test/api-damaged-store.test.ts): writes the incomplete nodes an older loader or a hand edit could leave, straight into Neo4j.
// Reports without a jurisdiction and/or a year (one re-placeable from its text, one not, one with no
// text), facts of such a report and of no report at all, entities and passages missing properties,
// a level the API's enum does not know, and a refusal record missing most of its fields.
MATCH (reform:Reform) WITH reform ORDER BY reform.id LIMIT 1
MATCH (place:Jurisdiction) WITH reform, place ORDER BY place.id LIMIT 1
CREATE (placeable:Report {id: $placeable.id, contentHash: $placeable.contentHash, file: $placeable.file,
  source: $placeable.file, text: $placeable.text})
CREATE (unplaced:Report {id: 'report:00000000000000aa', contentHash: $unplacedHash, file: 'unplaced.txt',
  source: 'unplaced.txt', name: '无地区报告', text: $unplacedText})
CREATE (unplaced)-[:MENTIONS {count: 1}]->(reform)
CREATE (place)-[:ADOPTED {reportId: 'report:00000000000000aa', year: 2020, quotes: ['无地区'], starts: [0], ends: [3], passages: [0]}]->(reform)
CREATE (unplaced)-[:HAS_PASSAGE]->(:Passage {id: 'passage:00000000000000aa:0'})
CREATE (:Report {id: 'report:00000000000000bb', year: 2021})
CREATE (noYear:Report {id: 'report:00000000000000cc', name: null, text: null})
CREATE (noYear)-[:ABOUT]->(place)
CREATE (place)-[:PILOTED {reportId: 'report:00000000000000ff'}]->(reform)
CREATE (odd:Jurisdiction {id: 'jurisdiction:odd', level: 'district'})-[:WITHIN]->(place)
CREATE (odd)-[:ADOPTED {reportId: 'report:00000000000000bb', year: null}]->(reform)
CREATE (:Reform {id: 'reform:无名'})
CREATE (:Agency {id: 'agency:无名'})-[:OF]->(odd)
CREATE (:Regulation {id: 'regulation:无名'})
CREATE (:RefusedReport {contentHash: 'deadbeef'})
RETURN count(*) AS written
