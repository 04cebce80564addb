/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL answers are untyped JSON here; the assertions check their shape. */
// Indicators through GraphQL and the CSV route on the real embedded Neo4j: the seeds plus two
// hand-made reports, so 南湖区 has a series over two years and panels compare places.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractReport } from '../server/extract/index.ts';
import { deleteReport } from '../server/ingest/delete-report.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { seedCorpus } from '../server/ingest/seed.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { NANHU_2022, WENZHOU_2019 } from './fixtures/indicators/extra-reports.ts';
import { gql, ok } from './helpers/graphql.ts';
import { clearDatabase, testApp } from './helpers/neo4j.ts';

let app: FastifyInstance;
let nanhu2022Id = '';

beforeAll(async () => {
  app = await testApp();
  await clearDatabase(app.db);
  const summary = await seedCorpus(app.db);
  expect(summary.failed).toEqual([]);
  const opts = { places: gazetteerLookup() };
  nanhu2022Id = (await loadReport(app.db, extractReport(NANHU_2022, 'nanhu-2022.txt'), opts)).reportId;
  await loadReport(app.db, extractReport(WENZHOU_2019, 'wenzhou-2019.txt'), opts);
});

afterAll(async () => {
  await clearDatabase(app.db);
  await app.close();
});

const SERIES = `query($n: String!, $names: [String!], $from: Int, $to: Int) {
  jurisdiction(name: $n) { name indicators(names: $names, from: $from, to: $to) {
    name label labelEn kind unit agency { name }
    points { value unit year label agencyName jurisdiction { name } report { year }
      evidence { quote start end passage report { text } } } } } }`;

describe('Jurisdiction.indicators', () => {
  it('gives 南湖区 a series per indicator over 2022 and 2023, each point quoted verbatim', async () => {
    const { jurisdiction } = await ok(app, SERIES, { n: '南湖区', names: ['reconsideration_received', 'head_appearance_rate'] });
    expect(jurisdiction.indicators.map((s: any) => s.name)).toEqual(['reconsideration_received', 'head_appearance_rate']);
    const received = jurisdiction.indicators[0];
    expect(received).toMatchObject({ label: '行政复议案件（收案）', kind: 'COUNT', unit: '件', agency: null });
    expect(received.points.map((p: any) => [p.year, p.value])).toEqual([
      [2022, 97],
      [2023, 152],
    ]);
    for (const s of jurisdiction.indicators)
      for (const p of s.points) {
        expect(p.jurisdiction.name).toBe('南湖区');
        const [e] = p.evidence;
        expect(e.report.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.quote).toContain(String(p.value));
      }
    expect(jurisdiction.indicators[1].kind).toBe('RATE');
  });

  it('filters by years and keeps a bureau’s own numbers in a series of their own', async () => {
    const only2023 = await ok(app, SERIES, { n: '南湖区', names: ['reconsideration_received'], from: 2023, to: 2023 });
    expect(only2023.jurisdiction.indicators[0].points.map((p: any) => p.year)).toEqual([2023]);
    const { jurisdiction } = await ok(app, SERIES, { n: '嘉兴市' });
    const bureau = jurisdiction.indicators.filter((s: any) => s.agency?.name === '嘉兴市住房和城乡建设局');
    expect(bureau.map((s: any) => s.name)).toContain('fines_amount');
    const fines = bureau.find((s: any) => s.name === 'fines_amount');
    expect(fines.points[0]).toMatchObject({ value: 1679.03, unit: '万元', year: 2023, agencyName: '嘉兴市住房和城乡建设局' });
  });

  it('answers an unknown indicator name or a reversed range with BAD_USER_INPUT naming the argument', async () => {
    const bad = await gql(app, SERIES, { n: '南湖区', names: ['no_such_thing'] });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toMatch(/names\[0\].*no_such_thing/u);
    const rev = await gql(app, SERIES, { n: '南湖区', from: 2024, to: 2020 });
    expect(rev.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(rev.errors?.[0]?.message).toMatch(/^from:/u);
  });
});

describe('Report.indicators', () => {
  it('lists a report’s values in text order', async () => {
    const { report } = await ok(app, `query($id: ID!) { report(id: $id) { indicators { name value unit year jurisdiction { name } evidence { quote } } } }`, { id: nanhu2022Id });
    expect(report.indicators.map((i: any) => `${i.name} ${i.value}${i.unit}`)).toEqual([
      'normative_docs_issued 12件',
      'reconsideration_received 97件',
      'reconsideration_concluded 90件',
      'reconsideration_correction_rate 2.2%',
      'head_appearance_rate 98%',
      'info_disclosed 38000条',
    ]);
  });
});

const PANEL = `query($name: String!, $j: [String!], $from: Int, $to: Int) {
  indicatorPanel(name: $name, jurisdictions: $j, from: $from, to: $to) {
    indicator { name label kind units } from to
    series { jurisdiction { name } agency { name } unit points { year value evidence { quote } } } } }`;

describe('indicatorPanel', () => {
  it('compares one indicator across places and years, in the order asked', async () => {
    const { indicatorPanel } = await ok(app, PANEL, { name: 'reconsideration_correction_rate', j: ['温州市', '南湖区'] });
    expect(indicatorPanel.indicator).toMatchObject({ name: 'reconsideration_correction_rate', kind: 'RATE', units: ['%'] });
    expect(
      indicatorPanel.series.map((s: any) => [s.jurisdiction.name, s.points.map((p: any) => [p.year, p.value])]),
    ).toEqual([
      ['温州市', [[2018, 17.3], [2019, 17.2]]],
      ['南湖区', [[2022, 2.2], [2023, 1.57]]],
    ]);
  });

  it('without jurisdictions lists every place that states it', async () => {
    const { indicatorPanel } = await ok(app, PANEL, { name: 'reconsideration_received', from: 2018, to: 2023 });
    expect(indicatorPanel.series.map((s: any) => s.jurisdiction.name).sort()).toEqual(['南湖区', '温州市'].sort());
  });

  it('rejects unknown indicators and places with coded errors', async () => {
    const a = await gql(app, PANEL, { name: 'nope' });
    expect(a.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'name' } });
    const b = await gql(app, PANEL, { name: 'info_disclosed', j: ['不存在市'] });
    expect(b.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(b.errors?.[0]?.message).toMatch(/jurisdictions\[0\]/u);
    const c = await gql(app, PANEL, { name: 'info_disclosed', from: 1800 });
    expect(c.errors?.[0]?.message).toMatch(/^from:/u);
  });

  it('lists the definitions', async () => {
    const { indicatorDefinitions } = await ok(app, '{ indicatorDefinitions { name label labelEn kind units } }');
    expect(indicatorDefinitions.length).toBeGreaterThanOrEqual(19);
    expect(indicatorDefinitions.find((d: any) => d.name === 'fines_amount')).toMatchObject({ kind: 'AMOUNT', label: '罚没款' });
  });
});

describe('GET /api/indicators.csv', () => {
  it('exports the panel: jurisdiction × indicator × year × value × unit × quote', async () => {
    const res = await app.inject({
      method: 'GET',
      url: `/api/indicators.csv?name=info_disclosed&jurisdictions=${encodeURIComponent('南湖区,温州市')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv/u);
    const lines = res.body.replace(/^\uFEFF/u, '').trim().split('\r\n');
    expect(lines[0]).toBe('jurisdiction,code,indicator,label,year,value,unit,agency,report,quote,start,end');
    const rows = lines.slice(1).map((l) => l.split(','));
    expect(rows.map((r) => [r[0], r[4], r[5], r[6]])).toEqual([
      ['南湖区', '2022', '38000', '条'],
      ['南湖区', '2023', '42402', '条'],
      ['温州市', '2019', '52000', '条'],
    ]);
    expect(rows[1]![9]).toContain('主动公开政府信息42402条');
  });

  it('answers 400 with a coded error for a missing or unknown indicator', async () => {
    for (const url of ['/api/indicators.csv', '/api/indicators.csv?name=nope', '/api/indicators.csv?name=info_disclosed&from=x']) {
      const res = await app.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(JSON.parse(res.body)).toMatchObject({ code: 'BAD_USER_INPUT' });
    }
  });
});

describe('loading and deleting', () => {
  it('removes a report’s values with the report and never loads them twice', async () => {
    const again = await loadReport(app.db, extractReport(NANHU_2022, 'nanhu-2022.txt'), { places: gazetteerLookup() });
    expect(again.created).toBe(false);
    const before = await ok(app, SERIES, { n: '南湖区', names: ['reconsideration_received'] });
    expect(before.jurisdiction.indicators[0].points).toHaveLength(2);
    await deleteReport(app.db, nanhu2022Id);
    const after = await ok(app, SERIES, { n: '南湖区', names: ['reconsideration_received'] });
    expect(after.jurisdiction.indicators[0].points.map((p: any) => p.year)).toEqual([2023]);
  });
});
