// A report that cannot be placed (no jurisdiction or no year) is refused, not written: the CLI path
// names the file, what is missing and how to supply it, the rest still load; ingestReport answers
// REPORT_UNPLACED with extensions.missing; each refusal is a (:RefusedReport) listed by
// refusedReports until the same text loads. Facts carry their stage: a plan is not an adoption.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/db/run-cypher.ts';
import { extractReport } from '../server/extract/index.ts';
import type { ExtractedReport } from '../server/extract/model.ts';
import { ingestFiles } from '../server/ingest/ingest-files.ts';
import { loadReport } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { publishWrites } from '../server/ingest/publish-writes.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { printSummary } from '../server/ingest/summary.ts';
import { gql } from './helpers/graphql.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';
import { SEEDS, seedReport, seedText } from './helpers/seeds.ts';

// No place, no year: nothing in the text or the file name says where or when.
const UNPLACED = '各位代表：\n过去一年，我们深化“放管服”改革，推进各项工作。\n下一步，我们将继续努力。\n';
const NO_CACHE = { 'cache-control': 'no-cache' };

// The extractor honours given metadata once the placement work lands (server/extract/metadata.ts);
// until then the tests that need it say so and skip.
const overridesHonoured =
  extractReport(UNPLACED, 'probe.txt', { jurisdiction: '330300', year: 2020, cue: 'argument' }).report.year === 2020;

describe('refusing unplaced reports', () => {
  let db: Db;
  const driver = testDriver();
  let app: FastifyInstance;
  const dir = mkdtempSync(join(tmpdir(), 'reformgraph-placement-'));

  beforeAll(async () => {
    db = testDb(driver);
    await clearDatabase(db);
    await ensureIngestSchema(db);
    writeFileSync(join(dir, 'nowhere.txt'), UNPLACED);
    writeFileSync(join(dir, SEEDS.nanhu2023), seedText(SEEDS.nanhu2023));
    app = await testApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await clearDatabase(db);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('npm run ingest refuses the unplaced file with what is missing and how to supply it; the rest load', async () => {
    const summary = await ingestFiles(db, [dir]);
    expect(summary.created).toBe(1);
    expect(summary.failed).toEqual([]);
    expect(summary.refused).toHaveLength(1);
    const [refused] = summary.refused;
    expect(refused).toMatchObject({ file: 'nowhere.txt', status: 'refused', reason: 'unplaced', reportId: null });
    expect(refused!.missing).toEqual(['jurisdiction', 'year']);
    const lines: string[] = [];
    printSummary(summary, (l) => lines.push(l));
    expect(lines[0]).toContain('1 refused');
    const line = lines.find((l) => l.includes('refused') && l.includes('nowhere.txt'));
    expect(line).toMatch(/no jurisdiction, no year/);
    expect(line).toContain('--manifest');
    expect(line).toContain('ingestReport');

    const reports = await driver.executeQuery('MATCH (r:Report) RETURN count(r) AS n');
    expect(reports.records[0]!.get('n').toNumber()).toBe(1);
    const { data, errors } = await gql(app, '{ refusedReports { file reason missing textLength text } }', undefined, NO_CACHE);
    expect(errors).toBeUndefined();
    expect(data.refusedReports).toEqual([
      { file: 'nowhere.txt', reason: 'unplaced', missing: ['jurisdiction', 'year'], textLength: UNPLACED.length, text: UNPLACED },
    ]);

    // Refusing the same text again keeps one record.
    const again = await ingestFiles(db, [join(dir, 'nowhere.txt')]);
    expect(again.refused).toHaveLength(1);
    const count = await driver.executeQuery('MATCH (x:RefusedReport) RETURN count(x) AS n');
    expect(count.records[0]!.get('n').toNumber()).toBe(1);
  }, 300_000);

  it.skipIf(!overridesHonoured)('a manifest row places the refused file, and its refusal record goes', async () => {
    const manifest = new Map([['nowhere.txt', { jurisdiction: '温州市', year: 2020 }]]);
    const summary = await ingestFiles(db, [join(dir, 'nowhere.txt')], { manifest });
    expect(summary.refused).toEqual([]);
    expect(summary.created).toBe(1);
    const { data } = await gql(app, '{ refusedReports { file } reports(year: 2020) { year jurisdiction { name } cues { field cue } } }', undefined, NO_CACHE);
    expect(data.refusedReports).toEqual([]);
    expect(data.reports[0].jurisdiction.name).toBe('温州市');
    expect(data.reports[0].cues).toContainEqual({ field: 'jurisdiction', cue: 'manifest' });
  }, 300_000);

  it('ingestReport answers REPORT_UNPLACED with extensions.missing and records the refusal', async () => {
    const text = `${UNPLACED}（经API提交）\n`;
    const r = await gql(app, 'mutation($t: String!) { ingestReport(text: $t, source: "api-nowhere") { created report { id } } }', { t: text });
    expect(r.data?.ingestReport ?? null).toBeNull();
    expect(r.errors).toHaveLength(1);
    const e = r.errors![0]!;
    expect(e.extensions?.code).toBe('REPORT_UNPLACED');
    expect(e.extensions?.missing).toEqual(['jurisdiction', 'year']);
    expect(e.message).toContain('jurisdiction');
    expect(e.message).toContain('ingestReport');
    const { data } = await gql(app, '{ refusedReports { source missing } reports { name } }', undefined, NO_CACHE);
    expect(data.refusedReports).toContainEqual({ source: 'api-nowhere', missing: ['jurisdiction', 'year'] });
    expect(data.reports.every((x: { name: string }) => typeof x.name === 'string')).toBe(true);
  }, 300_000);

  it('checks the metadata arguments and names the bad one', async () => {
    const m = 'mutation($t: String!, $y: Int, $g: String, $p: String) { ingestReport(text: $t, year: $y, genre: $g, published: $p) { created } }';
    for (const [vars, argument] of [
      [{ y: 3000 }, 'year'],
      [{ g: 'novel' }, 'genre'],
      [{ p: '2020-13-45' }, 'published'],
    ] as const) {
      const r = await gql(app, m, { t: UNPLACED, ...vars });
      expect(r.errors?.[0]?.extensions, argument).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    }
  }, 300_000);

  it.skipIf(!overridesHonoured)('ingestReport arguments place the report (cue "argument") and settle its refusal', async () => {
    const text = `${UNPLACED}（经API提交）\n`;
    const r = await gql(
      app,
      'mutation($t: String!) { ingestReport(text: $t, source: "api-nowhere", jurisdiction: "温州市", year: 2021, genre: "government_work") { created report { year genre jurisdiction { name } cues { field cue } } } }',
      { t: text },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.ingestReport.report).toMatchObject({ year: 2021, genre: 'government_work', jurisdiction: { name: '温州市' } });
    expect(r.data.ingestReport.report.cues).toContainEqual({ field: 'year', cue: 'argument' });
    const { data } = await gql(app, '{ refusedReports { source } }', undefined, NO_CACHE);
    expect(data.refusedReports).not.toContainEqual({ source: 'api-nowhere' });
  }, 300_000);
});

describe('fact stages', () => {
  let db: Db;
  const driver = testDriver();
  let app: FastifyInstance;
  let reform = '';

  beforeAll(async () => {
    db = testDb(driver);
    await clearDatabase(db);
    await ensureIngestSchema(db);
    // The Wenzhou seed with every fact of one adopted reform marked planned, and a report genre and cues.
    const x = seedReport(SEEDS.wenzhou2018);
    const adopts = x.facts.filter((f) => f.kind === 'adopts');
    reform = adopts[0]!.kind === 'adopts' ? adopts[0]!.reform : '';
    const staged: ExtractedReport = {
      ...x,
      report: { ...x.report, genre: 'rule_of_law', cues: { jurisdiction: 'title-line', year: 'title-line' } },
      facts: x.facts.map((f) => ('reform' in f && f.reform === reform ? { ...f, stage: 'planned' as const } : f)),
    };
    await loadReport(db, staged, { places: gazetteerLookup() });
    await publishWrites(db);
    app = await testApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  it('stores the stage on fact relationships (absent = done)', async () => {
    const res = await driver.executeQuery(
      'MATCH ()-[f:ADOPTED]->(r:Reform) RETURN r.key = $reform AS planned, collect(DISTINCT f.stage) AS stages ORDER BY planned',
      { reform },
    );
    const byPlanned = new Map(res.records.map((r) => [r.get('planned'), r.get('stages')]));
    expect(byPlanned.get(true)).toEqual(['planned']);
    expect(byPlanned.get(false)).toEqual([]);
  }, 300_000);

  it('spread, diffusion and adoptions count done facts unless asked for planned ones', async () => {
    const name = (await driver.executeQuery('MATCH (r:Reform {key: $reform}) RETURN r.name AS n', { reform })).records[0]!.get('n');
    const q = `query($r: String!) {
      done: spread(reform: $r) { stage }
      all: spread(reform: $r, stages: [DONE, PLANNED]) { stage year jurisdiction { name } }
      reform(name: $r) { adoptions { stage } planned: adoptions(stages: [PLANNED]) { stage } diffusion { firstAdopter { year } } }
      diffusion(reform: $r, stages: [PLANNED]) { firstAdopter { stage jurisdiction { name } } }
      reports { genre cues { field cue } adoptions { stage } planned: adoptions(stages: [PLANNED]) { stage } }
    }`;
    const { data, errors } = await gql(app, q, { r: name });
    expect(errors).toBeUndefined();
    expect(data.done).toEqual([]);
    expect(data.all.length).toBeGreaterThan(0);
    expect(data.all.every((a: { stage: string }) => a.stage === 'PLANNED')).toBe(true);
    expect(data.reform.adoptions).toEqual([]);
    expect(data.reform.planned.length).toBe(data.all.length);
    expect(data.reform.diffusion.firstAdopter).toBeNull();
    expect(data.diffusion.firstAdopter).toMatchObject({ stage: 'PLANNED' });
    const [report] = data.reports;
    expect(report.genre).toBe('rule_of_law');
    expect(report.cues).toEqual([
      { field: 'jurisdiction', cue: 'title-line' },
      { field: 'year', cue: 'title-line' },
    ]);
    expect(report.adoptions.length).toBeGreaterThan(0);
    expect(report.adoptions.every((a: { stage: string }) => a.stage === 'DONE')).toBe(true);
    expect(report.planned.every((a: { stage: string }) => a.stage === 'PLANNED')).toBe(true);
  }, 300_000);

  it('marks a reform named by one jurisdiction as local', async () => {
    const { data } = await gql(app, '{ reforms(limit: 5) { name jurisdictionCount diffusing } }');
    for (const r of data.reforms) {
      expect(r.jurisdictionCount).toBeLessThanOrEqual(1);
      expect(r.diffusing).toBe(false);
    }
  }, 300_000);
});
