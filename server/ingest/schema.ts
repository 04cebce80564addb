// The loader's own indexes on top of cypher/schema.cypher (constraints, full-text): applied before any
// load by the CLI, the seeder and the benchmark; IF NOT EXISTS makes it cheap to repeat.
import type { Db } from '../db/run-cypher.ts';

export async function ensureIngestSchema(db: Db): Promise<void> {
  await db.runScript('schema');
  await db.runScript('ingest-indexes');
}
