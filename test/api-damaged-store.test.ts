// No stored data may make a query fail: a store holding what an older loader or a hand edit could
// leave (reports without a jurisdiction or year, facts of missing reports, entities without names,
// an unknown level, a bare refusal record — cypher/test-damage-store.cypher) must still answer every
// top-level query without errors. The start-up repair then re-places what its text allows and
// removes (and records as refused) the rest.
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../server/db/run-cypher.ts';
import { reportIdOf } from '../server/ingest/graph-rows.ts';
import { ingestFiles } from '../server/ingest/ingest-files.ts';
import { repairStore } from '../server/ingest/repair.ts';
import { ensureIngestSchema } from '../server/ingest/schema.ts';
import { SEED_DIR } from '../server/ingest/seed.ts';
import { damageStore } from './helpers/damage-store.ts';
import { everyQuery } from './helpers/every-query.ts';
import { gql } from './helpers/graphql.ts';
import { clearDatabase, testApp, testDb, testDriver } from './helpers/neo4j.ts';
import { SEEDS, seedText } from './helpers/seeds.ts';

const UNPLACED_TEXT = '各位代表：\n过去一年，我们深化改革，推进各项工作。\n';
const sha256 = (t: string) => createHash('sha256').update(t).digest('hex');

describe('a damaged store answers every query', () => {
  let db: Db;
  const driver = testDriver();
  let app: FastifyInstance;
  const wenzhou = seedText(SEEDS.wenzhou2018);
  const wenzhouId = reportIdOf(sha256(wenzhou));

  beforeAll(async () => {
    db = testDb(driver);
    await clearDatabase(db);
    await ensureIngestSchema(db);
    const others = Object.values(SEEDS).filter((f) => f !== SEEDS.wenzhou2018);
    const summary = await ingestFiles(db, others.map((f) => join(SEED_DIR, f)));
    expect(summary.created).toBe(others.length);
    const written = await damageStore(db, {
      placeable: { id: wenzhouId, contentHash: sha256(wenzhou), file: SEEDS.wenzhou2018, text: wenzhou },
      unplacedHash: sha256(UNPLACED_TEXT),
      unplacedText: UNPLACED_TEXT,
    });
    expect(written).toBe(1);
    app = await testApp();
  }, 600_000);
  afterAll(async () => {
    await app?.close();
    await clearDatabase(db);
    await driver.close();
  });

  async function firstNames(): Promise<{ place: string; placeId: string; reform: string; reformId: string }> {
    const rows = await driver.executeQuery(
      `MATCH (j:Jurisdiction)-[:ADOPTED]->(r:Reform) WHERE j.name IS NOT NULL AND r.name IS NOT NULL
       RETURN j.name AS place, j.id AS placeId, r.name AS reform, r.id AS reformId ORDER BY r.id LIMIT 1`,
    );
    const rec = rows.records[0]!;
    return { place: rec.get('place'), placeId: rec.get('placeId'), reform: rec.get('reform'), reformId: rec.get('reformId') };
  }

  async function expectAllAnswer(label: string): Promise<void> {
    const { place, placeId, reform, reformId } = await firstNames();
    for (const [name, query] of everyQuery(place, reform, placeId, reformId)) {
      const r = await gql(app, query, undefined, { 'cache-control': 'no-cache' });
      expect(r.errors ?? [], `${label}: ${name}`).toEqual([]);
      expect(r.status, `${label}: ${name}`).toBe(200);
    }
  }

  it('answers every top-level query without errors before any repair', async () => {
    await expectAllAnswer('damaged');
    const { data } = await gql(app, '{ reports(limit: 200) { id } }');
    const ids = (data.reports as { id: string }[]).map((r) => r.id);
    // Unplaced reports are not answered until the repair has dealt with them.
    expect(ids).not.toContain('report:00000000000000aa');
    expect(ids).not.toContain('report:00000000000000cc');
    expect(ids).not.toContain(wenzhouId);
  }, 300_000);

  it('repairs on start: re-places from the text, else removes (orphans included) and records as refused', async () => {
    const lines: string[] = [];
    const outcomes = await repairStore(db, (l) => lines.push(l));
    const byId = new Map(outcomes.map((o) => [o.id, o]));
    expect(byId.get(wenzhouId)?.action).toBe('placed');
    expect(byId.get('report:00000000000000aa')).toMatchObject({ action: 'refused', missing: expect.arrayContaining(['jurisdiction']) });
    expect(byId.get('report:00000000000000bb')?.action).toBe('removed');
    expect(byId.get('report:00000000000000cc')?.action).toBe('removed');
    expect(lines.some((l) => l.includes('unplaced.txt') && l.includes('refused'))).toBe(true);

    const left = await db.read('unplaced-reports');
    expect(left).toEqual([]);
    const dangling = await driver.executeQuery(
      `MATCH ()-[f]->() WHERE f.reportId IS NOT NULL AND NOT EXISTS { MATCH (:Report {id: f.reportId}) } RETURN count(f) AS n`,
    );
    expect(dangling.records[0]!.get('n').toNumber()).toBe(0);

    const { data } = await gql(
      app,
      `{ reports(jurisdiction: "温州市", limit: 50) { id year jurisdiction { name } cues { field cue } }
         refusedReports { contentHash file missing reason text } }`,
      undefined,
      { 'cache-control': 'no-cache' },
    );
    expect((data.reports as { id: string }[]).map((r) => r.id)).toContain(wenzhouId);
    const refused = (data.refusedReports as { contentHash: string; missing: string[]; text: string; file: string }[]).find(
      (x) => x.contentHash === sha256(UNPLACED_TEXT),
    );
    expect(refused).toMatchObject({ file: 'unplaced.txt', reason: 'unplaced', text: UNPLACED_TEXT });
    expect(refused!.missing).toContain('jurisdiction');

    // A second start finds nothing to do.
    expect(await repairStore(db)).toEqual([]);
    await expectAllAnswer('repaired');
  }, 300_000);
});
