// Ingesting the five real seed reports end to end (decode → extract → load) on the embedded Neo4j:
// every label is populated, a second ingest changes nothing, a corrected report replaces its facts
// and drops what only it supported, a failing load leaves nothing, bad files fail with reasons.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/db/run-cypher.ts';
import { extractReport } from '../server/extract/index.ts';
import { buildGraphRows } from '../server/ingest/graph-rows.ts';
import { ingestFiles } from '../server/ingest/ingest-files.ts';
import { ingestText } from '../server/ingest/ingest-text.ts';
import { loadRows } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { SEED_DIR, countReports, seedCorpus, seedIfEmpty } from '../server/ingest/seed.ts';
import { clearDatabase, testDb, testDriver } from './helpers/neo4j.ts';

const WENZHOU = '003_d909330e91d29ae9.txt';
const LABELS = ['Report', 'Passage', 'Jurisdiction', 'Agency', 'Regulation', 'Reform'];

async function scalar(driver: Driver, query: string, params: Record<string, unknown> = {}): Promise<number> {
  const res = await driver.executeQuery(query, params);
  return res.records[0]!.get(0).toNumber();
}

async function graphCounts(driver: Driver) {
  return {
    nodes: await scalar(driver, 'MATCH (n) RETURN count(n)'),
    rels: await scalar(driver, 'MATCH ()-[r]->() RETURN count(r)'),
  };
}

describe('ingesting the seed corpus', () => {
  let driver: Driver;
  let db: Db;
  const tmp = mkdtempSync(join(tmpdir(), 'reformgraph-ingest-'));

  beforeAll(async () => {
    driver = testDriver();
    db = testDb(driver);
    await clearDatabase(db);
    await ensureIngestSchema(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await driver.close();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('loads all five seeds and populates every label', async () => {
    const summary = await seedCorpus(db);
    expect(summary.failed).toEqual([]);
    expect(summary).toMatchObject({ files: 5, created: 5, unchanged: 0, replaced: 0 });
    expect(summary.facts).toBeGreaterThan(0);
    for (const label of LABELS) {
      expect(await scalar(driver, `MATCH (n:${label}) RETURN count(n)`), label).toBeGreaterThan(0);
    }
    expect(await countReports(db)).toBe(5);
  });

  it('changes nothing when all seeds are ingested again', async () => {
    const before = await graphCounts(driver);
    const summary = await seedCorpus(db);
    expect(summary).toMatchObject({ files: 5, created: 0, unchanged: 5, replaced: 0, failed: [] });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('records that 温州市 adopted 双随机一公开 in 2018, quoting the 温州 report', async () => {
    const res = await driver.executeQuery(
      `MATCH (j:Jurisdiction {id: 'jurisdiction:330300'})-[a:ADOPTED]->(f:Reform {id: 'reform:双随机一公开'})
       MATCH (r:Report {id: a.reportId})
       RETURN a.year AS year, a.quotes AS quotes, a.starts AS starts, a.ends AS ends, r.file AS file, r.text AS text`,
    );
    const rows = res.records.map((r) => r.toObject());
    expect(rows.length).toBeGreaterThan(0);
    const wenzhou = rows.find((r) => r.file === WENZHOU);
    expect(wenzhou?.year.toNumber()).toBe(2018);
    // Every quote is verbatim at its offsets in the report text.
    wenzhou!.quotes.forEach((q: string, i: number) => {
      expect(wenzhou!.text.slice(wenzhou!.starts[i].toNumber(), wenzhou!.ends[i].toNumber())).toBe(q);
    });
  });

  it('replaces a corrected report (same source) and removes the entities only it supported', async () => {
    const oldId = (await driver.executeQuery('MATCH (r:Report {file: $f}) RETURN r.id AS id', { f: WENZHOU })).records[0]!.get('id');
    const text = readFileSync(join(SEED_DIR, WENZHOU), 'utf8');
    // A regulation no other seed mentions: the correction deletes every line that names it.
    const only = await driver.executeQuery(
      `MATCH (:Report {id: $id})-[m:MENTIONS]->(g:Regulation) WHERE m.count > 0
         AND NOT EXISTS { MATCH (o:Report)-[:MENTIONS]->(g) WHERE o.id <> $id }
       RETURN g.id AS id, g.name AS name ORDER BY g.name`,
      { id: oldId },
    );
    const target = only.records.map((r) => r.toObject()).find((g) => text.includes(g.name as string));
    expect(target, 'the 温州 report cites a regulation no other seed does').toBeDefined();
    const corrected = text
      .split('\n')
      .filter((line) => !line.includes(target!.name as string))
      .join('\n');

    const res = await ingestText(db, corrected, WENZHOU);
    expect(res).toMatchObject({ created: true, replaced: true, replacedIds: [oldId] });
    expect(await scalar(driver, 'MATCH (g:Regulation {id: $id}) RETURN count(g)', { id: target!.id })).toBe(0);
    expect(await scalar(driver, 'MATCH (r:Report {id: $id}) RETURN count(r)', { id: oldId })).toBe(0);
    expect(await scalar(driver, 'MATCH ()-[f]->() WHERE f.reportId = $id RETURN count(f)', { id: oldId })).toBe(0);
    expect(await scalar(driver, 'MATCH (p:Passage) WHERE p.id STARTS WITH $prefix RETURN count(p)', { prefix: `passage:${oldId.replace(/^report:/, '')}:` })).toBe(0);
    expect(await countReports(db)).toBe(5);
    // Jurisdictions keep unbroken WITHIN chains up to the nation.
    expect(await scalar(driver, `MATCH (j:Jurisdiction) WHERE j.level <> 'nation' AND NOT (j)-[:WITHIN]->() RETURN count(j)`)).toBe(0);
  });

  it('leaves nothing behind when a report fails midway through its transaction', async () => {
    const before = await graphCounts(driver);
    const text = readFileSync(join(SEED_DIR, '000_0487bdcd1988260a.txt'), 'utf8') + '\n附:修订说明。';
    const rows = buildGraphRows(extractReport(text, 'broken.txt'), { places: gazetteerLookup() });
    const batch = rows.facts.ADOPTED.length ? rows.facts.ADOPTED : rows.facts.CITES;
    expect(batch.length).toBeGreaterThan(0);
    (batch[0]!.quotes as unknown[]) = [{ not: 'a string' }];
    await expect(loadRows(db, rows)).rejects.toThrow();
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('reports each bad file with its reason and loads the rest', async () => {
    writeFileSync(join(tmp, 'empty.txt'), '');
    writeFileSync(join(tmp, 'binary.txt'), Buffer.from([0, 1, 2, 3, 0, 255, 254, 0, 0, 7, 8, 9]));
    const summary = await ingestFiles(db, [join(tmp, 'missing.txt'), join(tmp, 'empty.txt'), join(tmp, 'binary.txt'), join(SEED_DIR, WENZHOU)]);
    expect(summary.failed.map((f) => [f.file, f.reason])).toEqual([
      ['missing.txt', 'not_found'],
      ['empty.txt', 'empty'],
      ['binary.txt', 'binary'],
    ]);
    for (const f of summary.failed) expect(f.message).toContain(f.file);
    // The original 温州 text replaces the corrected version loaded above.
    expect(summary).toMatchObject({ files: 4, replaced: 1 });
  });

  it('refuses empty text from the API with a reason', async () => {
    await expect(ingestText(db, '  \n', 'blank')).rejects.toThrow(/blank: empty/);
  });

  it('seeds the demo corpus only into an empty graph (npm start)', async () => {
    const lines: string[] = [];
    const app = { db, log: { info: (line: string) => lines.push(line) } } as unknown as Parameters<typeof seedIfEmpty>[0];
    expect(await seedIfEmpty(app)).toBeNull();
    await clearDatabase(db);
    const summary = await seedIfEmpty(app);
    expect(summary).toMatchObject({ created: 5, failed: [] });
    expect(await countReports(db)).toBe(5);
    expect(lines.join('\n')).toMatch(/5 demo report\(s\) loaded/);
  });
});
