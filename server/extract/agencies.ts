// Agencies: government departments, party organs, congresses, CPPCC, courts and procuratorates.
// A mention is a lexicon form (住建局, 市自规局's 自规局, 人大常委会…) plus what precedes it: a place
// (嘉兴市, 温岭), a one-character level prefix (省/市/区/县, resolved from the report's own place), or
// nothing (the report's own area; 部/总局/署 forms are national, 厅 forms provincial). The canonical
// name is the jurisdiction's agency prefix + the standard body name for that level.
import type { Gazetteer, Place, PlaceContext } from './gazetteer.ts';
import { loadGazetteer } from './gazetteer.ts';
import { agencyLexicon, type BodyEntry } from './lexicon.ts';
import type { AgencyEntity, JurisdictionLevel, Mention } from './model.ts';
import { Trie } from './trie.ts';

/** A resolved place mention (from places.ts), used as an agency's prefix when it ends where a form starts. */
export interface PlaceSpan {
  start: number;
  end: number;
  key: string;
}

export interface AuthorRef {
  name: string; // canonical
  jurisdictionKey: string | null;
  /** The standard body name without the jurisdiction (住房和城乡建设局), for abbreviation checks. */
  body: string;
  entry: BodyEntry | null;
  isGovernment: boolean;
}

export interface AgencyHit extends Mention {
  name: string;
  jurisdictionKey: string | null;
  entry: BodyEntry | null;
  /** True when the mention names the reporting body itself (我局, 住建局 in a 住建局 report). */
  self: boolean;
}

type FormValue = { kind: 'body'; entry: BodyEntry; form: string } | { kind: 'self' } | { kind: 'skip' };

const lex = agencyLexicon();
const forms = new Trie<FormValue>();
for (const c of lex.collectives) forms.add(c, { kind: 'skip' });
for (const s of lex.selfReferences) forms.add(s, { kind: 'self' });
for (const entry of lex.bodies)
  for (const form of entry.forms) forms.add(form, { kind: 'body', entry, form });

// A level character is a prefix (市自规局) unless it closes another word (全市, 社区, 城市, 各省…).
const NOT_BEFORE_PREFIX: Record<string, string> = {
  省: '全我本各该每治外跨节反两',
  市: '全我本各该每治城都超门直股区',
  区: '全我本各该每治社园景城片辖范发新校港自保验',
  县: '全我本各该每治郡',
  州: '全我本各该每治',
  镇: '全我本各该每治城乡村',
  乡: '全我本各该每治城下老家',
};
const NOT_AFTER_PARTY_COMMITTEE = /^[员托屈派]/u;
const GENERIC_UNIT = /([省市区县])([\u4e00-\u9fa5]{2,10}?)(中心|局)/gu;
const GENERIC_BAD = /[的和与及等在为对将从把被了是]|^(?:级|场|民|属|直|本|内|外|域|委|政府)/u;

/** The string a jurisdiction puts before a body name: 嘉兴市南湖区 for a district, 温岭市 for a county-level city. */
export function agencyPrefix(g: Gazetteer, place: Place): string {
  if (place.level === 'nation') return '中华人民共和国';
  if (place.level === 'county' && place.name.endsWith('区') && place.parentKey) {
    const parent = g.byKey(place.parentKey);
    if (parent && parent.level === 'city') return parent.name + place.name;
  }
  if (place.level === 'town' && place.parentKey) {
    const parent = g.byKey(place.parentKey);
    if (parent) return agencyPrefix(g, parent) + place.name;
  }
  return place.name;
}

const LEVEL_FALLBACK: Record<JurisdictionLevel, JurisdictionLevel[]> = {
  nation: ['nation'],
  province: ['province', 'city'],
  city: ['city', 'county', 'province'],
  county: ['county', 'city'],
  town: ['town'],
};

/** Canonical name of a body at a place; null when the lexicon has no name for that level. */
export function canonicalName(g: Gazetteer, entry: BodyEntry, place: Place): string | null {
  let template: string | undefined;
  for (const lv of LEVEL_FALLBACK[place.level]) {
    template = entry.names[lv];
    if (template) break;
  }
  if (!template) return null;
  if (place.level === 'nation') return template;
  const prefix = agencyPrefix(g, place);
  const t = template.replace('{L}', place.name.slice(-1));
  return t.includes('{J}') ? t.replace('{J}', prefix) : prefix + t;
}

function isNationalForm(entry: BodyEntry, form: string): boolean {
  if (Object.keys(entry.names).length === 1 && entry.names.nation) return true;
  return /(部|总局|署)$/u.test(form) && !entry.party && entry.names.nation !== undefined;
}

function isProvincialForm(form: string): boolean {
  return /厅$/u.test(form) && !/办公厅$/u.test(form);
}

function levelCharPlace(g: Gazetteer, ch: string, ctx: PlaceContext): Place | null {
  const self = ctx.selfKey ? (g.byKey(ctx.selfKey) ?? null) : null;
  switch (ch) {
    case '省':
      return ctx.provinceKey ? (g.byKey(ctx.provinceKey) ?? null) : null;
    case '市':
      if (self && (self.level === 'city' || (self.level === 'county' && self.name.endsWith('市'))))
        return self;
      return ctx.cityKey ? (g.byKey(ctx.cityKey) ?? null) : null;
    case '州':
      return ctx.cityKey ? (g.byKey(ctx.cityKey) ?? null) : null;
    case '区':
    case '县': {
      if (self?.level === 'county' && self.name.endsWith(ch)) return self;
      if (self?.level === 'town' && self.parentKey) {
        const p = g.byKey(self.parentKey);
        if (p?.name.endsWith(ch)) return p;
      }
      return null;
    }
    case '镇':
    case '乡':
      return self?.level === 'town' ? self : null;
    default:
      return null;
  }
}

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
}

interface Prefix {
  start: number;
  place: Place | null;
  explicit: boolean; // a place or level character was written
}

function prefixBefore(
  g: Gazetteer,
  text: string,
  at: number,
  placeByEnd: Map<number, PlaceSpan>,
  ctx: PlaceContext,
): Prefix {
  const span = placeByEnd.get(at);
  if (span) {
    let start = span.start;
    // 中共嘉兴市南湖区委: earlier adjacent places and 中共 belong to the mention.
    for (let prev = placeByEnd.get(start); prev; prev = placeByEnd.get(start)) start = prev.start;
    if (text.startsWith('中共', start - 2)) start -= 2;
    return { start, place: g.byKey(span.key) ?? null, explicit: true };
  }
  const ch = text[at - 1];
  if (ch && NOT_BEFORE_PREFIX[ch] !== undefined && !NOT_BEFORE_PREFIX[ch]!.includes(text[at - 2] ?? '')) {
    let start = at - 1;
    if (text.startsWith('中共', start - 2)) start -= 2;
    return { start, place: levelCharPlace(g, ch, ctx), explicit: true };
  }
  if (text.startsWith('街道', at - 2))
    return { start: at - 2, place: levelCharPlace(g, '镇', ctx), explicit: true };
  return { start: at, place: null, explicit: false };
}

export interface AgencyScanInput {
  text: string;
  places: PlaceSpan[];
  ctx: PlaceContext;
  author: AuthorRef | null;
}

/** Every agency mention in the text, resolved to a canonical name where the context allows. */
export function scanAgencies({ text, places, ctx, author }: AgencyScanInput): AgencyHit[] {
  const g = loadGazetteer();
  const placeByEnd = new Map<number, PlaceSpan>();
  const placeByStart = new Map<number, PlaceSpan>();
  const placeStartMask = new Uint8Array(text.length + 1);
  for (const p of places) {
    placeByEnd.set(p.end, p);
    placeByStart.set(p.start, p);
    placeStartMask[p.start] = 1;
  }
  const self = ctx.selfKey ? (g.byKey(ctx.selfKey) ?? null) : null;
  const hits: AgencyHit[] = [];
  const push = (h: AgencyHit): void => {
    hits.push(h);
  };

  let afterCollective = -1;
  for (let i = 0; i < text.length;) {
    if (!forms.startsAt(text, i) && placeStartMask[i] !== 1) {
      i++;
      continue;
    }
    // A place name is never the start of a body form (嘉兴市 is not 市…); skip over it.
    const ps = placeByStart.get(i);
    if (ps) {
      i = ps.end;
      continue;
    }
    const m = forms.longestAt(text, i);
    if (!m) {
      i++;
      continue;
    }
    const v = m.value;
    if (v.kind === 'skip') {
      i = m.end;
      afterCollective = m.end;
      continue;
    }
    // 各设区市司法局: a body named after a collective is the collective's, not one agency.
    if (i === afterCollective) {
      i = m.end;
      continue;
    }
    if (v.kind === 'self') {
      if (author)
        push({
          surface: text.slice(i, m.end),
          start: i,
          end: m.end,
          name: author.name,
          jurisdictionKey: author.jurisdictionKey,
          entry: author.entry,
          self: true,
        });
      i = m.end;
      continue;
    }
    const { entry, form } = v;
    if (form === '委' && NOT_AFTER_PARTY_COMMITTEE.test(text.slice(m.end, m.end + 1))) {
      i++;
      continue;
    }
    const pre = prefixBefore(g, text, i, placeByEnd, ctx);
    if (entry.needsPrefix && !pre.explicit) {
      i++;
      continue;
    }
    let place: Place | null = pre.place;
    let resolvable = true;
    if (!pre.explicit) {
      if (isNationalForm(entry, form)) place = g.nation;
      else if (isProvincialForm(form)) place = ctx.provinceKey ? (g.byKey(ctx.provinceKey) ?? null) : null;
      else {
        const prev = hits[hits.length - 1];
        const gap = prev ? text.slice(prev.end, i) : '';
        // 省委常委、政法委 / 市纪委(市监委): an unprefixed body in an enumeration shares the previous level.
        if (
          prev &&
          prev.jurisdictionKey &&
          gap.length <= 4 &&
          /^[\u4e00-\u9fa5]{0,2}[、和及与(（]$/u.test(gap)
        )
          place = g.byKey(prev.jurisdictionKey) ?? null;
        else place = self;
      }
    } else if (!place) resolvable = false;
    if (!place && !pre.explicit && entry.names.nation && Object.keys(entry.names).length === 1)
      place = g.nation;

    let end = m.end;
    let name: string | null = place ? canonicalName(g, entry, place) : null;
    const surfaceEnd = (e: number): string => text.slice(pre.start, e);
    // 住建部办公厅: the general office of a resolved body.
    const office = /^(办公厅|办公室)/u.exec(text.slice(end, end + 3));
    if (name && office && !name.endsWith(office[1]!)) {
      name += office[1];
      end += office[1]!.length;
    }
    if (!name) {
      if (resolvable || !pre.explicit) {
        i = m.end;
        continue;
      }
      name = surfaceEnd(end); // cannot resolve: keep as written
    }
    let isSelf = false;
    if (author && place && author.jurisdictionKey === place.key) {
      if (name === author.name) isSelf = true;
      else if (author.entry && entry === author.entry) isSelf = true;
      else if (!entry.party && isSubsequence(form, author.body) && /[局委办厅]$/u.test(form)) isSelf = true;
    }
    if (isSelf && author) name = author.name;
    push({
      surface: surfaceEnd(end),
      start: pre.start,
      end,
      name,
      jurisdictionKey: place?.key ?? null,
      entry,
      self: isSelf,
    });
    i = end;
  }

  const covered = new Coverage(text.length, hits);
  addSpecial(text, hits, g, ctx, author, placeByEnd, covered);
  addGenericUnits(text, hits, g, ctx, placeByEnd, covered);
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

/** Marks the characters covered by hits so later passes test overlap in O(length). */
class Coverage {
  private readonly mask: Uint8Array;
  constructor(length: number, hits: AgencyHit[]) {
    this.mask = new Uint8Array(length);
    for (const h of hits) this.add(h.start, h.end);
  }
  add(s: number, e: number): void {
    this.mask.fill(1, s, e);
  }
  overlaps(s: number, e: number): boolean {
    for (let i = s; i < e; i++) if (this.mask[i]) return true;
    return false;
  }
}

const SPECIAL = /省厅|党委|([\u4e00-\u9fa5]{2,4})司法所/gu;

function addSpecial(
  text: string,
  hits: AgencyHit[],
  g: Gazetteer,
  ctx: PlaceContext,
  author: AuthorRef | null,
  placeByEnd: Map<number, PlaceSpan>,
  covered: Coverage,
): void {
  for (const m of text.matchAll(SPECIAL)) {
    const s = m.index;
    const e = s + m[0].length;
    if (covered.overlaps(s, e)) continue;
    if (m[0] === '省厅') {
      // 省厅 in a department's report is the provincial department of the same line.
      const prov = ctx.provinceKey ? g.byKey(ctx.provinceKey) : undefined;
      const name =
        prov && author?.entry && !author.isGovernment
          ? canonicalName(g, { ...author.entry, names: { province: author.entry.names.province! } }, prov)
          : null;
      if (name && author?.entry?.names.province)
        hits.push({
          surface: m[0],
          start: s,
          end: e,
          name,
          jurisdictionKey: prov!.key,
          entry: author.entry,
          self: false,
        });
    } else if (m[0] === '党委') {
      // A department's own party committee (中共嘉兴市住房和城乡建设局委员会); elsewhere 党委 is generic.
      if (
        author &&
        !author.isGovernment &&
        author.entry &&
        !/^(巡察|政府|和政府|领导下)/u.test(text.slice(e, e + 3))
      ) {
        hits.push({
          surface: m[0],
          start: s,
          end: e,
          name: `中共${author.name}委员会`,
          jurisdictionKey: author.jurisdictionKey,
          entry: null,
          self: false,
        });
      }
    } else {
      // 新丰司法所: a town's justice office belongs to the county justice bureau.
      const townStart = e - 3 - (m[1]?.length ?? 0);
      const span = placeByEnd.get(e - 3);
      if (!span || span.start < townStart) continue;
      const town = g.byKey(span.key);
      const county = town?.parentKey ? g.byKey(town.parentKey) : undefined;
      if (!town || town.level !== 'town' || !county) continue;
      const surface = text.slice(span.start, e);
      hits.push({
        surface,
        start: span.start,
        end: e,
        name: `${agencyPrefix(g, county)}司法局${surface}`,
        jurisdictionKey: town.key,
        entry: null,
        self: false,
      });
    }
  }
}

function addGenericUnits(
  text: string,
  hits: AgencyHit[],
  g: Gazetteer,
  ctx: PlaceContext,
  placeByEnd: Map<number, PlaceSpan>,
  covered: Coverage,
): void {
  for (const m of text.matchAll(GENERIC_UNIT)) {
    const s = m.index;
    const e = s + m[0].length;
    const body = m[2]!;
    if (GENERIC_BAD.test(body) || covered.overlaps(s, e) || placeByEnd.has(s + 1)) continue;
    const before = text[s - 1] ?? '';
    if (NOT_BEFORE_PREFIX[m[1]!]!.includes(before) || placeByEnd.has(s)) continue;
    const place = levelCharPlace(g, m[1]!, ctx);
    if (!place) continue;
    hits.push({
      surface: m[0],
      start: s,
      end: e,
      name: agencyPrefix(g, place) + body + m[3],
      jurisdictionKey: place.key,
      entry: null,
      self: false,
    });
    covered.add(s, e);
  }
}

/** Groups mentions into entities (the author first if mentioned). */
export function collectAgencies(hits: AgencyHit[]): AgencyEntity[] {
  const byName = new Map<string, AgencyEntity>();
  for (const h of hits) {
    let a = byName.get(h.name);
    if (!a)
      byName.set(
        h.name,
        (a = { key: h.name, name: h.name, jurisdictionKey: h.jurisdictionKey, aliases: [], mentions: [] }),
      );
    a.mentions.push({ surface: h.surface, start: h.start, end: h.end });
    if (h.surface !== h.name && !a.aliases.includes(h.surface)) a.aliases.push(h.surface);
  }
  return [...byName.values()];
}

/** Resolves a standalone name (a title's or signature's author, 嘉兴市南湖区人民政府) to one agency. */
export function resolveAgencyName(surface: string, ctx: PlaceContext): AgencyHit | null {
  const g = loadGazetteer();
  const places: PlaceSpan[] = [];
  let prevKey: string | null = null;
  let prevEnd = -1;
  for (const hit of g.scan(surface)) {
    const p = g.resolve(hit.candidates, { ...ctx, adjacentKey: prevEnd === hit.start ? prevKey : null });
    if (!p) continue;
    places.push({ start: hit.start, end: hit.end, key: p.key });
    prevKey = p.key;
    prevEnd = hit.end;
  }
  const hits = scanAgencies({ text: surface, places, ctx, author: null });
  // The whole string should be one body; prefer the hit reaching the end.
  const last = hits.filter((h) => h.end === surface.length).pop() ?? hits[hits.length - 1];
  return last ?? null;
}
