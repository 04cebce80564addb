// mercurius loaders: every nested object or list is fetched for a whole batch of parents with ONE
// `UNWIND $ids` statement, so a query's round trips grow with its depth, never with its width.
// A loader gets [{ obj, params }] and returns results in the same order.
import type { MercuriusContext } from 'mercurius';
import type { Db, Row } from '../db/run-cypher.ts';
import {
  byYearThenPlace,
  groupBy,
  inStages,
  toEntity,
  toFact,
  type Entity,
  type Evidence,
  type Fact,
  type StageArg,
} from './rows.ts';

interface Query<O> {
  obj: O;
  params: Record<string, unknown>;
}
type Loader<O> = (queries: Query<O>[], ctx: MercuriusContext) => Promise<unknown[]>;

export function dbOf(ctx: MercuriusContext): Db {
  return ctx.app.db;
}

const unique = (ids: (string | null | undefined)[]): string[] => [
  ...new Set(ids.filter((x): x is string => !!x)),
];

/** Entities by id, whatever their label (one statement with a branch per label). */
export async function entitiesByIds(
  db: Db,
  ids: (string | null | undefined)[],
): Promise<Map<string, Entity>> {
  const wanted = unique(ids);
  const out = new Map<string, Entity>();
  if (wanted.length === 0) return out;
  const byPrefix: Record<string, string[]> = {
    reform: [],
    jurisdiction: [],
    agency: [],
    regulation: [],
    report: [],
  };
  for (const id of wanted) byPrefix[id.slice(0, id.indexOf(':'))]?.push(id);
  const params = {
    reforms: byPrefix.reform,
    jurisdictions: byPrefix.jurisdiction,
    agencies: byPrefix.agency,
    regulations: byPrefix.regulation,
    reports: byPrefix.report,
  };
  for (const row of await db.read('entities-by-ids', params)) {
    const e = toEntity(row.node);
    if (e) out.set(String(row.id), e);
  }
  return out;
}

/** Loader resolving one entity referenced by an id held on the parent object. */
function entity<O>(idOf: (obj: O) => string | null | undefined): Loader<O> {
  return async (queries, ctx) => {
    const found = await entitiesByIds(
      dbOf(ctx),
      queries.map((q) => idOf(q.obj)),
    );
    return queries.map((q) => found.get(idOf(q.obj) ?? '') ?? null);
  };
}

/** Loader running `name` for the parents' ids; rows grouped by `id`, mapped to entities. */
function related<O extends { id: string }>(name: string, one: boolean, extra: Row = {}): Loader<O> {
  return async (queries, ctx) => {
    const rows = await dbOf(ctx).read(name, { ids: unique(queries.map((q) => q.obj.id)), ...extra });
    const groups = groupBy(rows, 'id', (r) => toEntity(r.node));
    return queries.map((q) => {
      const list = groups.get(q.obj.id) ?? [];
      return one ? (list[0] ?? null) : list;
    });
  };
}

/** The field's `stages` argument, or done only where a field has none. */
const stageIs = (f: Fact, params: Record<string, unknown>) => inStages(f, params.stages as StageArg[] | null | undefined);
const yearIs = (f: Fact, params: Record<string, unknown>) =>
  (params.year == null || f.year === params.year) && stageIs(f, params);

/** Loader of fact relationships of the parents, filtered per query, in contract order. */
function facts<O extends { id: string }>(
  name: string,
  types: string[],
  filter: (f: Fact, params: Record<string, unknown>) => boolean = stageIs,
  order: (a: Fact, b: Fact) => number = byYearThenPlace,
): Loader<O> {
  return async (queries, ctx) => {
    const rows = await dbOf(ctx).read(name, { ids: unique(queries.map((q) => q.obj.id)), types });
    const groups = groupBy(rows, 'ownerId', toFact);
    return queries.map((q) => (groups.get(q.obj.id) ?? []).filter((f) => filter(f, q.params)).sort(order));
  };
}


/** Report passages (heading, offsets, text) per report. */
const passages: Loader<{ id: string }> = async (queries, ctx) => {
  const rows = await dbOf(ctx).read('report-passages-by-ids', { ids: unique(queries.map((q) => q.obj.id)) });
  const groups = groupBy(rows, 'id', (r) => r);
  return queries.map((q) => groups.get(q.obj.id) ?? []);
};

const texts: Loader<{ id: string }> = async (queries, ctx) => {
  const rows = await dbOf(ctx).read('report-texts-by-ids', { ids: unique(queries.map((q) => q.obj.id)) });
  const byId = new Map(rows.map((r) => [String(r.id), String(r.text ?? '')]));
  return queries.map((q) => byId.get(q.obj.id) ?? '');
};

/** `passage:<report16>:<index>`: the id the loader gave the evidence's passage. */
export function passageId(e: Evidence): string | null {
  return e.passage === null ? null : `passage:${e.reportId.replace(/^report:/, '')}:${e.passage}`;
}

const headings: Loader<Evidence> = async (queries, ctx) => {
  const ids = unique(queries.map((q) => passageId(q.obj)));
  const rows = ids.length ? await dbOf(ctx).read('passage-headings-by-ids', { ids }) : [];
  const byId = new Map(rows.map((r) => [String(r.id), (r.heading as string | null) ?? null]));
  return queries.map((q) => byId.get(passageId(q.obj) ?? '') ?? null);
};

/** Citations of regulations; `citedBy` is the distinct reports of the same rows. */
const citations = facts<{ id: string }>('regulation-citations-by-ids', ['CITES'], () => true, () => 0);
const citedBy: Loader<{ id: string }> = async (queries, ctx) => {
  const lists = (await citations(queries, ctx)) as Fact[][];
  const reports = await entitiesByIds(
    dbOf(ctx),
    lists.flat().map((f) => f.src),
  );
  return lists.map((list) =>
    unique(list.map((f) => f.src))
      .map((id) => reports.get(id))
      .filter(Boolean),
  );
};

/** Distinct jurisdictions whose reports name each reform: the corpus-level diffusion mark. */
const jurisdictionCounts: Loader<{ id: string }> = async (queries, ctx) => {
  const rows = await dbOf(ctx).read('reform-jurisdiction-counts-by-ids', { ids: unique(queries.map((q) => q.obj.id)) });
  const byId = new Map(rows.map((r) => [String(r.id), Number(r.jurisdictions ?? 0)]));
  return queries.map((q) => byId.get(q.obj.id) ?? 0);
};

const refusedTexts: Loader<{ id: string }> = async (queries, ctx) => {
  const rows = await dbOf(ctx).read('refused-report-texts-by-ids', { ids: unique(queries.map((q) => q.obj.id)) });
  const byId = new Map(rows.map((r) => [String(r.id), String(r.text ?? '')]));
  return queries.map((q) => byId.get(q.obj.id) ?? '');
};

interface ReformYears {
  reformId: string;
}

export const loaders = {
  Jurisdiction: {
    parent: related('jurisdiction-parents-by-ids', true),
    children: related('jurisdiction-children-by-ids', false),
    reports: related('reports-by-jurisdiction-ids', false),
    adoptions: facts('facts-by-jurisdiction-ids', ['ADOPTED'], yearIs),
    rolledUpAdoptions: facts('adoptions-within-jurisdiction-ids', ['ADOPTED'], yearIs),
    pilots: facts('facts-by-jurisdiction-ids', ['PILOTED']),
    learnedFrom: facts('facts-by-jurisdiction-ids', ['LEARNED_FROM']),
    firsts: facts('facts-by-jurisdiction-ids', ['FIRST']),
  },
  Agency: {
    jurisdiction: related('agency-jurisdictions-by-ids', true),
    reports: related('agency-reports-by-ids', false),
    issued: related('agency-issued-by-ids', false),
    cooperatesWith: related('agency-partners-by-ids', false),
  },
  Regulation: {
    jurisdiction: related('regulation-jurisdictions-by-ids', true),
    citations,
    citedBy,
  },
  Reform: {
    adoptions: facts('facts-by-reform-ids', ['ADOPTED']),
    pilots: facts('facts-by-reform-ids', ['PILOTED']),
    promotions: facts('facts-by-reform-ids', ['PROMOTED_TO']),
    firsts: facts('facts-by-reform-ids', ['FIRST']),
    jurisdictionCount: jurisdictionCounts,
    diffusing: (async (queries, ctx) =>
      (await jurisdictionCounts(queries, ctx)).map((n) => (n as number) >= 2)) as Loader<{ id: string }>,
  },
  RefusedReport: {
    text: refusedTexts,
  },
  Report: {
    author: related('report-links-by-ids', true, { rel: 'AUTHORED_BY' }),
    jurisdiction: related('report-links-by-ids', true, { rel: 'ABOUT' }),
    passages,
    text: texts,
    adoptions: facts('facts-by-report-ids', ['ADOPTED']),
    cites: related('report-cites-by-ids', false),
    agencies: related('report-agencies-by-ids', false),
  },
  Adoption: {
    reform: entity<Fact>((f) => f.dst),
    jurisdiction: entity<Fact>((f) => f.src),
    agency: entity<Fact>((f) => f.agencyId),
  },
  Pilot: {
    reform: entity<Fact>((f) => f.dst),
    jurisdiction: entity<Fact>((f) => f.src),
  },
  Promotion: {
    reform: entity<Fact>((f) => f.src),
    scope: entity<Fact>((f) => f.dst),
    from: entity<Fact>((f) => f.fromId),
  },
  First: {
    reform: entity<Fact>((f) => f.dst),
    jurisdiction: entity<Fact>((f) => f.src),
    scope: entity<Fact>((f) => f.scopeId),
  },
  Learning: {
    learner: entity<Fact>((f) => f.src),
    teacher: entity<Fact>((f) => f.dst),
  },
  InferredLearning: {
    learner: entity<{ learnerId: string }>((l) => l.learnerId),
    teacher: entity<{ teacherId: string }>((l) => l.teacherId),
    reform: entity<{ reformId: string | null }>((l) => l.reformId),
  },
  Citation: {
    report: entity<Fact>((f) => f.src),
    regulation: entity<Fact>((f) => f.dst),
  },
  ReformYears: {
    reform: entity<ReformYears>((r) => r.reformId),
  },
  JurisdictionReforms: {
    jurisdiction: entity<{ jurisdictionId: string }>((r) => r.jurisdictionId),
  },
  Evidence: {
    report: entity<Evidence>((e) => e.reportId),
    heading: headings,
  },
  // Aggregated spread (queries/spread-summary.ts).
  SpreadSummary: {
    reform: entity<{ reformId: string }>((s) => s.reformId),
  },
  ProvinceSpread: {
    province: entity<{ provinceId: string | null }>((p) => p.provinceId),
  },
  FirstAdopter: {
    jurisdiction: entity<{ jurisdictionId: string }>((f) => f.jurisdictionId),
  },
};
