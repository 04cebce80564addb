// The simulated world behind a synthetic corpus: which real jurisdictions report, which reforms exist,
// and when each jurisdiction adopts each reform. Adoption follows the shapes policy-diffusion studies
// describe — an origin that pilots first, a province that promotes it, neighbours and laggards after,
// some reforms that never leave home — so the graph has realistic skew (a few reforms everywhere,
// most in a handful of places). Deterministic for a given seed.
import { readFileSync } from 'node:fs';
import { loadGazetteer, type Place } from '../../server/extract/gazetteer.ts';
import { fromRoot } from '../../server/paths.ts';
import { type Random, pick } from '../random.ts';

export const FIRST_YEAR = 2014;
export const LAST_YEAR = 2025;

export type Reach = 'national' | 'provincial' | 'local';

export interface SimReform {
  name: string;
  reach: Reach;
  origin: Place;
  originYear: number;
  /** Mean years from the origin year to adoption elsewhere (smaller spreads faster). */
  lag: number;
  /** The origin's province promoted it (全省推广) the year after the origin adopted it. */
  promoted: boolean;
}

export interface World {
  reporters: Place[];
  reforms: SimReform[];
  /** `reform name → jurisdiction key → first year` (origin included). */
  adoption: Map<string, Map<string, number>>;
  provinceOf(p: Place): Place | undefined;
  cityOf(p: Place): Place | undefined;
}

/** Reforms of national reach from the lexicon (domain names; province-branded ones such as 浙里办 left out). */
function reformNames(): string[] {
  const lexicon = JSON.parse(readFileSync(fromRoot('seed', 'lexicon', 'reforms.json'), 'utf8')) as {
    reforms: { name: string }[];
  };
  return lexicon.reforms.map((r) => r.name).filter((n) => !/浙|之江|钱江/u.test(n));
}

interface Divisions {
  rows: [string, string, string, string | null][];
}

/**
 * Reporting jurisdictions for about `reports` reports over the years: every mainland province, then
 * cities, counties and towns of every province in the proportions real archives hold (counties most).
 */
function chooseReporters(random: Random, reports: number): Place[] {
  const g = loadGazetteer();
  const divisions = JSON.parse(readFileSync(fromRoot('seed', 'gazetteer', 'divisions.json'), 'utf8')) as Divisions;
  const current = divisions.rows
    .filter(([code]) => !/^(71|81|82)/u.test(code))
    .map(([code]) => g.byKey(code))
    .filter((p): p is Place => !!p && p.validUntil == null);
  const byLevel = (level: Place['level']) => current.filter((p) => p.level === level);
  const target = Math.max(4, Math.ceil(reports / (LAST_YEAR - FIRST_YEAR + 1) / 0.85));
  const shares: [Place['level'], number][] = [
    ['province', 0.03],
    ['city', 0.2],
    ['county', 0.62],
    ['town', 0.15],
  ];
  const pool: Place[] = [];
  for (const [level, share] of shares) {
    const candidates = byLevel(level);
    const want = Math.min(candidates.length, Math.max(1, Math.round(target * share)));
    const chosen = new Set<number>();
    while (chosen.size < want) chosen.add(Math.floor(random() * candidates.length));
    for (const i of chosen) pool.push(candidates[i]!);
  }
  return pool;
}

export function buildWorld(random: Random, reports: number): World {
  const g = loadGazetteer();
  const reporters = chooseReporters(random, reports);
  const ancestor = (p: Place, level: Place['level']) =>
    p.level === level ? p : g.ancestors(p.key).find((a) => a.level === level);
  const provinceOf = (p: Place) => ancestor(p, 'province');
  const cityOf = (p: Place) => ancestor(p, 'city');

  const originCandidates = reporters.filter((p) => p.level === 'city' || p.level === 'county');
  const reforms: SimReform[] = reformNames().map((name) => {
    const roll = random();
    const reach: Reach = roll < 0.3 ? 'national' : roll < 0.75 ? 'provincial' : 'local';
    return {
      name,
      reach,
      origin: pick(random, originCandidates.length ? originCandidates : reporters),
      originYear: FIRST_YEAR + Math.floor(random() * 9),
      lag: reach === 'national' ? 1 + random() * 2 : 1.5 + random() * 3,
      promoted: reach !== 'local' && random() < 0.6,
    };
  });

  const adoption = new Map<string, Map<string, number>>();
  for (const reform of reforms) {
    const years = new Map<string, number>([[reform.origin.key, reform.originYear]]);
    const home = provinceOf(reform.origin)?.key;
    for (const p of reporters) {
      if (p.key === reform.origin.key) continue;
      if (reform.reach === 'local') continue;
      const sameProvince = provinceOf(p)?.key === home;
      if (reform.reach === 'provincial' && !sameProvince) continue;
      // Laggards: a fifth of places never adopt; the rest wait a geometric number of years, shorter
      // at home and after a promotion, shorter for provinces and cities that set the pace.
      if (random() < 0.2) continue;
      let mean = reform.lag * (sameProvince ? 0.6 : 1.3) * (reform.promoted && sameProvince ? 0.7 : 1);
      if (p.level === 'province' || p.level === 'city') mean *= 0.7;
      const delay = 1 + Math.floor(-Math.log(1 - random()) * mean);
      const year = reform.originYear + delay;
      if (year <= LAST_YEAR) years.set(p.key, year);
    }
    adoption.set(reform.name, years);
  }
  return { reporters, reforms, adoption, provinceOf, cityOf };
}
