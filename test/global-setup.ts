// Starts ONE real embedded Neo4j for the whole test run, on a free port in a temporary directory,
// with the schema applied; tests get its URI through inject('neo4jUri'). Removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import type { TestProject } from 'vitest/node';
import { Db } from '../server/db/run-cypher.ts';
import { ensureLauncher } from '../server/neo4j/build-launcher.ts';
import { type EmbeddedNeo4j, startEmbedded } from '../server/neo4j/embedded.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** bolt://127.0.0.1:<port> of the run's embedded Neo4j (authentication off). */
    neo4jUri: string;
    /** Its Neo4j home directory (the store is locked while the run lasts). */
    neo4jDataDir: string;
  }
}

let embedded: EmbeddedNeo4j | undefined;
let root: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  await ensureLauncher((line) => console.log(`[global-setup] ${line}`));
  root = mkdtempSync(join(tmpdir(), 'reformgraph-test-'));
  const dataDir = join(root, 'neo4j');
  embedded = await startEmbedded({
    dataDir,
    boltPort: 0,
    heap: '512m',
    pageCache: '128m',
    logFile: join(root, 'neo4j.log'),
  });
  const driver = neo4j.driver(embedded.uri);
  try {
    await new Db(driver).runScript('schema');
  } finally {
    await driver.close();
  }
  project.provide('neo4jUri', embedded.uri);
  project.provide('neo4jDataDir', dataDir);
}

export async function teardown(): Promise<void> {
  await embedded?.stop();
  if (root) rmSync(root, { recursive: true, force: true });
}
