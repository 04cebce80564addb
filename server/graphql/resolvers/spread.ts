// Root resolvers of the aggregated spread and the paged adoptions: validate and clamp, hand off to
// queries/spread-summary.ts.
import type { MercuriusContext } from 'mercurius';
import { clamp, LIMITS, text } from '../limits.ts';
import { dbOf } from '../loaders.ts';
import { findJurisdiction, findReform } from '../queries/lookup.ts';
import { adoptionsPage, spreadSummary } from '../queries/spread-summary.ts';
import { badInput } from '../errors.ts';
import type { StageArg } from '../rows.ts';

type Args = Record<string, unknown>;

export const spreadQueries = {
  spreadSummary: async (_: unknown, a: Args, ctx: MercuriusContext) => {
    const reform = await findReform(dbOf(ctx), text('reform', a.reform as string));
    if (!reform) return null;
    const first = clamp('firstAdopters', a.firstAdopters as number, 10, LIMITS.page);
    return spreadSummary(dbOf(ctx), reform.id, a.stages as StageArg[] | null, first);
  },

  adoptions: async (_: unknown, a: Args, ctx: MercuriusContext) => {
    const reform = await findReform(dbOf(ctx), text('reform', a.reform as string));
    const first = clamp('first', a.first as number, 50, LIMITS.page);
    if (!reform) return { edges: [], pageInfo: { hasNextPage: false, endCursor: null }, totalCount: 0 };
    let within: string | null = null;
    if (typeof a.within === 'string') {
      const place = await findJurisdiction(dbOf(ctx), text('within', a.within));
      if (!place) throw badInput('within', `no jurisdiction named "${a.within}"`);
      within = place.id;
    }
    const page = await adoptionsPage(dbOf(ctx), reform.id, {
      stages: a.stages as StageArg[] | null,
      within,
      first,
      after: typeof a.after === 'string' ? a.after : null,
    });
    return {
      edges: page.facts.map((node, i) => ({ node, cursor: page.cursors[i]! })),
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.cursors.at(-1) ?? null },
      totalCount: page.totalCount,
    };
  },
};
