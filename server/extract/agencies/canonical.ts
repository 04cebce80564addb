// Where a body mention belongs and what it is called there: the place or level character written
// before the form, and the canonical name (the jurisdiction's agency prefix + the standard body name
// for that level).
import type { Gazetteer, Place, PlaceContext } from '../gazetteer.ts';
import type { BodyEntry } from '../lexicon.ts';
import type { JurisdictionLevel } from '../model.ts';
import type { PlaceSpan } from './hits.ts';

// A level character is a prefix (市自规局) unless it closes another word (全市, 社区, 城市, 各省…).
export const NOT_BEFORE_PREFIX: Record<string, string> = {
  省: '全我本各该每治外跨节反两',
  市: '全我本各该每治城都超门直股区',
  区: '全我本各该每治社园景城片辖范发新校港自保验',
  县: '全我本各该每治郡',
  州: '全我本各该每治',
  镇: '全我本各该每治城乡村',
  乡: '全我本各该每治城下老家',
};

/** The string a jurisdiction puts before a body name: 嘉兴市南湖区 for a district, 温岭市 for a county-level city. */
export function agencyPrefix(g: Gazetteer, place: Place): string {
  if (place.level === 'nation') return '中华人民共和国';
  if (place.level === 'county' && place.name.endsWith('区') && place.parentKey) {
    const parent = g.byKey(place.parentKey);
    // 兰州新区, 沧州渤海新区: a zone named after its city already says where it is.
    if (parent && parent.level === 'city' && !place.name.startsWith(parent.name.replace(/市$/u, '')))
      return parent.name + place.name;
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

export function isNationalForm(entry: BodyEntry, form: string): boolean {
  if (Object.keys(entry.names).length === 1 && entry.names.nation) return true;
  return /(部|总局|署)$/u.test(form) && !entry.party && entry.names.nation !== undefined;
}

export function isProvincialForm(form: string): boolean {
  return /厅$/u.test(form) && !/办公厅$/u.test(form);
}

export function levelCharPlace(g: Gazetteer, ch: string, ctx: PlaceContext): Place | null {
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

// Kinds of special zone (functional areas that are not GB/T 2260 units, or are and keep the word).
const ZONE_BEFORE = /(新区|开发区|高新区|经开区|自贸区|试验区|合作区|示范区)$/u;

interface Prefix {
  start: number;
  place: Place | null;
  explicit: boolean; // a place or level character was written
}

export function prefixBefore(
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
  // 新区管委会, 开发区党工委, 新区人民法院: in a special zone's own report the zone word is its 我区.
  const zone = ZONE_BEFORE.exec(text.slice(Math.max(0, at - 4), at));
  if (zone) {
    const self = ctx.selfKey ? (g.byKey(ctx.selfKey) ?? null) : null;
    let start = at - zone[1]!.length;
    if (text.startsWith('中共', start - 2)) start -= 2;
    return { start, place: self && self.name.endsWith(zone[1]!) ? self : null, explicit: true };
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
