// The embedded database's life under a running server, on a second real embedded Neo4j (the run's
// shared one must not be killed): `npm run ingest` loads into the running server's database and the
// API sees the report at once; `kill -9` of the JVM answers SERVICE_UNAVAILABLE at once, and the
// supervisor brings the database back without restarting the server.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { openNeo4j, type OpenedNeo4j } from '../server/neo4j/open.ts';
import { readRunning } from '../server/neo4j/running.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'seed', 'reports');

function runIngest(dataDir: string, file: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/cli/ingest.ts', file], {
      cwd: ROOT,
      env: { ...process.env, NEO4J_URI: '', NEO4J_DATA_DIR: dataDir },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

const until = async (what: () => boolean | Promise<boolean>) => {
  while (!(await what())) await new Promise((r) => setTimeout(r, 200));
};

describe('the embedded database under a running server', () => {
  const root = mkdtempSync(join(tmpdir(), 'reformgraph-lifecycle-'));
  const dataDir = join(root, 'neo4j');
  const lines: string[] = [];
  let database: OpenedNeo4j;
  let app: FastifyInstance;

  const gql = async (query: string) =>
    (await app.inject({ method: 'POST', url: '/graphql', payload: { query }, headers: { 'cache-control': 'no-cache' } })).json() as {
      data?: { reports?: { name: string }[] } | null;
      errors?: { extensions?: { code?: string } }[];
    };

  beforeAll(async () => {
    const config = loadConfig({
      NEO4J_DATA_DIR: dataDir,
      NEO4J_HEAP: '256m',
      NEO4J_PAGECACHE: '32m',
      LOG_LEVEL: 'silent',
      SEED_ON_START: 'false',
      GRAPHIQL: 'false',
    });
    database = await openNeo4j(config, {
      say: (line) => lines.push(line),
      supervise: true,
      advertise: true,
      // A loaded CI machine can take minutes to start a JVM; this bounds a hang, it measures nothing.
      embedded: { logFile: join(root, 'neo4j.log'), startTimeoutMs: 540_000 },
    });
    app = await buildApp(database.config, { driver: database.driver, available: database.available, logger: false });
  }, 600_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    expect(readRunning(dataDir)).toBeNull();
    rmSync(root, { recursive: true, force: true });
  });

  it('lets `npm run ingest` load into it, and the API shows the report without a restart', async () => {
    expect(readRunning(dataDir)).toMatchObject({ pid: process.pid, uri: database.config.neo4jUri });
    expect((await gql('{ reports { name } }')).data?.reports).toEqual([]);

    const file = join(SEED, readdirSync(SEED).filter((f) => f.endsWith('.txt'))[0]!);
    const result = await runIngest(dataDir, file);
    expect(result.stderr).toContain('the embedded database of the running server');
    expect(result.code).toBe(0);

    // No Cache-Control here: the CLI published a new corpus version, so a cached answer is stale.
    const res = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ reports { name } }' } });
    expect((res.json() as { data: { reports: unknown[] } }).data.reports).toHaveLength(1);
  }, 600_000);

  it('answers SERVICE_UNAVAILABLE at once after kill -9 of the JVM, then recovers by itself', async () => {
    const before = database.jvmPid()!;
    process.kill(before, 'SIGKILL');
    await until(() => !database.available());

    const down = await gql('{ reports { name } }');
    expect(down.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const health = await app.inject({ method: 'GET', url: '/healthz' });
    expect(health.statusCode).toBe(503);
    expect(health.json()).toMatchObject({ neo4j: 'down' });

    await until(() => database.available());
    expect(database.jvmPid()).not.toBe(before);
    expect(lines.some((l) => /exited unexpectedly/.test(l))).toBe(true);
    expect(lines.some((l) => /embedded database back at/.test(l))).toBe(true);
    // The driver may spend a probe dropping connections to the dead JVM.
    await until(async () => (await app.inject({ method: 'GET', url: '/healthz' })).statusCode === 200);
    expect((await gql('{ reports { name } }')).data?.reports).toHaveLength(1);
    expect(readRunning(dataDir)).toMatchObject({ jvmPid: database.jvmPid() });
  }, 600_000);
});
