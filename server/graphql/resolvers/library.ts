// The library's root fields (issue 10): the filtered, sorted, cursor-paged report list, its total,
// and the metadata correction. Thin: validation here, the work in queries/library.ts and
// ingest/correct-report.ts.
import type { MercuriusContext } from 'mercurius';
import { CorrectionError } from '../../ingest/corrections.ts';
import { correctReport } from '../../ingest/correct-report.ts';
import { badInput } from '../errors.ts';
import { clamp, LIMITS, text } from '../limits.ts';
import { dbOf, entitiesByIds } from '../loaders.ts';
import {
  GENRES,
  libraryCount,
  libraryPage,
  positionOf,
  SORTS,
  type ReportFilter,
  type ReportSort,
} from '../queries/library.ts';
import { requireToken } from './mutation.ts';
import { Query } from './query.ts';

type Args = Record<string, unknown>;
type Ctx = MercuriusContext;

const REPORT_ID = /^(report|refused):[0-9a-f]{16}$/;

function year(argument: string, v: unknown): number | null {
  if (v == null) return null;
  if (!Number.isInteger(v) || (v as number) < 1949 || (v as number) > 2100)
    throw badInput(argument, `must be a year between 1949 and 2100, got ${String(v)}`);
  return v as number;
}

export const LibraryQuery = {
  reports: (_: unknown, a: Args, ctx: Ctx) => {
    const paged = a.filter != null || a.sort != null || a.first != null || a.after != null;
    // The plain list answers exactly as before.
    if (!paged) return Query.reports(_, a, ctx);
    const filter: ReportFilter = { ...((a.filter as ReportFilter | null) ?? {}) };
    if (a.jurisdiction && !filter.jurisdiction) filter.jurisdiction = a.jurisdiction as string;
    if (a.year != null && filter.year == null) filter.year = a.year as number;
    filter.year = year('filter.year', filter.year);
    const sort = ((a.sort as string | null) ?? 'YEAR_DESC') as ReportSort;
    if (!SORTS.includes(sort)) throw badInput('sort', `must be one of ${SORTS.join(', ')}`);
    const offset = a.after != null ? positionOf(String(a.after)) : clamp('offset', a.offset as number, 0, LIMITS.offset);
    const first = clamp('first', (a.first as number | null) ?? (a.limit as number | null), 50, LIMITS.page);
    return libraryPage(dbOf(ctx), filter, sort, offset, first);
  },

  reportCount: (_: unknown, a: Args, ctx: Ctx) => {
    const filter: ReportFilter = { ...((a.filter as ReportFilter | null) ?? {}) };
    filter.year = year('filter.year', filter.year);
    return libraryCount(dbOf(ctx), filter);
  },
};

export const LibraryMutation = {
  correctReport: async (_: unknown, a: Args, ctx: Ctx) => {
    requireToken(ctx);
    const id = String(a.id);
    if (!REPORT_ID.test(id)) throw badInput('id', `"${id.slice(0, 80)}" is not a report id (report:<16 hex> or refused:<16 hex>)`);
    const genre = (a.genre as string | null) ?? null;
    if (genre !== null && !(GENRES as readonly string[]).includes(genre))
      throw badInput('genre', `"${genre.slice(0, 40)}" is not one of ${GENRES.join(', ')}`);
    const values = {
      title: a.title == null || String(a.title).trim() === '' ? null : text('title', String(a.title), 300),
      jurisdiction: a.jurisdiction == null || String(a.jurisdiction).trim() === '' ? null : text('jurisdiction', String(a.jurisdiction)),
      year: year('year', a.year),
      genre: genre as never,
    };
    const db = dbOf(ctx);
    let outcome;
    try {
      outcome = await correctReport(db, id, values);
    } catch (err) {
      if (err instanceof CorrectionError) throw badInput(err.field, err.message.replace(/^[^:]+: /, ''));
      throw err;
    }
    const report = (await entitiesByIds(db, [outcome.reportId])).get(outcome.reportId);
    return { report, correction: outcome.correction };
  },
};
