// A database for the command-line loaders (ingest, seed): openNeo4j with the CLI's choices — load
// into a running server's embedded database when there is one, else start it for this command with
// a quick JIT — and the loader's schema in place.
import type { Config } from '../config.ts';
import type { Db } from '../db/run-cypher.ts';
import { openNeo4j } from '../neo4j/open.ts';
import { ensureIngestSchema } from './schema.ts';

export interface OpenDatabase {
  db: Db;
  /** Where the data went: the URI, and the embedded data dir when one was started or attached. */
  where: string;
  close(): Promise<void>;
}

export async function openDatabase(config: Config, say: (line: string) => void = () => {}): Promise<OpenDatabase> {
  const opened = await openNeo4j(config, {
    say,
    attach: true,
    verify: true,
    // A loading JVM lives for one command: C1 code now beats C2 code after a long compile.
    embedded: { quickJit: true },
  });
  try {
    await ensureIngestSchema(opened.db);
  } catch (err) {
    await opened.close();
    throw new Error(`cannot use Neo4j at ${opened.where}: ${(err as Error).message}`);
  }
  return { db: opened.db, where: opened.where, close: opened.close };
}
