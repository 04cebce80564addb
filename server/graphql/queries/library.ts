// The library's report list: filter, sort, cursor paging and the matching total.
import type { Db } from '../../db/run-cypher.ts';
import { badInput } from '../errors.ts';
import { int, LIMITS, text } from '../limits.ts';
import { toEntity, type Entity } from '../rows.ts';
import { findJurisdiction } from './lookup.ts';

export const GENRES = [
  'rule_of_law',
  'administration_by_law',
  'work_summary',
  'government_work',
  'committee_work',
  'other',
] as const;
export const SORTS = ['YEAR_DESC', 'YEAR_ASC', 'TITLE', 'JURISDICTION'] as const;
export type ReportSort = (typeof SORTS)[number];

export interface ReportFilter {
  jurisdiction?: string | null;
  year?: number | null;
  genre?: string | null;
  status?: 'LOADED' | 'NEEDS_METADATA' | 'REFUSED' | null;
  title?: string | null;
}

/** Cursors are opaque to clients; inside they are the position after the item. */
export function cursorOf(position: number): string {
  return Buffer.from(`o:${position}`).toString('base64url');
}

export function positionOf(cursor: string): number {
  const m = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
  const n = m ? Number(m[1]) : NaN;
  if (!Number.isInteger(n) || n > LIMITS.offset)
    throw badInput('after', `"${cursor.slice(0, 40)}" is not a cursor from Report.cursor`);
  return n;
}

/** The statement parameters of a filter; null when it can match nothing (a REFUSED status). */
async function params(db: Db, f: ReportFilter | null | undefined): Promise<Record<string, unknown> | null> {
  // Every Report is placed; the unplaced (refused, needing metadata) are RefusedReport records.
  if (f?.status === 'REFUSED' || f?.status === 'NEEDS_METADATA') return null;
  let jurisdictionId: string | null = null;
  if (f?.jurisdiction) {
    const name = text('filter.jurisdiction', f.jurisdiction);
    const j = await findJurisdiction(db, name);
    if (!j) throw badInput('filter.jurisdiction', `no jurisdiction named "${name}"`);
    jurisdictionId = j.id;
  }
  if (f?.genre && !(GENRES as readonly string[]).includes(f.genre))
    throw badInput('filter.genre', `"${f.genre.slice(0, 40)}" is not one of ${GENRES.join(', ')}`);
  return {
    jurisdictionId,
    year: f?.year ?? null,
    genre: f?.genre ?? null,
    title: f?.title?.trim() ? text('filter.title', f.title) : null,
  };
}

export async function libraryPage(
  db: Db,
  filter: ReportFilter | null | undefined,
  sort: ReportSort,
  offset: number,
  limit: number,
): Promise<Entity[]> {
  const p = await params(db, filter);
  if (!p) return [];
  const rows = await db.read('library-page', { ...p, sort, offset: int(offset), limit: int(limit) });
  return rows
    .map((r) => toEntity(r.node))
    .filter((e): e is Entity => e !== null)
    .map((e, i) => ({ ...e, cursor: cursorOf(offset + i + 1) }));
}

export async function libraryCount(db: Db, filter: ReportFilter | null | undefined): Promise<number> {
  const p = await params(db, filter);
  if (!p) return 0;
  const [row] = await db.read('library-count', p);
  return Number(row?.count ?? 0);
}
