// npm run seed — loads the demo corpus (seed/reports/) into NEO4J_URI or the embedded Neo4j.
// Idempotent: reports already loaded are reported as unchanged. Exit code 1 if any file failed.
import { loadConfig } from '../config.ts';
import { openDatabase } from '../ingest/open-database.ts';
import { seedCorpus } from '../ingest/seed.ts';
import { printSummary } from '../ingest/summary.ts';

async function main(): Promise<number> {
  const say = (line: string) => process.stderr.write(`seed: ${line}\n`);
  let database;
  try {
    database = await openDatabase(loadConfig(), say);
  } catch (err) {
    say((err as Error).message);
    return 1;
  }
  try {
    say(`loading seed/reports into ${database.where}`);
    const summary = await seedCorpus(database.db, { onFile: (o) => say(`${o.file}: ${o.status}${o.reason ? ` (${o.reason})` : ''}`) });
    printSummary(summary, say);
    return summary.failed.length > 0 || summary.refused.length > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}

process.exitCode = await main();
