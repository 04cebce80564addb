/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here; the assertions check their shape. */
// The API's mechanics on the real embedded Neo4j with hand-built reports (independent of the
// extractor): batching (no N+1), ordering, roll-ups, comparison, graph slices, paging.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publishWrites } from '../server/ingest/publish-writes.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { comparePlaceNames } from '../server/graphql/rows.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { reformName, syntheticReport } from './fixtures/api-synthetic.ts';
import { ok } from './helpers/graphql.ts';
import { clearDatabase, testApp } from './helpers/neo4j.ts';

let app: FastifyInstance;

// place index → [year, reforms adopted]: 温州 adopts all 50 early, the others subsets later.
const LOADS: [number, number, number][] = [
  [0, 2018, 50], // 温州市
  [1, 2023, 10], // 嘉兴市
  [2, 2023, 5], // 南湖区
  [3, 2021, 8], // 平湖市
  [4, 2020, 30], // 杭州市
];

beforeAll(async () => {
  // Off: these tests count the statements each answer takes, and a cached answer takes none.
  app = await testApp({ answerCacheBytes: 0 });
  await clearDatabase(app.db);
  await ensureIngestSchema(app.db);
  const places = gazetteerLookup();
  for (const [place, year, count] of LOADS)
    await loadReport(app.db, syntheticReport(place, year, count), { places });
  await publishWrites(app.db);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await app.close();
});

const NPLUS1 = `query($n: Int) { reforms(limit: $n) { id name adoptions { year jurisdiction { name parent { name } }
  agency { name } evidence { quote start end report { name year jurisdiction { name } } } } } }`;

describe('batching', () => {
  it('answers 50 reforms with adoptions, places and evidence in a bounded number of statements', async () => {
    const before = app.db.queries;
    const data = await ok(app, NPLUS1, { n: 50 });
    const used = app.db.queries - before;
    expect(data.reforms).toHaveLength(50);
    const adoptions = data.reforms.flatMap((r: any) => r.adoptions);
    expect(adoptions.length).toBe(50 + 10 + 5 + 8 + 30);
    for (const a of adoptions) {
      expect(a.evidence[0].report.year).toBe(a.year);
      expect(a.evidence[0].quote).toMatch(/^测试改革事项第\d+号$/);
    }
    // reforms, adoptions, jurisdiction, parent, agency, evidence.report, report.jurisdiction
    expect(used).toBeLessThanOrEqual(7);

    const before5 = app.db.queries;
    await ok(app, NPLUS1, { n: 5 });
    expect(app.db.queries - before5).toBe(used);

    // Compiled (JIT) execution batches the same way and answers the same.
    await ok(app, NPLUS1, { n: 50 });
    const beforeJit = app.db.queries;
    expect(await ok(app, NPLUS1, { n: 50 })).toEqual(data);
    expect(app.db.queries - beforeJit).toBe(used);
  });
});

describe('queries on the synthetic corpus', () => {
  it('spread lists adoptions earliest first, then by place name, each with its report', async () => {
    const { spread } = await ok(
      app,
      `{ spread(reform: "${reformName(0)}") { year jurisdiction { name }
      evidence { quote report { year jurisdiction { name } } } } }`,
    );
    const keys = spread.map((a: any) => [a.year, a.jurisdiction.name]);
    expect(keys).toEqual([...keys].sort((a, b) => a[0] - b[0] || comparePlaceNames(a[1], b[1])));
    expect(keys[0]).toEqual([2018, '温州市']);
    for (const a of spread) expect(a.evidence[0].report.jurisdiction.name).toBe(a.jurisdiction.name);
  });

  it('resolves jurisdictions by short form, with parent, children, reports and roll-ups', async () => {
    const { jurisdiction: j } = await ok(
      app,
      `{ jurisdiction(name: "嘉兴") { id name level code parent { name }
      children { name } reports { year } adoptions(year: 2023) { reform { name } }
      rolledUpAdoptions { jurisdiction { name } } } }`,
    );
    expect(j).toMatchObject({ name: '嘉兴市', level: 'CITY', code: '330400', parent: { name: '浙江省' } });
    expect(j.children.map((c: any) => c.name).sort()).toEqual(['南湖区', '平湖市']);
    expect(j.reports).toEqual([{ year: 2023 }]);
    expect(j.adoptions).toHaveLength(10);
    const rolled = j.rolledUpAdoptions.map((a: any) => a.jurisdiction.name);
    expect(rolled.filter((n: string) => n === '嘉兴市')).toHaveLength(10);
    expect(rolled.filter((n: string) => n === '南湖区')).toHaveLength(5);
    expect(rolled.filter((n: string) => n === '平湖市')).toHaveLength(8);
    const { jurisdiction: ph } = await ok(app, '{ jurisdiction(name: "平湖") { name parent { name } } }');
    expect(ph).toEqual({ name: '平湖市', parent: { name: '嘉兴市' } });
    expect((await ok(app, '{ jurisdiction(name: "不存在的地方") { id } }')).jurisdiction).toBeNull();
  });

  it('compares jurisdictions: shared with years, unique to each', async () => {
    const { compare } = await ok(
      app,
      `{ compare(jurisdictions: ["温州", "嘉兴市"]) { jurisdictions { name }
      shared { reform { name } years } unique { jurisdiction { name } reforms { reform { name } } } } }`,
    );
    expect(compare.jurisdictions.map((j: any) => j.name)).toEqual(['温州市', '嘉兴市']);
    expect(compare.shared).toHaveLength(10);
    expect(compare.shared[0].years).toEqual([2018, 2023]);
    expect(compare.unique[0].reforms).toHaveLength(40);
    expect(compare.unique[1].reforms).toHaveLength(0);
  });

  it('diffusion infers learning from earlier adopters in the same province, marked inferred', async () => {
    const { diffusion } = await ok(
      app,
      `{ diffusion(reform: "${reformName(1)}") { adoptionsByYear { year count }
      firstAdopter { jurisdiction { name } year } inferredLearning { learner { name } teacher { name } inferred reason } } }`,
    );
    expect(diffusion.firstAdopter).toEqual({ jurisdiction: { name: '温州市' }, year: 2018 });
    expect(diffusion.adoptionsByYear).toEqual([
      { year: 2018, count: 1 },
      { year: 2020, count: 1 },
      { year: 2021, count: 1 },
      { year: 2023, count: 2 },
    ]);
    expect(diffusion.inferredLearning.length).toBe(4);
    for (const l of diffusion.inferredLearning) {
      expect(l).toMatchObject({ teacher: { name: '温州市' }, inferred: true, reason: 'EARLIER_IN_PROVINCE' });
    }
  });

  it('neighborhood gives typed nodes and prefixed edge ids with evidence; path connects two places', async () => {
    const id = `reform:${reformName(0)}`;
    const { neighborhood: n } = await ok(
      app,
      `{ neighborhood(id: "${id}", depth: 1) { nodes { id type label year data }
      edges { id source target type year evidence { quote report { year } } } truncated } }`,
    );
    expect(n.nodes.find((x: any) => x.id === id)).toMatchObject({ type: 'REFORM', year: 2018 });
    expect(n.nodes.filter((x: any) => x.type === 'JURISDICTION')).toHaveLength(5);
    const adopted = n.edges.filter((e: any) => e.type === 'ADOPTED');
    expect(adopted).toHaveLength(5);
    for (const e of n.edges) expect(e.id).toMatch(/^e:[A-Z_]+:[^>]+->.+:\d+$/);
    expect(adopted[0].evidence[0].report.year).toBe(adopted[0].year);
    expect(n.truncated).toBe(false);
    const ids = new Set(n.nodes.map((x: any) => x.id));
    for (const e of n.edges) expect(ids.has(e.source) && ids.has(e.target)).toBe(true);

    const { neighborhood: only } = await ok(
      app,
      `{ neighborhood(id: "${id}", depth: 2, types: [JURISDICTION]) { nodes { type } } }`,
    );
    expect(only.nodes.every((x: any) => x.type === 'JURISDICTION' || x.type === 'REFORM')).toBe(true);

    const { path } = await ok(
      app,
      '{ path(from: "jurisdiction:330482", to: "jurisdiction:330300") { nodes { id } edges { type } } }',
    );
    expect(path.nodes[0].id).toBe('jurisdiction:330482');
    expect(path.nodes.at(-1).id).toBe('jurisdiction:330300');
    expect(path.edges.length).toBe(path.nodes.length - 1);
    const { path: none } = await ok(
      app,
      '{ path(from: "jurisdiction:330482", to: "jurisdiction:330300", maxLength: 1) { nodes { id } } }',
    );
    expect(none).toBeNull();
  });

  it('search and autocomplete find by prefix and substring, filtered by type', async () => {
    const { search, autocomplete } = await ok(
      app,
      `{ search(text: "第7号", types: [REFORM]) { id type name }
      autocomplete(prefix: "测试改革", types: [REFORM], limit: 3) { name } }`,
    );
    expect(search[0]).toMatchObject({ type: 'REFORM', name: reformName(7) });
    expect(autocomplete).toHaveLength(3);
    const { search: places } = await ok(
      app,
      '{ search(text: "嘉兴", types: [JURISDICTION, AGENCY]) { type name } }',
    );
    expect(places.map((e: any) => e.name)).toContain('嘉兴市');
    expect(places.every((e: any) => e.type === 'JURISDICTION' || e.type === 'AGENCY')).toBe(true);
  });

  it('node, report, reports and stats', async () => {
    const { node } = await ok(
      app,
      '{ node(id: "jurisdiction:330300") { id type name ... on Jurisdiction { level } } }',
    );
    expect(node).toEqual({ id: 'jurisdiction:330300', type: 'JURISDICTION', name: '温州市', level: 'CITY' });
    const { reports } = await ok(
      app,
      '{ reports(jurisdiction: "平湖") { id name year author { name } passages { index text } } }',
    );
    expect(reports).toHaveLength(1);
    expect(reports[0].author.name).toBe('平湖市人民政府');
    expect(reports[0].passages[1].text).toContain(reformName(0));
    const { report } = await ok(
      app,
      `{ report(id: "${reports[0].id}") { text contentHash adoptions { reform { name } } } }`,
    );
    expect(report.adoptions).toHaveLength(8);
    expect(report.text.startsWith('平湖市2021年')).toBe(true);
    const { stats } = await ok(
      app,
      '{ stats { reports firstYear lastYear nodes { label count } relationships { label count } } }',
    );
    expect(stats).toMatchObject({ reports: 5, firstYear: 2018, lastYear: 2023 });
    expect(stats.nodes.find((n: any) => n.label === 'Reform').count).toBe(50);
    expect(stats.relationships.find((n: any) => n.label === 'ADOPTED').count).toBe(103);
  });

  it('pages reforms with offset, most adopted first', async () => {
    const { reforms: a } = await ok(app, '{ reforms(limit: 3) { name adoptions { year } } }');
    expect(a.map((r: any) => r.adoptions.length)).toEqual([5, 5, 5]);
    const { reforms: b } = await ok(app, '{ reforms(limit: 3, offset: 3) { name } }');
    expect(b.map((r: any) => r.name)).not.toContain(a[0].name);
  });
});
