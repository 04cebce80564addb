// The foundation on the real embedded Neo4j: the driver reads what it wrote, the schema is there
// (including the cjk full-text index), /healthz tells up from down and recovers, config errors name
// the variable, and the embedded database refuses a second start on a locked store.
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp, VERSION } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { type EmbeddedNeo4j, startEmbedded } from '../server/neo4j/embedded.ts';
import { ensurePassword } from '../server/neo4j/password.ts';
import { clearDatabase, testApp, testConfig, testDb, testDriver } from './helpers/neo4j.ts';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('driver on the embedded Neo4j', () => {
  const driver = testDriver();
  const db = testDb(driver);

  beforeAll(() => clearDatabase(db));
  afterAll(async () => {
    await clearDatabase(db);
    await driver.close();
  });

  // Inline Cypher on purpose: this proves the raw driver round trip, below the named-statement layer.
  it('reads back what it wrote', async () => {
    await driver.executeQuery('CREATE (:Agency {id: $id, name: $name})', {
      id: 'agency:嘉兴市司法局',
      name: '嘉兴市司法局',
    });
    const res = await driver.executeQuery('MATCH (a:Agency {id: $id}) RETURN a.name AS name', {
      id: 'agency:嘉兴市司法局',
    });
    expect(res.records.map((r) => r.get('name'))).toEqual(['嘉兴市司法局']);
  });

  it('has applied the schema: unique ids and the cjk full-text index', async () => {
    await expect(
      driver.executeQuery('CREATE (:Agency {id: $id, name: "重复"})', { id: 'agency:嘉兴市司法局' }),
    ).rejects.toMatchObject({ code: 'Neo.ClientError.Schema.ConstraintValidationFailed' });

    // The index is eventually consistent: wait for it as the loaders do.
    await db.read('await-search-refresh');
    const hits = await driver.executeQuery(
      `CALL db.index.fulltext.queryNodes('entity_names', $q) YIELD node RETURN node.id AS id`,
      { q: '司法' },
    );
    expect(hits.records.map((r) => r.get('id'))).toContain('agency:嘉兴市司法局');
  });

  it('re-applies the schema without error (idempotent)', async () => {
    await expect(db.runScript('schema')).resolves.toBeUndefined();
  });
});

describe('/healthz and the app spine', () => {
  it('reports neo4j up with the package version', async () => {
    const app = await testApp();
    try {
      const res = await app.inject({ method: 'GET', url: '/healthz' });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ status: 'ok', neo4j: 'up', version: VERSION });
    } finally {
      await app.close();
    }
  });

  it('starts and keeps answering when Neo4j is unreachable, reporting it down', async () => {
    const port = await freePort();
    const app = await buildApp(testConfig({ neo4jUri: `bolt://127.0.0.1:${port}` }), { logger: false });
    try {
      const health = await app.inject({ method: 'GET', url: '/healthz' });
      expect(health.statusCode).toBe(503);
      expect(health.json()).toEqual({ status: 'degraded', neo4j: 'down', version: VERSION });
      const gql = await app.inject({ method: 'POST', url: '/graphql', payload: { query: '{ __typename }' } });
      expect(gql.statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });

  it('hides 5xx details and enforces the body limit', async () => {
    const app = await testApp({ maxBodyBytes: 64 });
    app.get('/boom', async () => {
      throw new Error('secret internal detail');
    });
    try {
      const boom = await app.inject({ method: 'GET', url: '/boom' });
      expect(boom.statusCode).toBe(500);
      expect(boom.body).not.toContain('secret');
      const big = await app.inject({
        method: 'POST',
        url: '/graphql',
        payload: { query: `{ __typename } # ${'x'.repeat(200)}` },
      });
      expect(big.statusCode).toBe(413);
    } finally {
      await app.close();
    }
  });
});

describe('config', () => {
  it('names the variable, the rule and the value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow('PORT must be an integer 0-65535, got "abc"');
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP must be a size like 512m/);
    expect(() => loadConfig({ NEO4J_URI: 'http://x' })).toThrow(/NEO4J_URI must be a Neo4j URI/);
    expect(() => loadConfig({ SEED_ON_START: 'maybe' })).toThrow(/SEED_ON_START must be true or false/);
  });

  it('refuses a non-loopback HOST without API_TOKEN', () => {
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(/HOST "0.0.0.0".*API_TOKEN is unset/);
    expect(loadConfig({ HOST: '0.0.0.0', API_TOKEN: 'a-long-token' }).host).toBe('0.0.0.0');
  });

  it('has the documented defaults', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({
      host: '127.0.0.1',
      port: 4000,
      neo4jUri: undefined,
      neo4jUser: 'neo4j',
      neo4jDataDir: './data/neo4j',
      neo4jBoltPort: 0,
      neo4jHeap: '512m',
      neo4jPageCache: '256m',
      logLevel: 'info',
      logFormat: 'auto',
      graphiql: true,
      seedOnStart: true,
    });
    expect(loadConfig({ NODE_ENV: 'production' }).graphiql).toBe(false);
  });
});

describe('embedded Neo4j process', () => {
  const root = mkdtempSync(join(tmpdir(), 'reformgraph-smoke-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const small = { heap: '256m', pageCache: '32m' };

  it('refuses a second start on a store that is in use', async () => {
    await expect(
      startEmbedded({
        dataDir: inject('neo4jDataDir'),
        boltPort: 0,
        ...small,
        logFile: join(root, 'locked.log'),
      }),
    ).rejects.toThrow(/store at .* is locked by another running ReformGraph database/);
  });

  it('serves while Neo4j is away, recovers (schema included) when it comes, and stops without a trace', async () => {
    const port = await freePort();
    // The password exists before the database does, as with `npm start` on a fresh data dir.
    const password = ensurePassword(join(root, 'neo4j'));
    const app = await buildApp(testConfig({ neo4jUri: `bolt://127.0.0.1:${port}`, neo4jPassword: password }), {
      logger: false,
    });
    let neo: EmbeddedNeo4j | undefined;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', password));
    try {
      expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(503);

      neo = await startEmbedded({
        dataDir: join(root, 'neo4j'),
        boltPort: port,
        ...small,
        logFile: join(root, 'neo4j.log'),
      });
      // The driver may need a probe or two to drop connections it failed to make before.
      let status = 0;
      for (let attempt = 0; attempt < 5 && status !== 200; attempt += 1) {
        status = (await app.inject({ method: 'GET', url: '/healthz' })).statusCode;
      }
      expect(status).toBe(200);

      // The schema missed at start is applied in the background once Neo4j answers.
      let constraints: string[] = [];
      for (let attempt = 0; attempt < 120 && !constraints.includes('agency_id'); attempt += 1) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const res = await driver.executeQuery('SHOW CONSTRAINTS YIELD name');
        constraints = res.records.map((r) => r.get('name') as string);
      }
      expect(constraints).toEqual(expect.arrayContaining(['agency_id', 'report_id', 'reform_id']));

      await driver.close();
      await neo.stop();
      expect(alive(neo.pid)).toBe(false);
      expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toMatchObject({ neo4j: 'down' });
    } finally {
      await driver.close();
      await app.close();
      await neo?.stop();
    }
    // A JVM start on a busy two-core machine: this bounds a hang, it measures nothing.
  }, 300_000);
});
