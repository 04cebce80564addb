// The indicator panel: one indicator across jurisdictions and years, for GraphQL (indicatorPanel)
// and the CSV export alike. Arguments are validated here, once, with coded errors naming them.
import type { Db } from '../../db/run-cypher.ts';
import { indicatorDefs } from '../../extract/indicators/lexicon.ts';
import { badInput } from '../errors.ts';
import { int, LIMITS, text } from '../limits.ts';
import { findJurisdiction } from '../queries/lookup.ts';
import { comparePlaceNames } from '../rows.ts';
import { toIndicator, toSeries, type IndicatorSeries } from './rows.ts';

/** Rows one panel may return (every stated value of one indicator, all places, all years). */
export const PANEL_ROWS = 20_000;
const FIRST_YEAR = 1949;
const LAST_YEAR = 2100;

export interface PanelArgs {
  name: string;
  jurisdictions: string[] | null;
  from: number | null;
  to: number | null;
}

export interface Panel {
  name: string;
  from: number | null;
  to: number | null;
  series: IndicatorSeries[];
  /** Names asked for, in order, with the jurisdiction each resolved to. */
  jurisdictionIds: string[] | null;
}

export function indicatorName(argument: string, value: unknown): string {
  const name = text(argument, String(value ?? ''));
  if (!indicatorDefs().some((d) => d.name === name)) {
    throw badInput(argument, `unknown indicator "${name.slice(0, 60)}" (known: ${indicatorDefs().map((d) => d.name).join(', ')})`);
  }
  return name;
}

export function yearArg(argument: string, value: unknown): number | null {
  if (value === null || value === undefined || value === '') return null;
  const y = typeof value === 'number' ? value : Number(value);
  if (!Number.isInteger(y) || y < FIRST_YEAR || y > LAST_YEAR)
    throw badInput(argument, `must be a year between ${FIRST_YEAR} and ${LAST_YEAR}, got ${String(value).slice(0, 20)}`);
  return y;
}

export function yearRange(from: unknown, to: unknown): { from: number | null; to: number | null } {
  const f = yearArg('from', from);
  const t = yearArg('to', to);
  if (f !== null && t !== null && f > t) throw badInput('from', `must not be after to (${f} > ${t})`);
  return { from: f, to: t };
}

export function panelArgs(raw: { name: unknown; jurisdictions?: unknown; from?: unknown; to?: unknown }): PanelArgs {
  const name = indicatorName('name', raw.name);
  const list = raw.jurisdictions;
  let jurisdictions: string[] | null = null;
  if (Array.isArray(list) && list.length > 0) {
    if (list.length > LIMITS.compare)
      throw badInput('jurisdictions', `at most ${LIMITS.compare} jurisdictions, got ${list.length}`);
    jurisdictions = list.map((n, i) => text(`jurisdictions[${i}]`, String(n)));
  }
  return { name, jurisdictions, ...yearRange(raw.from, raw.to) };
}

export async function indicatorPanel(db: Db, args: PanelArgs): Promise<Panel> {
  let ids: string[] | null = null;
  if (args.jurisdictions) {
    ids = [];
    for (const [i, n] of args.jurisdictions.entries()) {
      const j = await findJurisdiction(db, n);
      if (!j) throw badInput(`jurisdictions[${i}]`, `no jurisdiction named "${n.slice(0, 60)}" in the graph`);
      if (!ids.includes(j.id)) ids.push(j.id);
    }
  }
  const rows = await db.read('indicator-panel', {
    name: args.name,
    ids,
    from: args.from,
    to: args.to,
    limit: int(PANEL_ROWS),
  });
  const names = new Map(rows.map((r) => [String(r.jurisdictionId), String(r.jurisdictionName ?? '')]));
  const series = toSeries(rows.map(toIndicator).filter((x) => x !== null));
  // In the order asked; otherwise by place name (pinyin), then the government before its bureaus.
  const rank = (s: IndicatorSeries) => (ids ? ids.indexOf(s.jurisdictionId) : 0);
  series.sort(
    (a, b) =>
      rank(a) - rank(b) ||
      comparePlaceNames(names.get(a.jurisdictionId) ?? '', names.get(b.jurisdictionId) ?? '') ||
      (a.agencyId ?? '').localeCompare(b.agencyId ?? ''),
  );
  return { name: args.name, from: args.from, to: args.to, series, jurisdictionIds: ids };
}
