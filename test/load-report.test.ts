// The loader on the real embedded Neo4j with a hand-built report (independent of the extractor):
// one transaction per report, re-loading is a no-op, a corrected version replaces its facts and
// removes what only it supported, a failing load leaves nothing, deleteReport cleans up.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type Db, toPlain } from '../server/db/run-cypher.ts';
import { deleteReport } from '../server/ingest/delete-report.ts';
import { buildGraphRows } from '../server/ingest/graph-rows.ts';
import { loadReport, loadRows } from '../server/ingest/load-report.ts';
import { gazetteerLookup } from '../server/ingest/places.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { WENZHOU_TEXT, wenzhouReport } from './fixtures/extracted-wenzhou.ts';
import { clearDatabase, testDb, testDriver } from './helpers/neo4j.ts';

const places = gazetteerLookup();

async function graphCounts(driver: Driver): Promise<{ nodes: number; rels: number }> {
  const n = await driver.executeQuery('MATCH (n) RETURN count(n) AS c');
  const r = await driver.executeQuery('MATCH ()-[r]->() RETURN count(r) AS c');
  return { nodes: n.records[0]!.get('c').toNumber(), rels: r.records[0]!.get('c').toNumber() };
}

async function ids(driver: Driver, label: string): Promise<string[]> {
  const res = await driver.executeQuery(`MATCH (n:${label}) RETURN n.id AS id ORDER BY id`);
  return res.records.map((r) => r.get('id') as string);
}

describe('loadReport', () => {
  let driver: Driver;
  let db: Db;

  beforeAll(async () => {
    driver = testDriver();
    db = testDb(driver);
    await ensureIngestSchema(db);
  });
  beforeEach(() => clearDatabase(db));
  afterAll(async () => {
    await clearDatabase(db);
    await driver.close();
  });

  it('writes the report, its passages, entities with WITHIN chains, mentions and grouped facts', async () => {
    const x = wenzhouReport();
    const res = await loadReport(db, x, { places });
    expect(res).toMatchObject({ created: true, replaced: false, reportId: `report:${x.contentHash.slice(0, 16)}` });
    expect(res.counts).toMatchObject({ passages: 3, reforms: 1, facts: 4, skippedFacts: 1 });

    const chain = await driver.executeQuery(
      `MATCH p = (:Jurisdiction {id: 'jurisdiction:330303'})-[:WITHIN*]->(top:Jurisdiction)
       WHERE NOT (top)-[:WITHIN]->() RETURN [n IN nodes(p) | n.name] AS names`,
    );
    expect(chain.records.map((r) => r.get('names'))).toEqual([['龙湾区', '温州市', '浙江省', '中华人民共和国']]);

    const adopted = await driver.executeQuery(
      `MATCH (j:Jurisdiction)-[a:ADOPTED]->(f:Reform) RETURN j.name AS j, f.name AS f, a.year AS year, a.quotes AS quotes, a.agencyId AS agency, a.reportId AS reportId`,
    );
    expect(adopted.records.map((r) => toPlain(r.toObject()))).toEqual([
      {
        j: '温州市',
        f: '双随机一公开',
        year: 2018,
        quotes: ['深入推进“双随机一公开”工作', '“双随机、一公开”在全省推广'],
        agency: 'agency:温州市市场监督管理局',
        reportId: res.reportId,
      },
    ]);
    const about = await driver.executeQuery(
      `MATCH (r:Report)-[:ABOUT]->(j) MATCH (r)-[:AUTHORED_BY]->(a) MATCH (r)-[:HAS_PASSAGE]->(p) RETURN j.name AS j, a.name AS a, count(p) AS passages`,
    );
    expect(about.records[0]?.toObject()).toMatchObject({ j: '温州市', a: '温州市人民政府' });
    const agency = await driver.executeQuery(`MATCH (a:Agency {id: 'agency:温州市市场监督管理局'})-[:OF]->(j) RETURN a.aliasText AS alias, j.name AS j`);
    expect(agency.records[0]?.toObject()).toEqual({ alias: '市市场监管局', j: '温州市' });
  });

  it('changes nothing when the same text is loaded again (created: false)', async () => {
    await loadReport(db, wenzhouReport(), { places });
    const before = await graphCounts(driver);
    const again = await loadReport(db, wenzhouReport(), { places });
    expect(again).toMatchObject({ created: false, replaced: false });
    expect(await graphCounts(driver)).toEqual(before);
  });

  it('replaces a corrected version from the same source and removes what only the old one supported', async () => {
    const first = await loadReport(db, wenzhouReport(), { places });
    expect(await ids(driver, 'Regulation')).toEqual(['regulation:浙江省行政程序办法']);
    // The correction drops the last line: the regulation, the promotion and the second quote go.
    const corrected = WENZHOU_TEXT.slice(0, WENZHOU_TEXT.indexOf('贯彻')) + '全年检查结果全部录入平台。\n';
    const second = await loadReport(db, wenzhouReport(corrected), { places });
    expect(second).toMatchObject({ created: true, replaced: true, replacedIds: [first.reportId] });
    expect(second.counts.orphansDeleted).toBeGreaterThan(0);

    expect(await ids(driver, 'Report')).toEqual([second.reportId]);
    expect(await ids(driver, 'Regulation')).toEqual([]);
    const facts = await driver.executeQuery('MATCH ()-[f]->() WHERE f.reportId IS NOT NULL RETURN DISTINCT f.reportId AS id');
    expect(facts.records.map((r) => r.get('id'))).toEqual([second.reportId]);
    const quotes = await driver.executeQuery('MATCH ()-[a:ADOPTED]->() RETURN a.quotes AS q');
    expect(quotes.records.map((r) => r.get('q'))).toEqual([['深入推进“双随机一公开”工作']]);
    expect(await driver.executeQuery('MATCH ()-[p:PROMOTED_TO]->() RETURN p').then((r) => r.records.length)).toBe(0);
    // Places the new version still supports stay, with their ancestors.
    expect(await ids(driver, 'Jurisdiction')).toEqual(['jurisdiction:100000', 'jurisdiction:330000', 'jurisdiction:330300', 'jurisdiction:330303']);

    // Every passage left hangs off the new version (none orphaned, none of the old one).
    const passages = await driver.executeQuery('MATCH (p:Passage) OPTIONAL MATCH (r:Report)-[:HAS_PASSAGE]->(p) RETURN DISTINCT r.id AS id');
    expect(passages.records.map((r) => r.get('id'))).toEqual([second.reportId]);
  });

  it('keeps entities another report still supports when one version is replaced', async () => {
    await loadReport(db, wenzhouReport(WENZHOU_TEXT, 'other.txt'), { places, source: 'other' });
    await loadReport(db, wenzhouReport(), { places });
    await loadReport(db, wenzhouReport(WENZHOU_TEXT.replace('贯彻', '认真贯彻')), { places });
    expect(await ids(driver, 'Regulation')).toEqual(['regulation:浙江省行政程序办法']);
    expect(await ids(driver, 'Report')).toHaveLength(2);
  });

  it('leaves nothing behind when a load fails midway (one transaction per report)', async () => {
    await loadReport(db, wenzhouReport(WENZHOU_TEXT, 'other.txt'), { places, source: 'other' });
    const before = await graphCounts(driver);
    const rows = buildGraphRows(wenzhouReport(WENZHOU_TEXT + '补充一行。\n'), { places });
    // A map is not a valid property value: the ADOPTED batch fails after entities, report and mentions were written.
    (rows.facts.ADOPTED[0]!.quotes as unknown[]) = [{ not: 'a string' }];
    await expect(loadRows(db, rows)).rejects.toThrow(/Property values can only be of primitive types|map/i);
    expect(await graphCounts(driver)).toEqual(before);
    expect(await ids(driver, 'Report')).not.toContain(rows.reportId);
  });

  it('deleteReport removes a report and every entity only it supported', async () => {
    // Another report on the same reform without the regulation: the reform stays, the regulation goes.
    const keep = await loadReport(db, wenzhouReport(WENZHOU_TEXT.slice(0, WENZHOU_TEXT.indexOf('贯彻')), 'keep.txt'), { places });
    const gone = await loadReport(db, wenzhouReport(), { places });
    expect(await deleteReport(db, gone.reportId)).toMatchObject({ deleted: true });
    expect(await deleteReport(db, gone.reportId)).toEqual({ deleted: false, orphansDeleted: 0 });
    expect(await ids(driver, 'Report')).toEqual([keep.reportId]);
    expect(await ids(driver, 'Regulation')).toEqual([]);
    expect(await ids(driver, 'Reform')).toEqual(['reform:双随机一公开']);
    expect(await ids(driver, 'Passage')).toHaveLength(3);
    const rels = await driver.executeQuery('MATCH ()-[f]->() WHERE f.reportId = $id RETURN count(f) AS c', { id: gone.reportId });
    expect(rels.records[0]!.get('c').toNumber()).toBe(0);
  });
});
