// Starts ONE real embedded Neo4j for the whole test run, on a free port in a temporary directory,
// with the schema applied; tests get its URI and password through inject(). Removed afterwards.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { loadConfig } from '../server/config.ts';
import { openNeo4j, type OpenedNeo4j } from '../server/neo4j/open.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** bolt://127.0.0.1:<port> of the run's embedded Neo4j. */
    neo4jUri: string;
    /** The password of its user neo4j (authentication is on, as in production). */
    neo4jPassword: string;
    /** Its Neo4j home directory (the store is locked while the run lasts). */
    neo4jDataDir: string;
  }
}

let database: OpenedNeo4j | undefined;
let root: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  root = mkdtempSync(join(tmpdir(), 'reformgraph-test-'));
  const dataDir = join(root, 'neo4j');
  const config = loadConfig({
    NEO4J_DATA_DIR: dataDir,
    NEO4J_BOLT_PORT: '0',
    NEO4J_HEAP: '512m',
    NEO4J_PAGECACHE: '128m',
  });
  database = await openNeo4j(config, {
    say: (line) => console.log(`[global-setup] ${line}`),
    verify: true,
    embedded: { logFile: join(root, 'neo4j.log') },
  });
  await database.db.runScript('schema');
  project.provide('neo4jUri', database.config.neo4jUri!);
  project.provide('neo4jPassword', database.config.neo4jPassword!);
  project.provide('neo4jDataDir', dataDir);
}

export async function teardown(): Promise<void> {
  await database?.close();
  if (root) rmSync(root, { recursive: true, force: true });
}
