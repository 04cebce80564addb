// Safety of the public API on the real embedded Neo4j: depth and cost limits, capped limits,
// Lucene injection, the write token, and error codes without stack traces.
import type { FastifyInstance } from 'fastify';
import { getIntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../server/app.ts';
import { publishWrites } from '../server/ingest/publish-writes.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { syntheticReport } from './fixtures/api-synthetic.ts';
import { gql } from './helpers/graphql.ts';
import { clearDatabase, testApp, testConfig, testDriver } from './helpers/neo4j.ts';

const TOKEN = 'test-token-0123456789';
let app: FastifyInstance;
let locked: FastifyInstance;
const reportIds: string[] = [];

beforeAll(async () => {
  app = await testApp();
  locked = await testApp({ apiToken: TOKEN });
  await clearDatabase(app.db);
  await ensureIngestSchema(app.db);
  const places = gazetteerLookup();
  for (const [p, y, c] of [
    [0, 2018, 60],
    [1, 2023, 60],
  ] as const) {
    reportIds.push((await loadReport(app.db, syntheticReport(p, y, c), { places })).reportId);
  }
  await publishWrites(app.db);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await Promise.all([app.close(), locked.close()]);
});

function codes(r: { errors?: { extensions?: { code?: string } }[] }): (string | undefined)[] {
  return (r.errors ?? []).map((e) => e.extensions?.code);
}

describe('limits', () => {
  it('rejects queries deeper than 10 with QUERY_TOO_DEEP', async () => {
    const deep =
      '{ reforms { adoptions { jurisdiction { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } } } } }';
    // 400 for clients that accept application/graphql-response+json; legacy JSON clients get 200 + errors.
    const r = await gql(app, deep, undefined, { accept: 'application/graphql-response+json' });
    expect(r.status).toBe(400);
    expect(codes(r)).toContain('QUERY_TOO_DEEP');
    expect((await gql(app, deep)).status).toBe(200);
    // Depth hidden in fragments counts too.
    const viaFragments = `query Deep { reforms { ...A } } fragment A on Reform { adoptions { jurisdiction { ...B } } }
      fragment B on Jurisdiction { parent { parent { parent { parent { parent { parent { parent { parent { name } } } } } } } } }`;
    const f = await gql(app, viaFragments);
    expect(codes(f)).toEqual(['QUERY_TOO_DEEP']);
    expect(f.errors![0]!.message).toBe('Deep is 12 levels deep; the limit is 10');
  });

  it('answers the standard introspection query GraphiQL sends: its depth comes from the schema, not the data', async () => {
    const r = await gql(app, getIntrospectionQuery());
    expect(r.errors).toBeUndefined();
    expect(r.data.__schema.queryType.name).toBe('Query');
  });

  it('rejects too costly queries with QUERY_TOO_COMPLEX before any resolver touches the database', async () => {
    const ran: string[] = [];
    const count = app.db.count.bind(app.db);
    app.db.count = (name: string) => {
      ran.push(name);
      count(name);
    };
    try {
      const r = await gql(
        app,
        `{ reforms(limit: 200) { adoptions { jurisdiction { rolledUpAdoptions {
        reform { adoptions { evidence { quote } } } } } } } }`,
      );
      expect(codes(r)).toEqual(['QUERY_TOO_COMPLEX']);
      expect(r.errors![0]!.message).toMatch(/complexity \d+ exceeds the limit/);
    } finally {
      app.db.count = count;
    }
    // Only the answer cache's look at the corpus version, which comes before parsing.
    expect(ran).toEqual(['corpus-version']);
  });

  it('clamps limits to their caps', async () => {
    const r = await gql(
      app,
      '{ reforms(limit: 1000000) { id } autocomplete(prefix: "测试", limit: 100000) { id } }',
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.reforms.length).toBeLessThanOrEqual(200);
    expect(r.data.autocomplete.length).toBeLessThanOrEqual(50);
    const big = await gql(app, '{ search(text: "测试改革", limit: 3000) { id } }');
    expect(big.errors).toBeUndefined();
    expect(big.data.search.length).toBeLessThanOrEqual(100);
    const n = await gql(
      app,
      `{ neighborhood(id: "jurisdiction:330300", depth: 50, limit: 400) { nodes { id } } }`,
    );
    expect(n.errors).toBeUndefined();
    expect(n.data.neighborhood.nodes.length).toBeLessThanOrEqual(400);
    const small = await gql(
      app,
      `{ neighborhood(id: "jurisdiction:330300", depth: 2, limit: 5) { nodes { id } edges { id } truncated } }`,
    );
    expect(small.data.neighborhood.nodes).toHaveLength(5);
    expect(small.data.neighborhood.edges.length).toBeLessThanOrEqual(20);
    expect(small.data.neighborhood.truncated).toBe(true);
    const page = await gql(app, '{ reforms(limit: 150) { id } }');
    expect(page.errors).toBeUndefined();
    expect(page.data.reforms.length).toBeLessThanOrEqual(150);
  });

  it('rejects negative limits naming the argument', async () => {
    const r = await gql(app, '{ search(text: "测试", limit: -1) { id } }');
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(r.errors![0]!.message).toMatch(/^limit: /);
  });
});

describe('injection', () => {
  it('takes Lucene syntax in search text literally', async () => {
    for (const text of ['a OR b*', 'name:x', '\\"', '"', '*:*', '测试改革 OR *', ')(', 'x~2', '[a TO z]']) {
      const r = await gql(app, 'query($t: String!) { search(text: $t) { id name } }', { t: text });
      expect(r.errors, text).toBeUndefined();
      expect(Array.isArray(r.data.search)).toBe(true);
    }
    // `*:*` would match everything if it reached Lucene as syntax.
    const all = await gql(app, '{ search(text: "*:*", limit: 100) { id } }');
    expect(all.data.search).toEqual([]);
  });

  it('passes Cypher-looking text only as a parameter', async () => {
    const r = await gql(app, `query($n: String!) { reform(name: $n) { id } jurisdiction(name: $n) { id } }`, {
      n: "x'}) MATCH (n) DETACH DELETE n //",
    });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ reform: null, jurisdiction: null });
    const s = await gql(app, '{ stats { reports } }');
    expect(s.data.stats.reports).toBe(2);
  });
});

describe('write token', () => {
  it('refuses writes without the token (UNAUTHENTICATED, 401) and accepts them with it', async () => {
    const del = `mutation($id: ID!) { deleteReport(id: $id) { deleted } }`;
    const none = await gql(locked, del, { id: reportIds[1] });
    expect(none.status).toBe(401);
    expect(codes(none)).toEqual(['UNAUTHENTICATED']);
    const wrong = await gql(
      locked,
      del,
      { id: reportIds[1] },
      { authorization: 'Bearer wrong-token-000000000' },
    );
    expect(codes(wrong)).toEqual(['UNAUTHENTICATED']);
    const ingest = await gql(locked, 'mutation { ingestReport(text: "x") { created } }');
    expect(codes(ingest)).toEqual(['UNAUTHENTICATED']);
    // Reads stay open.
    expect((await gql(locked, '{ stats { reports } }')).data.stats.reports).toBe(2);

    const right = await gql(locked, del, { id: reportIds[1] }, { authorization: `Bearer ${TOKEN}` });
    expect(right.errors).toBeUndefined();
    expect(right.data.deleteReport).toEqual({ deleted: true });
    const again = await gql(locked, del, { id: reportIds[1] }, { authorization: `Bearer ${TOKEN}` });
    expect(again.data.deleteReport).toEqual({ deleted: false });
    expect((await gql(app, '{ stats { reports } }')).data.stats.reports).toBe(1);
  });
});

describe('errors', () => {
  it('every error has extensions.code and no stack', async () => {
    const cases: [string, string][] = [
      ['{ node(id: "bogus") { id } }', 'BAD_USER_INPUT'],
      ['{ neighborhood(id: "reform:不存在") { nodes { id } } }', 'BAD_USER_INPUT'],
      ['{ search(text: "   ") { id } }', 'BAD_USER_INPUT'],
      ['mutation { deleteReport(id: "report:nothex") { deleted } }', 'BAD_USER_INPUT'],
      ['{ compare(jurisdictions: ["火星市"]) { shared { years } } }', 'BAD_USER_INPUT'],
      ['{ nope }', 'GRAPHQL_VALIDATION_FAILED'],
      ['{ search(text: ', 'GRAPHQL_PARSE_FAILED'],
    ];
    // Three rounds: from the third run on, mercurius executes the JIT-compiled document.
    for (let round = 0; round < 3; round++) {
      for (const [query, code] of cases) {
        const r = await gql(app, query);
        expect(codes(r), `${query} (round ${round})`).toEqual([code]);
        expect(r.raw, query).not.toMatch(/stack|\bat .*\.ts:\d+/);
      }
    }
  });

  it('hides unexpected failures behind INTERNAL_SERVER_ERROR', async () => {
    const driver = testDriver();
    const broken = await buildApp(testConfig(), { driver, logger: false });
    await driver.close(); // every statement now fails inside the driver
    try {
      for (let round = 0; round < 3; round++) await gql(broken, '{ reforms { id } }');
      const r = await gql(broken, '{ reforms { id } }');
      expect(codes(r)).toEqual(['INTERNAL_SERVER_ERROR']);
      expect(r.errors![0]!.message).toBe('Internal server error');
      expect(r.raw).not.toMatch(/stack|neo4j|Pool/i);
    } finally {
      await broken.close();
    }
  });
});
