// STATES rows → plain Indicator and IndicatorSeries objects. The repository edge for indicators:
// a stored value that is not a finite number is skipped here, so no stored data can make a
// non-null `value` fail a query.
import type { Row } from '../../db/run-cypher.ts';
import { indicatorDef, type IndicatorDef } from '../../extract/indicators/lexicon.ts';
import type { Evidence } from '../rows.ts';

export interface Indicator {
  /** Stable per stated value: the report and the quote's start. */
  id: string;
  name: string;
  value: number;
  unit: string;
  year: number | null;
  jurisdictionId: string;
  agencyId: string | null;
  agencyName: string | null;
  reportId: string;
  evidence: Evidence[];
}

export interface IndicatorSeries {
  name: string;
  jurisdictionId: string;
  agencyId: string | null;
  points: Indicator[];
}

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const int = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);

export function toIndicator(row: Row): Indicator | null {
  const p = (row.props ?? {}) as Row;
  const value = typeof p.value === 'number' && Number.isFinite(p.value) ? p.value : null;
  const name = str(p.name);
  const reportId = str(p.reportId);
  const jurisdictionId = str(row.jurisdictionId);
  if (value === null || !name || !reportId || !jurisdictionId) return null;
  const start = int(p.start) ?? 0;
  const out = {
    id: `${reportId}#${start}`,
    name,
    value,
    unit: str(p.unit) ?? '',
    year: int(p.year),
    jurisdictionId,
    agencyId: str(p.agencyId),
    agencyName: str(p.agency),
    reportId,
  } as Indicator;
  // Kept out of mercurius' loader cache key (a JSON of the parent), as facts do.
  Object.defineProperty(out, 'evidence', {
    value: [{ reportId, quote: String(p.quote ?? ''), start, end: int(p.end) ?? start, passage: int(p.passage) }],
    enumerable: false,
  });
  return out;
}

/** Oldest first; values without a year last; then report and position. */
export function byYear(a: Indicator, b: Indicator): number {
  const ya = a.year ?? Number.MAX_SAFE_INTEGER;
  const yb = b.year ?? Number.MAX_SAFE_INTEGER;
  return ya - yb || (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0) || a.id.localeCompare(b.id);
}

/**
 * One series per indicator, jurisdiction and agency: a bureau's own numbers are a series of their
 * own beside its government's. `order` lists names first-come unless given.
 */
export function toSeries(points: Indicator[]): IndicatorSeries[] {
  const groups = new Map<string, IndicatorSeries>();
  for (const p of points) {
    const key = `${p.name}|${p.jurisdictionId}|${p.agencyId ?? ''}`;
    let s = groups.get(key);
    if (!s) groups.set(key, (s = { name: p.name, jurisdictionId: p.jurisdictionId, agencyId: p.agencyId, points: [] }));
    s.points.push(p);
  }
  for (const s of groups.values()) s.points.sort(byYear);
  return [...groups.values()];
}

/** The definition for a stored name; a name dropped from the lexicon still answers with itself. */
export function definitionOf(name: string): Pick<IndicatorDef, 'name' | 'label' | 'labelEn' | 'kind' | 'units'> {
  return indicatorDef(name) ?? { name, label: name, labelEn: name, kind: 'count', units: [] };
}

/** The unit most points of a series state (ties: the first). */
export function unitOf(points: Indicator[]): string {
  const n = new Map<string, number>();
  for (const p of points) n.set(p.unit, (n.get(p.unit) ?? 0) + 1);
  let best = '';
  let most = 0;
  for (const [u, c] of n) if (c > most) [best, most] = [u, c];
  return best;
}
