// name: schema
// Constraints and indexes, applied at every start; IF NOT EXISTS makes re-running a no-op.
// Constraints come first: they also create the backing index every MERGE on `id` relies on.
CREATE CONSTRAINT report_id IF NOT EXISTS FOR (n:Report) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT passage_id IF NOT EXISTS FOR (n:Passage) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT jurisdiction_id IF NOT EXISTS FOR (n:Jurisdiction) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT regulation_id IF NOT EXISTS FOR (n:Regulation) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT reform_id IF NOT EXISTS FOR (n:Reform) REQUIRE n.id IS UNIQUE;
// The one Corpus node holds the published corpus version (bump-corpus-version); the constraint makes
// concurrent writers' MERGE of it safe and the per-request version read an index seek.
CREATE CONSTRAINT corpus_id IF NOT EXISTS FOR (n:Corpus) REQUIRE n.id IS UNIQUE;
// A refused (unplaced) report is kept once per text until it loads (server/ingest/placement.ts).
CREATE CONSTRAINT refused_content_hash IF NOT EXISTS FOR (n:RefusedReport) REQUIRE n.contentHash IS UNIQUE;
CREATE INDEX refused_source IF NOT EXISTS FOR (n:RefusedReport) ON (n.source);
CREATE INDEX reform_key IF NOT EXISTS FOR (n:Reform) ON (n.key);
CREATE INDEX jurisdiction_code IF NOT EXISTS FOR (n:Jurisdiction) ON (n.code);
CREATE INDEX jurisdiction_name IF NOT EXISTS FOR (n:Jurisdiction) ON (n.name);
CREATE INDEX regulation_kind IF NOT EXISTS FOR (n:Regulation) ON (n.kind);
CREATE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);
CREATE INDEX report_content_hash IF NOT EXISTS FOR (n:Report) ON (n.contentHash);
// An analyst's metadata correction, looked up by the text's hash at every ingest (library, issue 10).
CREATE CONSTRAINT correction_hash IF NOT EXISTS FOR (n:Correction) REQUIRE n.contentHash IS UNIQUE;
// Indicator panels select stated values by indicator name across all places (indicator-panel).
CREATE INDEX states_name IF NOT EXISTS FOR ()-[s:STATES]-() ON (s.name);
// Chinese names have no spaces: the cjk analyzer indexes character bigrams so 行政复议 matches inside
// 行政复议体制改革.
// Eventually consistent: a synchronous Lucene update in every report transaction cost a quarter of
// the load rate; loaders call await-search-refresh once after their writes instead.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Agency|Reform|Regulation|Jurisdiction|Report) ON EACH [n.name, n.aliasText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk', `fulltext.eventually_consistent`: true } };
// Indexes populate in the background; wait so the first query after start (or a test) sees them.
CALL db.awaitIndexes(300);
