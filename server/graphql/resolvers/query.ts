// Root query resolvers: validate and clamp arguments, hand off to queries/*, nothing else.
import type { MercuriusContext } from 'mercurius';
import { badInput } from '../errors.ts';
import { clamp, LIMITS, text } from '../limits.ts';
import { dbOf, entitiesByIds } from '../loaders.ts';
import { compare } from '../queries/compare.ts';
import { diffusion } from '../queries/diffusion.ts';
import { neighborhood, path } from '../queries/graph.ts';
import { findJurisdiction, findReform } from '../queries/lookup.ts';
import { refusedReports, regulations, reforms, reports, stats } from '../queries/pages.ts';
import { autocomplete, search } from '../queries/search.ts';
import { byYearThenPlace, inStages, toFacts, type EntityType, type StageArg } from '../rows.ts';

type Args = Record<string, unknown>;
type Ctx = MercuriusContext;

const ID = /^(report|agency|jurisdiction|regulation|reform):\S.*$/su;

function entityId(argument: string, id: unknown): string {
  const s = String(id);
  if (s.length > 300 || !ID.test(s)) {
    throw badInput(
      argument,
      `"${s.slice(0, 80)}" is not an entity id (expected e.g. reform:双随机一公开, jurisdiction:330482)`,
    );
  }
  return s;
}

const types = (a: Args) => (a.types as EntityType[] | null | undefined) ?? null;

export const Query = {
  search: (_: unknown, a: Args, ctx: Ctx) =>
    search(
      dbOf(ctx),
      text('text', a.text as string),
      types(a),
      clamp('limit', a.limit as number, 20, LIMITS.search),
    ),

  autocomplete: (_: unknown, a: Args, ctx: Ctx) =>
    autocomplete(
      dbOf(ctx),
      text('prefix', a.prefix as string),
      types(a),
      clamp('limit', a.limit as number, 10, LIMITS.autocomplete),
    ),

  node: async (_: unknown, a: Args, ctx: Ctx) => {
    const id = entityId('id', a.id);
    return (await entitiesByIds(dbOf(ctx), [id])).get(id) ?? null;
  },

  report: async (_: unknown, a: Args, ctx: Ctx) => {
    const id = entityId('id', a.id);
    const e = (await entitiesByIds(dbOf(ctx), [id])).get(id);
    return e?.type === 'REPORT' ? e : null;
  },

  reform: (_: unknown, a: Args, ctx: Ctx) => findReform(dbOf(ctx), text('name', a.name as string)),

  jurisdiction: (_: unknown, a: Args, ctx: Ctx) =>
    findJurisdiction(dbOf(ctx), text('name', a.name as string)),

  spread: async (_: unknown, a: Args, ctx: Ctx) => {
    const reform = await findReform(dbOf(ctx), text('reform', a.reform as string));
    if (!reform) return [];
    // The same statement and order as Reform.adoptions.
    const rows = await dbOf(ctx).read('facts-by-reform-ids', { ids: [reform.id], types: ['ADOPTED'] });
    const stages = a.stages as StageArg[] | null | undefined;
    return toFacts(rows)
      .filter((f) => inStages(f, stages))
      .sort(byYearThenPlace);
  },

  diffusion: async (_: unknown, a: Args, ctx: Ctx) => {
    const reform = await findReform(dbOf(ctx), text('reform', a.reform as string));
    return reform ? diffusion(dbOf(ctx), reform, a.stages as StageArg[] | null | undefined) : null;
  },

  compare: (_: unknown, a: Args, ctx: Ctx) => {
    const names = (a.jurisdictions as string[]).map((n, i) => text(`jurisdictions[${i}]`, n));
    if (names.length === 0) throw badInput('jurisdictions', 'name at least one jurisdiction');
    if (names.length > LIMITS.compare)
      throw badInput('jurisdictions', `at most ${LIMITS.compare} jurisdictions, got ${names.length}`);
    return compare(dbOf(ctx), names);
  },

  reforms: (_: unknown, a: Args, ctx: Ctx) =>
    reforms(
      dbOf(ctx),
      clamp('limit', a.limit as number, 50, LIMITS.page),
      clamp('offset', a.offset as number, 0, LIMITS.offset),
    ),

  reports: (_: unknown, a: Args, ctx: Ctx) =>
    reports(
      dbOf(ctx),
      a.jurisdiction ? text('jurisdiction', a.jurisdiction as string) : null,
      (a.year as number | null) ?? null,
      clamp('limit', a.limit as number, 50, LIMITS.page),
      clamp('offset', a.offset as number, 0, LIMITS.offset),
    ),

  regulations: (_: unknown, a: Args, ctx: Ctx) =>
    regulations(
      dbOf(ctx),
      (a.kind as string | null) ?? null,
      a.issuer ? text('issuer', a.issuer as string) : null,
      clamp('limit', a.limit as number, 50, LIMITS.page),
      clamp('offset', a.offset as number, 0, LIMITS.offset),
    ),

  stats: (_: unknown, _a: Args, ctx: Ctx) => stats(dbOf(ctx)),

  refusedReports: (_: unknown, a: Args, ctx: Ctx) =>
    refusedReports(
      dbOf(ctx),
      clamp('limit', a.limit as number, 50, LIMITS.page),
      clamp('offset', a.offset as number, 0, LIMITS.offset),
    ),

  neighborhood: (_: unknown, a: Args, ctx: Ctx) =>
    neighborhood(
      dbOf(ctx),
      entityId('id', a.id),
      clamp('depth', a.depth as number, 1, LIMITS.neighborhoodDepth, 1),
      types(a),
      clamp('limit', a.limit as number, 300, LIMITS.neighborhoodNodes, 1),
    ),

  path: (_: unknown, a: Args, ctx: Ctx) =>
    path(
      dbOf(ctx),
      entityId('from', a.from),
      entityId('to', a.to),
      clamp('maxLength', a.maxLength as number, 6, LIMITS.pathLength, 1),
    ),
};
