// The demo corpus in seed/reports/: `npm run seed` loads it, and `npm start` loads it into an empty
// graph so a newcomer sees something at once. Loading is idempotent (content hashes), so seeding twice
// changes nothing.
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/run-cypher.ts';
import { type IngestOptions, type IngestSummary, ingestFiles } from './ingest-files.ts';
import { ensureIngestSchema } from './schema.ts';
import { fromRoot } from '../paths.ts';

export const SEED_DIR = `${fromRoot('seed', 'reports')}/`;

export async function seedCorpus(db: Db, opts: IngestOptions = {}): Promise<IngestSummary> {
  await ensureIngestSchema(db);
  return ingestFiles(db, [SEED_DIR], opts);
}

export async function countReports(db: Db): Promise<number> {
  const [row] = await db.read<{ reports: number }>('count-reports');
  return row?.reports ?? 0;
}

/** Seeds the demo corpus when the graph has no report; returns the summary, or null when it did nothing. */
export async function seedIfEmpty(app: Pick<FastifyInstance, 'db' | 'log'>): Promise<IngestSummary | null> {
  if ((await countReports(app.db)) > 0) return null;
  const summary = await seedCorpus(app.db);
  const failed = summary.failed.map((f) => `${f.file}: ${f.reason}`).join('; ');
  app.log.info(
    `seed: ${summary.created} demo report(s) loaded from seed/reports (${summary.facts} facts)` + (failed ? `; failed: ${failed}` : ''),
  );
  return summary;
}
