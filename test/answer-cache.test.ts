/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here; the assertions check their shape. */
// The answer cache on the real embedded Neo4j: repeated read-only questions are answered from memory
// while the corpus version stands, and every way of writing (the API's mutations, a loader in another
// process that publishes) makes the next answer fresh. Mutations and failed answers are never kept.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../server/config.ts';
import { CACHE_HEADER } from '../server/graphql/answer-cache.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { publishWrites } from '../server/ingest/publish-writes.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import type { Db } from '../server/db/run-cypher.ts';
import { reformName, syntheticReport } from './fixtures/api-synthetic.ts';
import { gql } from './helpers/graphql.ts';
import { clearDatabase, testApp, testDb } from './helpers/neo4j.ts';

let app: FastifyInstance;
let other: Db; // another process's loader: its own driver
const places = gazetteerLookup();

const SPREAD = `query($r: String!) { spread(reform: $r) { year jurisdiction { name } evidence { quote } } }`;
const spreadOf = (r: string) => gql(app, SPREAD, { r });
const namesIn = (res: { data: any }) => res.data.spread.map((a: any) => a.jurisdiction.name);

beforeAll(async () => {
  app = await testApp({ answerCacheBytes: 8 * 1024 * 1024 });
  other = testDb();
  await clearDatabase(app.db);
  await ensureIngestSchema(app.db);
  await loadReport(other, syntheticReport(0, 2018, 3), { places }); // 温州市 adopts reforms 0–2
  await publishWrites(other);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await other.driver.close();
  await app.close();
});

describe('answer cache', () => {
  it('answers a repeated question from memory, with one version read and the same body', async () => {
    const first = await spreadOf(reformName(0));
    expect(first.headers[CACHE_HEADER]).toBe('miss');
    expect(namesIn(first)).toEqual(['温州市']);
    const before = app.db.queries;
    const second = await spreadOf(reformName(0));
    expect(second.headers[CACHE_HEADER]).toBe('hit');
    expect(second.raw).toBe(first.raw);
    expect(app.db.queries - before).toBe(1);
    // Other variables are another question.
    expect((await spreadOf(reformName(1))).headers[CACHE_HEADER]).toBe('miss');
  });

  it('serves fresh answers after another process loads a report and publishes', async () => {
    await spreadOf(reformName(0));
    expect((await spreadOf(reformName(0))).headers[CACHE_HEADER]).toBe('hit');
    await loadReport(other, syntheticReport(1, 2023, 2), { places }); // 嘉兴市 adopts reforms 0–1
    await publishWrites(other);
    const after = await spreadOf(reformName(0));
    expect(after.headers[CACHE_HEADER]).toBe('miss');
    expect(namesIn(after)).toEqual(['温州市', '嘉兴市']);
  });

  it('serves fresh answers after ingestReport and deleteReport through the API', async () => {
    const text =
      '温州市人民政府关于2019年度法治政府建设工作情况的报告\n2019年,温州市全面推行“双随机、一公开”监管。\n';
    const q = `{ spread(reform: "双随机、一公开") { year jurisdiction { name } } }`;
    expect((await gql(app, q)).data.spread).toEqual([]);
    expect((await gql(app, q)).headers[CACHE_HEADER]).toBe('hit');
    const ingested = await gql(
      app,
      'mutation($t: String!) { ingestReport(text: $t, source: "cache-test.txt") { report { id } } }',
      { t: text },
    );
    expect(ingested.errors).toBeUndefined();
    const added = await gql(app, q);
    expect(added.headers[CACHE_HEADER]).toBe('miss');
    expect(added.data.spread).toEqual([{ year: 2019, jurisdiction: { name: '温州市' } }]);
    const id = ingested.data.ingestReport.report.id;
    const del = await gql(app, 'mutation($id: ID!) { deleteReport(id: $id) { deleted } }', { id });
    expect(del.data.deleteReport.deleted).toBe(true);
    expect((await gql(app, q)).data.spread).toEqual([]);
  });

  it('never keeps a mutation or an answer with errors', async () => {
    const text = '嘉兴市2020年法治政府建设工作报告\n嘉兴市推行“最多跑一次”改革。\n';
    const m = 'mutation($t: String!) { ingestReport(text: $t) { created } }';
    const once = await gql(app, m, { t: text });
    const twice = await gql(app, m, { t: text });
    expect([once.data.ingestReport.created, twice.data.ingestReport.created]).toEqual([true, false]);
    expect(twice.headers[CACHE_HEADER]).not.toBe('hit');

    const bad =
      '{ spread(reform: "双随机、一公开") { year } neighborhood(id: "nothing:here") { nodes { id } } }';
    const failed = await gql(app, bad);
    expect(failed.errors?.length).toBeGreaterThan(0);
    expect((await gql(app, bad)).headers[CACHE_HEADER]).toBe('miss');
  });

  it('lets a client ask past the cache with Cache-Control: no-cache', async () => {
    await spreadOf(reformName(2));
    const res = await gql(app, SPREAD, { r: reformName(2) }, { 'cache-control': 'no-cache' });
    expect(res.headers[CACHE_HEADER]).toBeUndefined();
    expect(namesIn(res)).toEqual(['温州市']);
  });

  it('does not cache on a database no writer has published to, nor when turned off', async () => {
    const off = await testApp({ answerCacheBytes: 0 });
    try {
      expect((await gql(off, SPREAD, { r: reformName(0) })).headers[CACHE_HEADER]).toBeUndefined();
    } finally {
      await off.close();
    }
    await clearDatabase(app.db); // removes the Corpus node with everything else
    await loadReport(other, syntheticReport(0, 2018, 1), { places });
    await spreadOf(reformName(0));
    const unpublished = await spreadOf(reformName(0));
    expect(unpublished.headers[CACHE_HEADER]).toBeUndefined();
    expect(namesIn(unpublished)).toEqual(['温州市']);
  });

  it('rejects a bad ANSWER_CACHE_MB by name', () => {
    expect(() => loadConfig({ ANSWER_CACHE_MB: 'lots' })).toThrow(
      /ANSWER_CACHE_MB must be a whole number of megabytes.*got "lots"/,
    );
  });
});
