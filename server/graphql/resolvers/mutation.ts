// Writes. Both need `Authorization: Bearer <API_TOKEN>` when a token is configured; the store does
// the work (one transaction per report), the resolver only checks and shapes the answer.
import { timingSafeEqual } from 'node:crypto';
import type { MercuriusContext } from 'mercurius';
import { InputError } from '../../extract/decode.ts';
import { ingestText } from '../../ingest/ingest-text.ts';
import { deleteReport } from '../../ingest/delete-report.ts';
import type { MetaOverrides, ReportGenre } from '../../extract/model.ts';
import { ReportUnplacedError } from '../../ingest/placement.ts';
import { badInput, reportUnplaced, unauthenticated } from '../errors.ts';
import { LIMITS } from '../limits.ts';
import { dbOf, entitiesByIds } from '../loaders.ts';

type Args = Record<string, unknown>;

function tokenOf(ctx: MercuriusContext): string | undefined {
  return (ctx.app as { config?: { apiToken?: string } }).config?.apiToken;
}

/** Throws UNAUTHENTICATED unless no token is configured or the request carries it. */
export function requireToken(ctx: MercuriusContext): void {
  const expected = tokenOf(ctx);
  if (!expected) return;
  const header = ctx.reply?.request.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  const given = Buffer.from(match?.[1]?.trim() ?? '');
  const want = Buffer.from(expected);
  if (given.length !== want.length || !timingSafeEqual(given, want)) throw unauthenticated();
}

const GENRES: ReportGenre[] = [
  'rule_of_law',
  'administration_by_law',
  'work_summary',
  'government_work',
  'committee_work',
  'other',
];

/** ingestReport's optional metadata arguments, checked, as extractor overrides (cue 'argument'). */
export function overridesOf(a: Args): MetaOverrides {
  const text = (name: string, max: number): string | null => {
    const v = a[name];
    if (v == null) return null;
    const s = String(v).trim();
    if (s === '') return null;
    if (s.length > max) throw badInput(name, `must be at most ${max} characters`);
    return s;
  };
  const out: MetaOverrides = { cue: 'argument' };
  const title = text('title', 300);
  const jurisdiction = text('jurisdiction', 100);
  const author = text('author', 200);
  const published = text('published', 10);
  const genre = text('genre', 40);
  if (title) out.title = title;
  if (jurisdiction) out.jurisdiction = jurisdiction;
  if (author) out.author = author;
  if (a.year != null) {
    const year = Number(a.year);
    if (!Number.isInteger(year) || year < 1949 || year > 2100)
      throw badInput('year', `${String(a.year)} is not a year the report could cover (1949–2100)`);
    out.year = year;
  }
  if (published) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published)))
      throw badInput('published', `"${published}" is not an ISO date (YYYY-MM-DD)`);
    out.published = published;
  }
  if (genre) {
    if (!GENRES.includes(genre as ReportGenre))
      throw badInput('genre', `"${genre}" is not one of ${GENRES.join(', ')}`);
    out.genre = genre as ReportGenre;
  }
  return out;
}

export const Mutation = {
  ingestReport: async (_: unknown, a: Args, ctx: MercuriusContext) => {
    requireToken(ctx);
    const text = String(a.text);
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (Buffer.byteLength(text) > LIMITS.ingestBytes)
      throw badInput('text', `must be at most ${LIMITS.ingestBytes} bytes`);
    const source = a.source == null ? null : String(a.source).slice(0, 500);
    const overrides = overridesOf(a);
    const db = dbOf(ctx);
    let result;
    try {
      result = await ingestText(db, text, source, overrides);
    } catch (err) {
      // The text itself is unusable (empty, binary…): the client's to fix, so say why.
      if (err instanceof InputError) throw badInput('text', err.message, { reason: err.reason });
      if (err instanceof ReportUnplacedError) {
        const fields = err.missing.join(' and ');
        throw reportUnplaced(
          `the report cannot be placed: no ${err.missing.join(', no ')} found in the text; ` +
            `give ${fields} as ingestReport arguments (${err.missing.map((f) => `${f}:`).join(', ')}) — ` +
            `it is listed in refusedReports until then`,
          err.missing,
          err.refusedId,
        );
      }
      throw err;
    }
    const { reportId, created } = result;
    const report = (await entitiesByIds(db, [reportId])).get(reportId);
    return { report, created };
  },

  deleteReport: async (_: unknown, a: Args, ctx: MercuriusContext) => {
    requireToken(ctx);
    const id = String(a.id);
    if (!/^report:[0-9a-f]{16}$/.test(id))
      throw badInput('id', `"${id.slice(0, 80)}" is not a report id (report:<16 hex>)`);
    const { deleted } = await deleteReport(dbOf(ctx), id);
    return { deleted };
  },
};
