// Writes. Both need `Authorization: Bearer <API_TOKEN>` when a token is configured; the store does
// the work (one transaction per report), the resolver only checks and shapes the answer.
import { timingSafeEqual } from 'node:crypto';
import type { MercuriusContext } from 'mercurius';
import { InputError } from '../../extract/decode.ts';
import { ingestText } from '../../ingest/ingest-text.ts';
import { deleteReport } from '../../ingest/delete-report.ts';
import { badInput, unauthenticated } from '../errors.ts';
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

export const Mutation = {
  ingestReport: async (_: unknown, a: Args, ctx: MercuriusContext) => {
    requireToken(ctx);
    const text = String(a.text);
    if (text.trim() === '') throw badInput('text', 'must not be empty');
    if (Buffer.byteLength(text) > LIMITS.ingestBytes)
      throw badInput('text', `must be at most ${LIMITS.ingestBytes} bytes`);
    const source = a.source == null ? null : String(a.source).slice(0, 500);
    const db = dbOf(ctx);
    let result;
    try {
      result = await ingestText(db, text, source);
    } catch (err) {
      // The text itself is unusable (empty, binary…): the client's to fix, so say why.
      if (err instanceof InputError) throw badInput('text', err.message);
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
