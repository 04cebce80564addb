/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here; the assertions check their shape. */
// The aggregated spread and the paged adoptions (issue 13) agree with the full `spread` answer on
// the seed reports: the same adopters, first years and facts, just counted or cut into pages.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { summarise } from '../server/graphql/queries/spread-summary.ts';
import { seedCorpus } from '../server/ingest/seed.ts';
import { gql, ok } from './helpers/graphql.ts';
import { clearDatabase, testApp } from './helpers/neo4j.ts';

let app: FastifyInstance;
const REFORM = '双随机、一公开';

beforeAll(async () => {
  app = await testApp();
  await clearDatabase(app.db);
  const summary = await seedCorpus(app.db);
  expect(summary.failed).toEqual([]);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await app.close();
});

describe('summarise (pure)', () => {
  it('folds (level, year, province) counts into years, level × year and provinces', () => {
    const s = summarise('reform:x', [
      { level: 'city', year: 2018, provinceId: 'jurisdiction:33', provinceName: '浙江省', adopters: 1 },
      { level: 'county', year: 2021, provinceId: 'jurisdiction:33', provinceName: '浙江省', adopters: 2 },
      { level: 'county', year: 2021, provinceId: 'jurisdiction:44', provinceName: '广东省', adopters: 3 },
      { level: 'nation', year: 2016, provinceId: null, provinceName: null, adopters: 1 },
    ]);
    expect(s.adopters).toBe(7);
    expect(s.firstYear).toBe(2016);
    expect(s.lastYear).toBe(2021);
    expect(s.byYear).toEqual([
      { year: 2016, count: 1 },
      { year: 2018, count: 1 },
      { year: 2021, count: 5 },
    ]);
    expect(s.byLevelYear.find((c) => c.level === 'county' && c.year === 2021)?.count).toBe(5);
    expect(s.provinces.map((p) => [p.provinceName, p.adopters, p.firstYear])).toEqual([
      [null, 1, 2016],
      ['浙江省', 3, 2018],
      ['广东省', 3, 2021],
    ]);
  });
});

describe('spreadSummary and adoptions on the seeds', () => {
  it('count each adopter once, at its first year, as spread lists them', async () => {
    const { spread, spreadSummary } = await ok(
      app,
      `query($r: String!) {
        spread(reform: $r) { year jurisdiction { id name level } }
        spreadSummary(reform: $r, firstAdopters: 2) {
          reform { name } adopters firstYear lastYear byYear { year count }
          byLevelYear { level year count }
          provinces { province { name } adopters firstYear lastYear byLevel { level count } }
          firstAdopters { jurisdiction { name } year }
        }
      }`,
      { r: REFORM },
    );
    const first = new Map<string, number>();
    for (const a of spread) first.set(a.jurisdiction.id, Math.min(first.get(a.jurisdiction.id) ?? 9999, a.year));
    expect(spreadSummary.reform.name).toBe(REFORM);
    expect(spreadSummary.adopters).toBe(first.size);
    expect(spreadSummary.firstYear).toBe(Math.min(...first.values()));
    const sum = (xs: { count: number }[]) => xs.reduce((n, x) => n + x.count, 0);
    expect(sum(spreadSummary.byYear)).toBe(first.size);
    expect(sum(spreadSummary.byLevelYear)).toBe(first.size);
    expect(spreadSummary.provinces.reduce((n: number, p: any) => n + p.adopters, 0)).toBe(first.size);
    expect(spreadSummary.provinces[0].province.name).toBe('浙江省');
    expect(spreadSummary.firstAdopters).toHaveLength(2);
    expect(spreadSummary.firstAdopters[0]).toEqual({ jurisdiction: { name: '温州市' }, year: 2018 });
  });

  it('pages through every adoption exactly once, earliest first, with a total', async () => {
    const { spread } = await ok(app, `{ spread(reform: "${REFORM}") { year jurisdiction { id } evidence { quote } } }`);
    const seen: any[] = [];
    let after: string | null = null;
    let total = -1;
    for (let i = 0; i < 50; i++) {
      const { adoptions }: any = await ok(
        app,
        `query($r: String!, $after: String) { adoptions(reform: $r, first: 2, after: $after) {
          totalCount pageInfo { hasNextPage endCursor } edges { cursor node { year jurisdiction { id } evidence { quote } } } } }`,
        { r: REFORM, after },
      );
      total = adoptions.totalCount;
      expect(adoptions.edges.length).toBeLessThanOrEqual(2);
      seen.push(...adoptions.edges.map((e: any) => e.node));
      if (!adoptions.pageInfo.hasNextPage) break;
      after = adoptions.pageInfo.endCursor;
    }
    expect(total).toBe(spread.length);
    expect(seen).toHaveLength(spread.length);
    const years = seen.map((a) => a.year);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    const key = (a: any) => `${a.year}|${a.jurisdiction.id}|${a.evidence[0]?.quote}`;
    expect(new Set(seen.map(key))).toEqual(new Set(spread.map(key)));
  });

  it('narrows to one area and refuses a cursor it did not give out', async () => {
    const { adoptions } = await ok(
      app,
      `{ adoptions(reform: "${REFORM}", within: "嘉兴市") { totalCount edges { node { jurisdiction { name } } } } }`,
    );
    expect(adoptions.totalCount).toBeGreaterThan(0);
    for (const e of adoptions.edges) expect(['嘉兴市', '南湖区', '平湖市']).toContain(e.node.jurisdiction.name);

    const bad = await gql(app, `{ adoptions(reform: "${REFORM}", after: "not-a-cursor") { totalCount } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/^after: /);
    const unknown = await ok(app, `{ spreadSummary(reform: "没有这个改革") { adopters } }`);
    expect(unknown.spreadSummary).toBeNull();
  });
});
