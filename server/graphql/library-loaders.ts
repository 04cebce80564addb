// Batched loaders of the library's Report fields (issue 10): one statement per field for a whole list
// of reports, like loaders.ts. Stored properties come through report-meta-by-ids (text excluded).
import type { MercuriusContext } from 'mercurius';
import type { Row } from '../db/run-cypher.ts';
import { highlightsOf, type HighlightSource } from './highlights.ts';
import { dbOf } from './loaders.ts';
import { formatOf } from './report-meta.ts';
import { groupBy } from './rows.ts';

interface Query {
  obj: { id: string };
}
type Loader = (queries: Query[], ctx: MercuriusContext) => Promise<unknown[]>;

const idsOf = (queries: Query[]) => [...new Set(queries.map((q) => q.obj.id))];

// The meta fields of the same reports are asked for together: one read serves them all.
const metaReads = new WeakMap<object, Map<string, Promise<Row[]>>>();

function readMeta(ctx: MercuriusContext, ids: string[]): Promise<Row[]> {
  let reads = metaReads.get(ctx);
  if (!reads) metaReads.set(ctx, (reads = new Map()));
  const key = [...ids].sort().join('\n');
  let rows = reads.get(key);
  if (!rows) reads.set(key, (rows = dbOf(ctx).read('report-meta-by-ids', { ids })));
  return rows;
}

/** One loader over report-meta-by-ids, projected per field. */
function meta(pick: (row: Row) => unknown): Loader {
  return async (queries, ctx) => {
    const rows = await readMeta(ctx, idsOf(queries));
    const byId = new Map(rows.map((r) => [String(r.id), r]));
    return queries.map((q) => {
      const row = byId.get(q.obj.id);
      return row ? pick(row) : pick({ props: {}, placed: false, correction: null });
    });
  };
}

const props = (row: Row) => (row.props && typeof row.props === 'object' ? (row.props as Record<string, unknown>) : {});

const factCounts: Loader = async (queries, ctx) => {
  const rows = await dbOf(ctx).read('report-fact-counts-by-ids', { ids: idsOf(queries) });
  const groups = groupBy(rows, 'id', (r) => ({ kind: String(r.kind), count: Number(r.count) }));
  return queries.map((q) => (groups.get(q.obj.id) ?? []).filter((c) => c.count > 0));
};

const highlights: Loader = async (queries, ctx) => {
  const ids = idsOf(queries);
  const db = dbOf(ctx);
  const [texts, rows] = await Promise.all([
    db.read('report-texts-by-ids', { ids }),
    db.read('report-highlight-sources-by-ids', { ids }),
  ]);
  const textOf = new Map(texts.map((r) => [String(r.id), typeof r.text === 'string' ? r.text : '']));
  const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
  const groups = groupBy(
    rows,
    'id',
    (r): HighlightSource => ({
      kind: String(r.kind),
      label: String(r.label ?? ''),
      names: list(r.names).filter((n): n is string => typeof n === 'string'),
      starts: list(r.starts).map(Number),
      ends: list(r.ends).map(Number),
    }),
  );
  return queries.map((q) => highlightsOf(textOf.get(q.obj.id) ?? '', groups.get(q.obj.id) ?? []));
};

export const libraryLoaders = {
  status: meta((r) => (r.placed === true ? 'LOADED' : 'NEEDS_METADATA')),
  format: meta((r) => formatOf(props(r))),
  correction: meta((r) => r.correction ?? null),
  factCounts,
  highlights,
};
