// name: ingest-indexes
// Indexes the loader looks reports up by (source; the content hash index is in schema.cypher); run with runScript before loading, idempotent.
CREATE INDEX report_source IF NOT EXISTS FOR (r:Report) ON (r.source);
