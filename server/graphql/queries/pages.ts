// Paged lists and the graph's vital statistics.
import type { Db } from '../../db/run-cypher.ts';
import { nodeId } from '../../extract/normalize.ts';
import { badInput } from '../errors.ts';
import { int } from '../limits.ts';
import { toEntity, type Entity } from '../rows.ts';
import { findJurisdiction } from './lookup.ts';

const entities = (rows: { node?: unknown }[]): Entity[] =>
  rows.map((r) => toEntity(r.node)).filter((e): e is Entity => e !== null);

export async function reforms(db: Db, limit: number, offset: number): Promise<Entity[]> {
  return entities(await db.read('reforms-page', { limit: int(limit), offset: int(offset) }));
}

export async function reports(
  db: Db,
  jurisdiction: string | null | undefined,
  year: number | null | undefined,
  limit: number,
  offset: number,
) {
  let jurisdictionId: string | null = null;
  if (jurisdiction) {
    const j = await findJurisdiction(db, jurisdiction);
    if (!j) throw badInput('jurisdiction', `no jurisdiction named "${jurisdiction}"`);
    jurisdictionId = j.id;
  }
  return entities(
    await db.read('reports-page', {
      jurisdictionId,
      year: year ?? null,
      limit: int(limit),
      offset: int(offset),
    }),
  );
}

/** `issuer` is a jurisdiction name (嘉兴市, 嘉兴) or an agency name/id. */
export async function regulations(
  db: Db,
  kind: string | null | undefined,
  issuer: string | null | undefined,
  limit: number,
  offset: number,
) {
  let issuerIds: string[] | null = null;
  if (issuer) {
    const j = await findJurisdiction(db, issuer);
    issuerIds = [issuer.startsWith('agency:') ? issuer : nodeId('agency', issuer), ...(j ? [j.id] : [])];
  }
  return entities(
    await db.read('regulations-page', {
      kind: kind ?? null,
      issuerIds,
      limit: int(limit),
      offset: int(offset),
    }),
  );
}

export async function stats(db: Db) {
  const [counts, years] = await Promise.all([db.read('stats-counts'), db.read('stats-years')]);
  const pick = (kind: string) =>
    counts.filter((r) => r.kind === kind).map((r) => ({ label: String(r.label), count: Number(r.count) }));
  const y = years[0] ?? {};
  return {
    nodes: pick('node'),
    relationships: pick('rel'),
    reports: Number(y.reports ?? 0),
    firstYear: (y.firstYear as number | null) ?? null,
    lastYear: (y.lastYear as number | null) ?? null,
  };
}

/** Refused reports (no jurisdiction or no year), newest first; their text is a separate loader. */
export async function refusedReports(db: Db, limit: number, offset: number): Promise<Record<string, unknown>[]> {
  const rows = await db.read('refused-reports-page', { limit: int(limit), offset: int(offset) });
  return rows.map((r) => r.refused as Record<string, unknown>).filter((x) => x && typeof x === 'object');
}
