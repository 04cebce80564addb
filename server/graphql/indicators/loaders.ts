// Batched loaders for indicator fields: one statement per batch of parents (see ../loaders.ts).
import type { MercuriusContext } from 'mercurius';
import { indicatorDefs } from '../../extract/indicators/lexicon.ts';
import { dbOf, entitiesByIds } from '../loaders.ts';
import { groupBy } from '../rows.ts';
import { indicatorName, yearRange } from './panel.ts';
import { byYear, toIndicator, toSeries, type Indicator, type IndicatorSeries } from './rows.ts';

interface Query<O> {
  obj: O;
  params: Record<string, unknown>;
}
type Loader<O> = (queries: Query<O>[], ctx: MercuriusContext) => Promise<unknown[]>;

const LEXICON_ORDER = (): string[] => indicatorDefs().map((d) => d.name);

const reportIndicators: Loader<{ id: string }> = async (queries, ctx) => {
  const ids = [...new Set(queries.map((q) => q.obj.id))];
  const rows = await dbOf(ctx).read('indicators-by-report-ids', { ids });
  const groups = groupBy(rows, 'id', toIndicator);
  return queries.map((q) => groups.get(q.obj.id) ?? []);
};

interface SeriesFilter {
  names: string[] | null;
  from: number | null;
  to: number | null;
}

function filterOf(params: Record<string, unknown>): SeriesFilter {
  const raw = params.names;
  const names = Array.isArray(raw) && raw.length > 0 ? raw.map((n, i) => indicatorName(`names[${i}]`, n)) : null;
  return { names, ...yearRange(params.from, params.to) };
}

/**
 * A series per indicator (and per agency with its own numbers) of each jurisdiction. One statement
 * for the batch with the widest filter any query asked for; each query then keeps its own part.
 */
const jurisdictionIndicators: Loader<{ id: string }> = async (queries, ctx) => {
  const filters = queries.map((q) => filterOf(q.params));
  const all = filters.some((f) => f.names === null);
  const names = all ? null : [...new Set(filters.flatMap((f) => f.names ?? []))];
  const rows = await dbOf(ctx).read('indicators-by-jurisdiction-ids', {
    ids: [...new Set(queries.map((q) => q.obj.id))],
    names,
    from: filters.some((f) => f.from === null) ? null : Math.min(...filters.map((f) => f.from!)),
    to: filters.some((f) => f.to === null) ? null : Math.max(...filters.map((f) => f.to!)),
  });
  const groups = groupBy(rows, 'id', toIndicator);
  return queries.map((q, i) => {
    const f = filters[i]!;
    const points = (groups.get(q.obj.id) ?? []).filter(
      (p) =>
        (f.names === null || f.names.includes(p.name)) &&
        (f.from === null || (p.year !== null && p.year >= f.from)) &&
        (f.to === null || (p.year !== null && p.year <= f.to)),
    );
    // In the order asked, else in lexicon order; a place's own series before its bodies'.
    const order = f.names ?? LEXICON_ORDER();
    return toSeries(points.sort(byYear)).sort(
      (a, b) =>
        order.indexOf(a.name) - order.indexOf(b.name) ||
        a.name.localeCompare(b.name) ||
        (a.agencyId ?? '').localeCompare(b.agencyId ?? ''),
    );
  });
};

function entity<O>(idOf: (obj: O) => string | null | undefined): Loader<O> {
  return async (queries, ctx) => {
    const found = await entitiesByIds(
      dbOf(ctx),
      queries.map((q) => idOf(q.obj)),
    );
    return queries.map((q) => found.get(idOf(q.obj) ?? '') ?? null);
  };
}

export const indicatorLoaders = {
  Report: { indicators: reportIndicators },
  Jurisdiction: { indicators: jurisdictionIndicators },
  Indicator: {
    jurisdiction: entity<Indicator>((i) => i.jurisdictionId),
    agency: entity<Indicator>((i) => i.agencyId),
    report: entity<Indicator>((i) => i.reportId),
  },
  IndicatorSeries: {
    jurisdiction: entity<IndicatorSeries>((s) => s.jurisdictionId),
    agency: entity<IndicatorSeries>((s) => s.agencyId),
  },
};
