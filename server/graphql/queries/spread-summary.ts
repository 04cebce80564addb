// A reform's spread in forms whose size does not grow with its adopters — counts by level × year, per
// province, the first adopters — and its adoptions a page at a time (cursor after (year, place,
// report)), so a reform adopted by ten thousand places opens at once and drills down on demand.
import type { Db } from '../../db/run-cypher.ts';
import { badInput } from '../errors.ts';
import { int } from '../limits.ts';
import { DEFAULT_STAGES, type Fact, type StageArg, toFacts } from '../rows.ts';

export interface LevelYearCount {
  level: string;
  year: number;
  count: number;
}

export interface ProvinceSpread {
  provinceId: string | null;
  provinceName: string | null;
  adopters: number;
  firstYear: number;
  lastYear: number;
  byLevel: { level: string; count: number }[];
}

export interface SpreadSummary {
  reformId: string;
  adopters: number;
  firstYear: number | null;
  lastYear: number | null;
  byLevelYear: LevelYearCount[];
  byYear: { year: number; count: number }[];
  provinces: ProvinceSpread[];
  firstAdopters: { jurisdictionId: string; year: number }[];
}

interface SummaryRow {
  level: string;
  year: number;
  provinceId: string | null;
  provinceName: string | null;
  adopters: number;
  [k: string]: unknown;
}

export function stageValues(stages: readonly StageArg[] | null | undefined): string[] {
  const wanted = stages && stages.length > 0 ? stages : DEFAULT_STAGES;
  return [...new Set(wanted.map((s) => s.toLowerCase()))];
}

/** Pure part: rows of (level, year, province, count) folded into the summary's views. */
export function summarise(reformId: string, rows: SummaryRow[]): Omit<SpreadSummary, 'firstAdopters'> {
  const levelYear = new Map<string, LevelYearCount>();
  const years = new Map<number, number>();
  const provinces = new Map<string, ProvinceSpread & { levels: Map<string, number> }>();
  let adopters = 0;
  for (const r of rows) {
    adopters += r.adopters;
    const ly = `${r.level}|${r.year}`;
    const cell = levelYear.get(ly) ?? { level: r.level, year: r.year, count: 0 };
    cell.count += r.adopters;
    levelYear.set(ly, cell);
    years.set(r.year, (years.get(r.year) ?? 0) + r.adopters);
    const pk = r.provinceId ?? '';
    const p = provinces.get(pk) ?? {
      provinceId: r.provinceId,
      provinceName: r.provinceName,
      adopters: 0,
      firstYear: r.year,
      lastYear: r.year,
      byLevel: [],
      levels: new Map<string, number>(),
    };
    p.adopters += r.adopters;
    p.firstYear = Math.min(p.firstYear, r.year);
    p.lastYear = Math.max(p.lastYear, r.year);
    p.levels.set(r.level, (p.levels.get(r.level) ?? 0) + r.adopters);
    provinces.set(pk, p);
  }
  const yearList = [...years.keys()].sort((a, b) => a - b);
  return {
    reformId,
    adopters,
    firstYear: yearList[0] ?? null,
    lastYear: yearList.at(-1) ?? null,
    byLevelYear: [...levelYear.values()].sort((a, b) => a.year - b.year || a.level.localeCompare(b.level)),
    byYear: yearList.map((year) => ({ year, count: years.get(year)! })),
    provinces: [...provinces.values()]
      .map(({ levels, ...p }) => ({ ...p, byLevel: [...levels].map(([level, count]) => ({ level, count })) }))
      .sort((a, b) => a.firstYear - b.firstYear || b.adopters - a.adopters),
  };
}

export async function spreadSummary(
  db: Db,
  reformId: string,
  stages: readonly StageArg[] | null | undefined,
  firstAdopters: number,
): Promise<SpreadSummary> {
  const params = { id: reformId, stages: stageValues(stages) };
  const [rows, first] = await Promise.all([
    db.read<SummaryRow>('spread-summary', params),
    db.read<{ jurisdictionId: string; year: number }>('spread-first-adopters', {
      ...params,
      limit: int(firstAdopters),
    }),
  ]);
  return { ...summarise(reformId, rows), firstAdopters: first };
}

export interface AdoptionPage {
  facts: Fact[];
  cursors: string[];
  hasNextPage: boolean;
  totalCount: number;
}

type Cursor = [year: number, place: string, report: string];

export function encodeCursor(f: Fact): string {
  return Buffer.from(
    JSON.stringify([f.year, f.src, f.reportId] satisfies [unknown, string, string]),
  ).toString('base64url');
}

export function decodeCursor(cursor: string): Cursor {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(v) &&
      v.length === 3 &&
      Number.isInteger(v[0]) &&
      typeof v[1] === 'string' &&
      typeof v[2] === 'string'
    )
      return v as Cursor;
  } catch {
    // fall through to the coded error
  }
  throw badInput('after', 'not a cursor this API gave out (pass the endCursor of the previous page)');
}

export async function adoptionsPage(
  db: Db,
  reformId: string,
  opts: {
    stages: readonly StageArg[] | null | undefined;
    within: string | null;
    first: number;
    after: string | null;
  },
): Promise<AdoptionPage> {
  const cursor = opts.after ? decodeCursor(opts.after) : null;
  const base = { id: reformId, stages: stageValues(opts.stages), within: opts.within };
  const [rows, counted] = await Promise.all([
    db.read('adoptions-page', {
      ...base,
      first: int(opts.first),
      afterYear: cursor ? int(cursor[0]) : null,
      afterPlace: cursor?.[1] ?? null,
      afterReport: cursor?.[2] ?? null,
    }),
    db.read<{ total: number }>('adoptions-count', base),
  ]);
  const all = toFacts(rows);
  const facts = all.slice(0, opts.first);
  return {
    facts,
    cursors: facts.map(encodeCursor),
    hasNextPage: all.length > opts.first,
    totalCount: counted[0]?.total ?? 0,
  };
}
