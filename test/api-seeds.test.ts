/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here; the assertions check their shape. */
// What must hold on the five seed reports (issue 4), through GraphQL on the real embedded Neo4j,
// with the real extractor and loader. A failure here can be the extractor missing a fact: the test
// stays, as the requirement is real.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_DIR, seedCorpus } from '../server/ingest/seed.ts';
import { gql, ok } from './helpers/graphql.ts';
import { clearDatabase, testApp } from './helpers/neo4j.ts';

const TOKEN = 'seed-token-0123456789';
let app: FastifyInstance;

const COUNTS = '{ stats { reports nodes { label count } relationships { label count } } }';

beforeAll(async () => {
  app = await testApp({ apiToken: TOKEN });
  await clearDatabase(app.db);
  const summary = await seedCorpus(app.db);
  expect(summary.failed).toEqual([]);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await app.close();
});

describe('must hold on the seed reports', () => {
  it('spread(双随机、一公开) lists 温州市 2018, 温岭市 2021, 嘉兴市 2023, 南湖区 2023 earliest first, quoting the right reports', async () => {
    const { spread } = await ok(
      app,
      `{ spread(reform: "双随机、一公开") { year jurisdiction { name }
      evidence { quote start end report { year jurisdiction { name } text } } } }`,
    );
    const years = spread.map((a: any) => a.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const wanted: [string, number][] = [
      ['温州市', 2018],
      ['温岭市', 2021],
      ['嘉兴市', 2023],
      ['南湖区', 2023],
    ];
    for (const [place, year] of wanted) {
      const a = spread.find((x: any) => x.jurisdiction.name === place && x.year === year);
      expect(a, `${place} ${year}`).toBeDefined();
      for (const e of a.evidence) {
        expect(e.report.year).toBe(year);
        // The quote is verbatim at its offsets in the report it comes from, and names the reform.
        expect(e.report.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.quote.replace(/[“”、]/g, '')).toContain('双随机一公开');
      }
    }
    const first = wanted.map(([p]) => spread.findIndex((x: any) => x.jurisdiction.name === p));
    expect(first[0]).toBe(0);
    expect(first[1]).toBeLessThan(first[2]!);
  });

  it('reform(双随机一公开) is the same node as 双随机、一公开; 互联网﹢监管 is 互联网+监管', async () => {
    const d = await ok(
      app,
      `{ a: reform(name: "双随机一公开") { id } b: reform(name: "“双随机、一公开”") { id }
      c: reform(name: "互联网﹢监管") { id } d: reform(name: "互联网+监管") { id }
      s: spread(reform: "双随机一公开") { year } }`,
    );
    expect(d.a).not.toBeNull();
    expect(d.b).toEqual(d.a);
    expect(d.c).not.toBeNull();
    expect(d.c).toEqual(d.d);
    expect(d.s.length).toBeGreaterThanOrEqual(4);
  });

  it('search(绿化条例) finds 嘉兴市城市绿化条例 effective 2023-03-01; 双随机 finds the reform', async () => {
    const { search } = await ok(
      app,
      '{ search(text: "绿化条例") { type name ... on Regulation { effectiveOn } } }',
    );
    expect(search).toContainEqual({
      type: 'REGULATION',
      name: '嘉兴市城市绿化条例',
      effectiveOn: '2023-03-01',
    });
    const { search: short } = await ok(app, '{ search(text: "双随机", types: [REFORM]) { name } }');
    expect(short.map((r: any) => r.name)).toContain('双随机、一公开');
  });

  it('jurisdiction(平湖) is 平湖市 within 嘉兴市, with the reforms it piloted reachable', async () => {
    const { jurisdiction: j } = await ok(
      app,
      `{ jurisdiction(name: "平湖") { name level parent { name }
      pilots { year reform { name pilots { jurisdiction { name } } } evidence { quote } } } }`,
    );
    expect(j).toMatchObject({ name: '平湖市', level: 'COUNTY', parent: { name: '嘉兴市' } });
    expect(j.pilots.length).toBeGreaterThan(0);
    for (const p of j.pilots) {
      expect(p.evidence.length).toBeGreaterThan(0);
      expect(p.reform.pilots.map((x: any) => x.jurisdiction.name)).toContain('平湖市');
    }
  });

  it('南湖区 2023: its report, the regulations it cites', async () => {
    const { reports } = await ok(
      app,
      '{ reports(jurisdiction: "南湖区", year: 2023) { year jurisdiction { name } cites { name } } }',
    );
    expect(reports).toHaveLength(1);
    expect(reports[0].jurisdiction.name).toBe('南湖区');
    expect(reports[0].cites.length).toBeGreaterThan(0);
  });
});

describe('regulations', () => {
  it('filters by kind and issuer, with the reports citing each and their quotes', async () => {
    const { regulations } = await ok(
      app,
      `{ regulations(kind: "local_regulation", issuer: "嘉兴", limit: 200) { name kind
      jurisdiction { name } citedBy { name year } citations { report { year } evidence { quote } } } }`,
    );
    expect(regulations.length).toBeGreaterThan(0);
    for (const g of regulations) expect(g.kind).toBe('local_regulation');
    const green = regulations.find((g: any) => g.name === '嘉兴市城市绿化条例');
    expect(green).toBeDefined();
    expect(green.jurisdiction.name).toBe('嘉兴市');
    expect(green.citedBy.map((r: any) => r.year)).toContain(2023);
    expect(green.citations[0].evidence[0].quote).toContain('绿化条例');
  });
});

describe('idempotent ingestion', () => {
  it('ingesting all seeds twice (loader, then the mutation) leaves counts unchanged', async () => {
    const before = (await ok(app, COUNTS)).stats;
    expect(before.reports).toBe(5);
    const again = await seedCorpus(app.db);
    expect(again.created).toBe(0);
    expect((await ok(app, COUNTS)).stats).toEqual(before);

    const files = readdirSync(SEED_DIR).filter((f) => f.endsWith('.txt'));
    for (const file of files) {
      const text = readFileSync(join(SEED_DIR, file), 'utf8');
      const r = await gql(
        app,
        'mutation($t: String!, $s: String) { ingestReport(text: $t, source: $s) { created report { id year } } }',
        { t: text, s: basename(file) },
        { authorization: `Bearer ${TOKEN}` },
      );
      expect(r.errors, file).toBeUndefined();
      expect(r.data.ingestReport.created, file).toBe(false);
    }
    expect((await ok(app, COUNTS)).stats).toEqual(before);
  });
});

describe('ingestReport and deleteReport', () => {
  it('a new text is created (token required), answers with its report, and deleting it restores the counts', async () => {
    const before = (await ok(app, COUNTS)).stats;
    const text =
      '温州市人民政府关于2019年度法治政府建设工作情况的报告\n2019年,温州市全面推行“双随机、一公开”监管,推进“互联网+监管”。\n';
    const m =
      'mutation($t: String!) { ingestReport(text: $t, source: "api-test-2019.txt") { created report { id year jurisdiction { name } } } }';
    const denied = await gql(app, m, { t: text });
    expect(denied.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const auth = { authorization: `Bearer ${TOKEN}` };
    const r = await gql(app, m, { t: text }, auth);
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestReport.created).toBe(true);
    expect(r.data.ingestReport.report.id).toMatch(/^report:[0-9a-f]{16}$/);
    expect(r.data.ingestReport.report.year).toBe(2019);
    const del = await gql(
      app,
      'mutation($id: ID!) { deleteReport(id: $id) { deleted } }',
      { id: r.data.ingestReport.report.id },
      auth,
    );
    expect(del.data.deleteReport.deleted).toBe(true);
    expect((await ok(app, COUNTS)).stats).toEqual(before);
  });
});
