// The reporting body as an agency: from the names the title, signature or header give (pickAuthor),
// from the body a government or 管委会 is for (bodyOf), or from what 我局/我区 refers to (authorFromBody).
import type { AgencyHit, AuthorRef, PlaceSpan } from '../agencies/hits.ts';
import { resolveAgencyName, scanAgencies } from '../agencies/scan-agencies.ts';
import { loadGazetteer, type Place, type PlaceContext } from '../gazetteer.ts';
import { contextFor } from '../places.ts';

const BODY_AUTHOR_WINDOW = 6000;
const SELF_KIND = /我(局|委|办|厅|区|市|县|镇|街道)|本(局|委|办|厅)/gu;

export function authorRef(hit: AgencyHit): AuthorRef {
  const g = loadGazetteer();
  const place = hit.jurisdictionKey ? g.byKey(hit.jurisdictionKey) : undefined;
  const isGovernment = /(?:人民政府|管理委员会|国务院)$/u.test(hit.name);
  let body = hit.name;
  if (place) {
    const idx = hit.name.lastIndexOf(place.name);
    if (idx >= 0) body = hit.name.slice(idx + place.name.length);
  }
  return { name: hit.name, jurisdictionKey: hit.jurisdictionKey, body, entry: hit.entry, isGovernment };
}

/** Splits a joint signature (中共南湖区委南湖区人民政府) and prefers the government, as the guide says. */
export function pickAuthor(candidates: string[], ctx: PlaceContext): AgencyHit | null {
  const g = loadGazetteer();
  for (const raw of candidates) {
    const c = raw.replace(/\s+/gu, '');
    const gov = /^(?:中共.*?委)?(.+人民政府)$/u.exec(c);
    let hit = resolveAgencyName(gov ? gov[1]! : c, ctx);
    // A bare place (南湖区2023年法治政府建设年度报告) reports as its government.
    if (!hit) {
      const hits = g.scan(c);
      const last = hits[hits.length - 1];
      if (
        last &&
        last.end === c.length &&
        hits.every((h, i) => i === 0 || hits[i - 1]!.end === h.start) &&
        (hits[0]!.start === 0 || /^(?:中共)?$/u.test(c.slice(0, hits[0]!.start)))
      ) {
        hit = resolveAgencyName(`${c}人民政府`, ctx);
      }
    }
    if (hit && hit.jurisdictionKey) return hit;
  }
  return null;
}

/** The name a government or 管委会 of `place` goes by: 深圳市南山区人民政府, 深圳市大鹏新区管理委员会. */
function canonicalBodyName(place: Place, body: string): string {
  const g = loadGazetteer();
  const parent = place.parentKey ? g.byKey(place.parentKey) : undefined;
  // Districts and areas carry their city (深圳市南山区), as agencies do; provinces and cities stand alone.
  // …unless the name already starts with it (广州南沙新区).
  const named = parent && [parent.name, ...parent.shortNames].some((n) => place.name.startsWith(n));
  const prefix = place.level === 'county' && parent?.level === 'city' && !named ? parent.name : '';
  return `${prefix}${place.name}${body}`;
}

/** The delivering body of `place`: its government, its 管委会, or the State Council for the nation. */
export function bodyOf(
  place: Place,
  kind: 'government' | 'committee' | 'state_council',
  year: number | null,
): AuthorRef {
  const g = loadGazetteer();
  if (place.key === g.nation.key || kind === 'state_council') {
    const hit = resolveAgencyName('国务院', contextFor(g.nation.key, year));
    if (hit) return authorRef(hit);
  }
  const body = kind === 'committee' ? '管理委员会' : '人民政府';
  const name = canonicalBodyName(place, body);
  if (kind === 'government' && g.byKey(place.key) === place) {
    const hit = resolveAgencyName(name, contextFor(place.key, year));
    if (hit && hit.jurisdictionKey === place.key) return authorRef(hit);
  }
  return { name, jurisdictionKey: place.key, body, entry: null, isGovernment: true };
}

/** Without a title or signature: the most mentioned placed agency of the kind 我局/我区 refers to. */
export function authorFromBody(text: string, year: number | null): AgencyHit | null {
  const g = loadGazetteer();
  const kinds = new Map<string, number>();
  for (const m of text.matchAll(SELF_KIND)) kinds.set(m[1] ?? m[2]!, (kinds.get(m[1] ?? m[2]!) ?? 0) + 1);
  const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!kind) return null;
  // Reports name themselves early (现将…, 对…以前X局制定的…); the opening is enough and keeps this cheap.
  text = text.slice(0, BODY_AUTHOR_WINDOW);
  const places: PlaceSpan[] = [];
  for (const h of g.scan(text)) {
    const p = g.resolve(h.candidates, { year });
    if (p) places.push({ start: h.start, end: h.end, key: p.key });
  }
  const hits = scanAgencies({ text, places, ctx: { year }, author: null });
  const counts = new Map<string, { hit: AgencyHit; n: number }>();
  for (const h of hits) {
    if (!h.jurisdictionKey || h.jurisdictionKey === g.nation.key) continue;
    const place = g.byKey(h.jurisdictionKey);
    if (!place) continue;
    const ok = ['区', '市', '县', '镇', '街道'].includes(kind)
      ? h.name.endsWith('人民政府') && place.name.endsWith(kind)
      : h.name.endsWith(kind === '委' ? '委员会' : kind === '办' ? '办公室' : kind);
    if (!ok) continue;
    const c = counts.get(h.name);
    if (c) c.n++;
    else counts.set(h.name, { hit: h, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.hit ?? null;
}
