// Placing the unit a report names as its own (罗湖区, 深圳市南山区, 大鹏新区, 区人民政府 …).
// A short or ambiguous name (南山区 is in 深圳 and in 鹤岗) is settled by the places the text itself
// mentions most; a functional area (X新区, X开发区, X管委会) that is no GB/T unit is placed by pattern
// under its city. A 新区 whose city later got a district of the same stem (坪山新区 → 坪山区) is keyed by
// that district's code, under its old name, so every year of the place's history lands on one node.
import { loadGazetteer, NATION_KEY, type Gazetteer, type Place } from '../gazetteer.ts';
import type { JurisdictionLevel } from '../model.ts';

/** How often the opening of a text mentions each place or something inside it. */
export type PlaceWeights = Map<string, number>;

// The opening decides where a report is; reading further only adds places it talks about.
const WEIGHT_WINDOW = 30000;

/** Mentions per place (a county's mention counts for its city and province too), from the cached scan. */
export function placeWeights(text: string): PlaceWeights {
  const g = loadGazetteer();
  const w: PlaceWeights = new Map();
  const add = (key: string, n: number): void => void w.set(key, (w.get(key) ?? 0) + n);
  for (const hit of g.scan(text)) {
    if (hit.start > WEIGHT_WINDOW) break;
    // Towns repeat across China and short forms are often words: count what names a county or wider.
    const cands = hit.candidates.filter((c) => c.level !== 'town');
    if (cands.length === 0 || cands.length > 4) continue;
    const share = 1 / cands.length;
    for (const c of cands) {
      add(c.key, share);
      for (const a of g.ancestors(c.key)) if (a.key !== NATION_KEY) add(a.key, share);
    }
  }
  return w;
}

const weightOf = (w: PlaceWeights | null, key: string | null): number => (key && w?.get(key)) || 0;

/** Among namesakes, the one whose own area and parents the text mentions most (the first on a tie). */
export function preferMentioned(cands: Place[], w: PlaceWeights | null, year: number | null): Place | null {
  const g = loadGazetteer();
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const c of cands) {
    let s = weightOf(w, c.key) * 2;
    for (const a of g.ancestors(c.key)) s += weightOf(w, a.key);
    if (
      year !== null &&
      ((c.validFrom != null && year < c.validFrom) || (c.validUntil != null && year > c.validUntil))
    )
      s -= 1000;
    if (s > bestScore) {
      best = c;
      bestScore = s;
    }
  }
  return best;
}

/** The most mentioned place of a level (within `inside` if given): 区人民政府 → the text's district. */
export function dominantPlace(
  w: PlaceWeights,
  level: JurisdictionLevel,
  inside: string | null,
  suffix?: string,
): Place | null {
  const g = loadGazetteer();
  let best: Place | null = null;
  let bestN = 0;
  for (const [key, n] of w) {
    if (n <= bestN) continue;
    const p = g.byKey(key);
    if (!p || p.level !== level || (suffix && !p.name.endsWith(suffix))) continue;
    if (inside && !g.within(key, inside)) continue;
    best = p;
    bestN = n;
  }
  return best;
}

const NATION_NAMES = /^(?:全国|中国|中华人民共和国|国家|国务院)$/u;
// Functional areas: named by their own suffix, governed by a 管委会 / 管理委员会 / 党工委.
const ZONE = /^(.{2,16}?(?:新区|开发区|高新区|经济区|实验区|示范区|合作区|片区|园区|管理区|试验区))$/u;

function zoneParent(g: Gazetteer, prefix: Place | null, w: PlaceWeights | null): Place | null {
  if (prefix && prefix.level !== 'town') return prefix;
  return w ? (dominantPlace(w, 'city', null) ?? dominantPlace(w, 'province', null)) : null;
}

/** A functional area by pattern: a GB/T-listed one, the predecessor of a district, or a new place. */
function zonePlace(
  g: Gazetteer,
  zone: string,
  prefix: Place | null,
  w: PlaceWeights | null,
  year: number | null,
): Place | null {
  const listed = g.byName(zone).filter((p) => p.level !== 'town');
  if (listed.length > 0) return preferMentioned(listed, w, year);
  // 广州南沙新区, 武汉东湖新技术开发区: a city's short name at the start is the parent.
  const lead = prefix ? null : g.scan(zone)[0];
  const leadCity =
    lead && lead.start === 0 && zone.length - lead.end >= 3
      ? preferMentioned(
          lead.candidates.filter((c) => c.level === 'city' || c.level === 'province'),
          w,
          year,
        )
      : null;
  const parent = leadCity ?? zoneParent(g, prefix, w);
  if (!parent) return null;
  const own = leadCity && lead ? zone.slice(lead.end) : zone;
  const stem = own.replace(
    /(?:新区|开发区|高新区|经济区|实验区|示范区|合作区|片区|园区|管理区|试验区)$/u,
    '',
  );
  const successor = g.byName(`${stem}区`).find((p) => p.parentKey === parent.key && p.validUntil == null);
  if (successor && /新区$/u.test(own)) {
    // The old name of a district: the district's key, valid until the district was founded.
    return {
      ...successor,
      name: zone,
      fullName: `${parent.fullName}${zone}`,
      shortNames: [],
      validFrom: null,
      validUntil: successor.validFrom != null ? successor.validFrom - 1 : null,
    };
  }
  return g.register({
    key: `name:${parent.fullName}${zone}`,
    code: null,
    name: zone,
    level: parent.level === 'province' ? 'city' : 'county',
    parentKey: parent.key,
    fullName: `${parent.fullName}${zone}`,
    shortNames: [],
  });
}

/**
 * The place a name written by or for a report denotes: 深圳市罗湖区, 南山区, 全国, 大鹏新区, 坪山新区;
 * a GB/T 2260 code works too. `w` (the text's place weights) settles namesakes and a 新区's city.
 */
export function placeNamed(raw: string, w: PlaceWeights | null, year: number | null): Place | null {
  const g = loadGazetteer();
  const s = raw.replace(/\s+/gu, '').replace(/(?:党工委|管委会|管理委员会|人民政府|政府)+$/u, '');
  if (!s) return null;
  if (NATION_NAMES.test(s)) return g.nation;
  if (/^\d{6}(?:\d{3})?$/u.test(s)) return g.byKey(s) ?? null;
  const exact = g.byName(s);
  if (exact.length > 0) return preferMentioned(exact, w, year);
  if (ZONE.test(s)) {
    // 深圳市坪山新区: the full names before the area are its city; 坪山 alone is no prefix here.
    const { prefix, at } = readPath(g, s, w, year, true);
    const zone = s.slice(at);
    if (ZONE.test(zone)) return zonePlace(g, zone, prefix, w, year);
  }
  const { prefix, at } = readPath(g, s, w, year, false);
  return at === s.length ? prefix : null;
}

/** A path (深圳市罗湖区, 广东省深圳市): each name read in the context of the one before. */
function readPath(
  g: Gazetteer,
  s: string,
  w: PlaceWeights | null,
  year: number | null,
  fullOnly: boolean,
): { prefix: Place | null; at: number } {
  let prefix: Place | null = null;
  let at = 0;
  for (const hit of g.scan(s)) {
    if (hit.start !== at || (fullOnly && hit.kind !== 'full')) break;
    const inPrefix = prefix ? hit.candidates.filter((c) => g.within(c.key, prefix!.key)) : hit.candidates;
    const p = preferMentioned(inPrefix.length > 0 ? inPrefix : hit.candidates, w, year);
    if (!p) break;
    prefix = p;
    at = hit.end;
  }
  return { prefix, at };
}

const ZONE_IN =
  /[\u4e00-\u9fa5]{2,12}?(?:新区|开发区|高新区|经济区|实验区|示范区|合作区|片区|管理区|试验区)/u;

/**
 * The place a file name or a title names: a functional area (大鹏新区管委会…), else the longest run of
 * full gazetteer names (…在深圳市罗湖区第六届人民代表大会… → 深圳市罗湖区); 国务院 is the nation.
 */
export function placeInName(name: string, w: PlaceWeights | null, year: number | null): Place | null {
  const g = loadGazetteer();
  const zone = ZONE_IN.exec(name);
  if (zone) {
    const p = placeNamed(zone[0], w, year);
    if (p) return p;
  }
  let best: { start: number; end: number } | null = null;
  let run: { start: number; end: number } | null = null;
  for (const hit of g.scan(name)) {
    if (hit.kind !== 'full') continue;
    run =
      run && run.end === hit.start ? { start: run.start, end: hit.end } : { start: hit.start, end: hit.end };
    if (!best || run.end - run.start > best.end - best.start) best = run;
  }
  if (best) return placeNamed(name.slice(best.start, best.end), w, year);
  return /国务院/u.test(name) ? g.nation : null;
}
