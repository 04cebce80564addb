// Pure: a reform's diffusion → the rows, groups and years the spread timeline draws.
import { inYearRange, type YearRange } from './elements.ts';
import type { Diffusion, Evidence, JurisdictionRef } from './types.ts';

export type SpreadKind = 'adoption' | 'pilot' | 'promotion' | 'first';

export interface SpreadEvent {
  kind: SpreadKind;
  year: number;
  evidence: Evidence[];
  note?: string;
}

export interface SpreadRow {
  jurisdiction: JurisdictionRef;
  firstYear: number;
  events: SpreadEvent[];
}

export interface SpreadGroup {
  name: string;
  rows: SpreadRow[];
}

export interface SpreadModel {
  years: number[];
  groups: SpreadGroup[];
  /** Every row, earliest first event first (then name): the list beside the timeline. */
  order: SpreadRow[];
}

const LEVEL_RANK: Record<string, number> = { NATION: 0, PROVINCE: 1, CITY: 2, COUNTY: 3, TOWN: 4 };

function chain(j: JurisdictionRef): JurisdictionRef[] {
  const out: JurisdictionRef[] = [];
  for (let cur: JurisdictionRef | null | undefined = j; cur; cur = cur.parent) out.push(cur);
  return out;
}

/** Group under the city (prefecture) when there is one in the chain, else the province, else itself. */
export function groupName(j: JurisdictionRef): string {
  const c = chain(j);
  const city = c.find((x) => x.level === 'CITY');
  const province = c.find((x) => x.level === 'PROVINCE');
  if (city && province) return `${province.name} · ${city.name}`;
  return (city ?? province ?? j).name;
}

export function spreadModel(d: Diffusion, range: YearRange = { from: null, to: null }): SpreadModel {
  const rows = new Map<string, SpreadRow>();
  const add = (j: JurisdictionRef, ev: Omit<SpreadEvent, 'year'> & { year?: number | null }): void => {
    if (typeof ev.year !== 'number' || !inYearRange(ev.year, range)) return;
    const row = rows.get(j.id) ?? { jurisdiction: j, firstYear: ev.year, events: [] };
    row.firstYear = Math.min(row.firstYear, ev.year);
    row.events.push({ ...ev, year: ev.year });
    rows.set(j.id, row);
  };
  for (const a of d.reform.adoptions)
    add(a.jurisdiction, { kind: 'adoption', year: a.year, evidence: a.evidence, note: a.agency?.name });
  for (const p of d.pilots) add(p.jurisdiction, { kind: 'pilot', year: p.year, evidence: p.evidence });
  for (const p of d.promotions)
    add(p.scope, { kind: 'promotion', year: p.year, evidence: p.evidence, note: p.from?.name });
  for (const f of d.firsts)
    add(f.jurisdiction, { kind: 'first', year: f.year, evidence: f.evidence, note: f.scope?.name });

  const byTime = (a: SpreadRow, b: SpreadRow): number =>
    a.firstYear - b.firstYear ||
    (LEVEL_RANK[a.jurisdiction.level ?? ''] ?? 9) - (LEVEL_RANK[b.jurisdiction.level ?? ''] ?? 9) ||
    a.jurisdiction.name.localeCompare(b.jurisdiction.name, 'zh');
  const order = [...rows.values()].sort(byTime);
  for (const r of order) r.events.sort((a, b) => a.year - b.year);

  const groups = new Map<string, SpreadGroup>();
  for (const r of order) {
    const name = groupName(r.jurisdiction);
    const g = groups.get(name) ?? { name, rows: [] };
    g.rows.push(r);
    groups.set(name, g);
  }
  const allYears = order.flatMap((r) => r.events.map((e) => e.year));
  const years: number[] = [];
  if (allYears.length) for (let y = Math.min(...allYears); y <= Math.max(...allYears); y++) years.push(y);
  // Groups in order of their earliest member, so the story reads top to bottom.
  return { years, groups: [...groups.values()], order };
}

/** The province most adopters sit in: the hierarchy view draws that one. */
export function mainProvince(model: SpreadModel): string | null {
  const counts = new Map<string, number>();
  for (const r of model.order) {
    const p = chain(r.jurisdiction).find((x) => x.level === 'PROVINCE');
    if (p) counts.set(p.name, (counts.get(p.name) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

/** Earliest years dark, latest light (a single-hue ramp reads in greyscale too). */
export function yearColor(year: number, min: number, max: number): string {
  const f = max > min ? (year - min) / (max - min) : 0;
  const light = Math.round(32 + f * 40);
  return `hsl(22, 85%, ${light}%)`;
}
