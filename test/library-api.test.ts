// The library's GraphQL side against the real Neo4j: the filtered, sorted, cursor-paged report list,
// fact counts and highlights, metadata correction (kept, applied again on re-ingest) and bad input.
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contentHashOf } from '../server/ingest/corrections.ts';
import { ingestText } from '../server/ingest/ingest-text.ts';
import { seedCorpus } from '../server/ingest/seed.ts';
import { gql, ok } from './helpers/graphql.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';
import { SEEDS, seedText } from './helpers/seeds.ts';

const UNPLACED =
  '关于推进依法行政工作情况的报告\n\n今年以来，我单位认真贯彻落实各项部署，全面推行“双随机、一公开”监管，深化“放管服”改革，推行行政执法公示制度，取得积极成效。\n';
const ROW = `id name year status format genre cursor jurisdiction { name } cues { field cue } factCounts { kind count }`;

describe('library API', () => {
  const driver = testDriver();
  const db = testDb(driver);
  let app: FastifyInstance;

  beforeAll(async () => {
    await clearDatabase(db);
    expect((await seedCorpus(db)).failed).toEqual([]);
    app = await testApp();
  });

  afterAll(async () => {
    await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  it('lists, counts, filters and sorts reports; pages by cursor', async () => {
    const all = await ok(app, `{ reportCount reports(first: 10, sort: YEAR_ASC) { ${ROW} } }`);
    expect(all.reportCount).toBe(5);
    expect(all.reports.map((r: { year: number }) => r.year)).toEqual([...all.reports.map((r: { year: number }) => r.year)].sort());
    const first = all.reports[0];
    expect(first).toMatchObject({ status: 'LOADED', format: 'txt' });
    expect(first.cues.length).toBeGreaterThan(0);
    expect(first.factCounts.find((c: { kind: string }) => c.kind === 'REFORM')?.count).toBeGreaterThan(0);

    const page1 = await ok(app, `{ reports(first: 2, sort: TITLE) { id name cursor } }`);
    const page2 = await ok(app, `query($after: String) { reports(first: 2, sort: TITLE, after: $after) { id name } }`, {
      after: page1.reports[1].cursor,
    });
    expect(page2.reports).toHaveLength(2);
    expect(page2.reports.map((r: { id: string }) => r.id)).not.toContain(page1.reports[0].id);

    const zj = await ok(app, `{ reportCount(filter: { jurisdiction: "嘉兴市" }) reports(filter: { jurisdiction: "嘉兴市" }) { jurisdiction { name } } }`);
    // 嘉兴市 itself and 南湖区 within it.
    expect(zj.reportCount).toBe(2);
    const y2023 = await ok(app, `{ reportCount(filter: { year: 2023, title: "报告" }) }`);
    expect(y2023.reportCount).toBeGreaterThan(0);
    const refused = await ok(app, `{ reportCount(filter: { status: REFUSED }) reports(filter: { status: REFUSED }) { id } }`);
    expect(refused).toEqual({ reportCount: 0, reports: [] });
    // The plain list answers as before.
    expect((await ok(app, `{ reports(limit: 3) { id } }`)).reports).toHaveLength(3);
  });

  it('names bad filter values', async () => {
    const bad = await gql(app, `{ reports(filter: { jurisdiction: "没有这个地方" }) { id } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.message).toContain('filter.jurisdiction');
    const cursor = await gql(app, `{ reports(after: "nonsense") { id } }`);
    expect(cursor.errors?.[0]?.message).toContain('after');
    const genre = await gql(app, `{ reportCount(filter: { genre: "poem" }) }`);
    expect(genre.errors?.[0]?.message).toContain('filter.genre');
  });

  it('highlights lie inside the text and cover entities and facts', async () => {
    const { reports } = await ok(app, `{ reports(filter: { title: "温州" }, first: 1) { id } }`);
    const { report } = await ok(app, `query($id: ID!) { report(id: $id) { text highlights { kind start end label } } }`, {
      id: reports[0].id,
    });
    const kinds = new Set(report.highlights.map((h: { kind: string }) => h.kind));
    for (const k of ['REFORM', 'JURISDICTION', 'ADOPTED']) expect(kinds).toContain(k);
    for (const h of report.highlights as { start: number; end: number }[]) {
      expect(h.start).toBeGreaterThanOrEqual(0);
      expect(h.end).toBeLessThanOrEqual(report.text.length);
      expect(h.end).toBeGreaterThan(h.start);
    }
  });

  it('corrects year and jurisdiction in one transaction; the correction is kept and re-applied', async () => {
    const text = seedText(SEEDS.wenzhou2018);
    const { reports } = await ok(app, `{ reports(filter: { jurisdiction: "温州市" }) { id year } }`);
    const id = reports[0].id;
    const res = await ok(
      app,
      `mutation($id: ID!) { correctReport(id: $id, year: 2019, jurisdiction: "嘉兴市") {
        report { id year jurisdiction { name } cues { field cue } correction { year jurisdiction } }
        correction { contentHash year jurisdiction correctedAt } } }`,
      { id },
    );
    const r = res.correctReport.report;
    expect(r).toMatchObject({ id, year: 2019, jurisdiction: { name: '嘉兴市' } });
    expect(r.cues).toEqual(expect.arrayContaining([{ field: 'year', cue: 'correction' }, { field: 'jurisdiction', cue: 'correction' }]));
    expect(res.correctReport.correction).toMatchObject({ year: 2019, jurisdiction: '嘉兴市' });
    expect((await ok(app, `{ reportCount(filter: { jurisdiction: "温州市" }) }`)).reportCount).toBe(0);
    expect((await ok(app, `{ reportCount }`)).reportCount).toBe(5);

    // Deleted and loaded again from the same text: the kept correction places it again.
    await ok(app, `mutation($id: ID!) { deleteReport(id: $id) { deleted } }`, { id });
    const again = await ingestText(db, text, 'wenzhou.txt');
    expect(again.reportId).toBe(id);
    const after = await ok(app, `query($id: ID!) { report(id: $id) { year jurisdiction { name } correction { year } } }`, { id });
    expect(after.report).toMatchObject({ year: 2019, jurisdiction: { name: '嘉兴市' }, correction: { year: 2019 } });
  });

  it('a refused report (no place, no year) is loaded by supplying what it lacked; the refusal goes', async () => {
    const text = `${UNPLACED}\n`;
    await expect(ingestText(db, text, 'unplaced.txt')).rejects.toThrow();
    const { refusedReports } = await ok(app, `{ refusedReports { id missing } }`);
    const refused = refusedReports.find((r: { id: string }) => r.id === `refused:${contentHashOf(text).slice(0, 16)}`);
    expect(refused.missing).toEqual(expect.arrayContaining(['jurisdiction', 'year']));
    const res = await ok(app, `mutation($id: ID!) { correctReport(id: $id, year: 2021, jurisdiction: "温岭市") { report { id year status jurisdiction { name } cues { field cue } } } }`, {
      id: refused.id,
    });
    expect(res.correctReport.report).toMatchObject({ year: 2021, status: 'LOADED', jurisdiction: { name: '温岭市' } });
    expect(res.correctReport.report.cues).toEqual(expect.arrayContaining([{ field: 'year', cue: 'correction' }]));
    expect((await ok(app, `{ refusedReports { id } }`)).refusedReports).toEqual([]);
    // Loading the same text again: the kept correction places it, nothing is refused or duplicated.
    const again = await ingestText(db, text, 'unplaced.txt');
    expect(again.created).toBe(false);
    const missing = await gql(app, `mutation($id: ID!) { correctReport(id: $id, title: "x") { report { id } } }`, { id: 'refused:0000000000000000' });
    expect(missing.errors?.[0]?.message).toMatch(/^id: no refused report/);
  });

  it('refuses corrections it cannot apply, naming the field', async () => {
    const { reports } = await ok(app, `{ reports(first: 1) { id } }`);
    const cases: [string, string][] = [
      [`correctReport(id: "${reports[0].id}", jurisdiction: "没有这个地方")`, 'jurisdiction'],
      [`correctReport(id: "${reports[0].id}", year: 1800)`, 'year'],
      [`correctReport(id: "${reports[0].id}", genre: "poem")`, 'genre'],
      [`correctReport(id: "${reports[0].id}")`, 'correction'],
      [`correctReport(id: "report:0000000000000000", year: 2020)`, 'id'],
    ];
    for (const [call, field] of cases) {
      const r = await gql(app, `mutation { ${call} { report { id } } }`);
      expect(r.errors?.[0]?.extensions?.code, call).toBe('BAD_USER_INPUT');
      expect(r.errors?.[0]?.message, call).toMatch(new RegExp(`^${field}`));
    }
  });
});
