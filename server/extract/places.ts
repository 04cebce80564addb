// Jurisdiction mentions of one report: gazetteer names (浙江省, 嘉兴, 新丰镇) plus the report's
// self-references (全省, 我市, 全区, 全国…), each resolved against the report's own place.
// Compound paths (嘉兴市南湖区) give one mention per level; the earlier one is the context of the next.
import { loadGazetteer, type Gazetteer, type Place, type PlaceContext, type PlaceHit } from './gazetteer.ts';
import type { JurisdictionEntity, Mention } from './model.ts';
import { enumeratedTowns } from './place-lists.ts';

type SelfRef = 'nation' | 'province' | 'city' | 'county' | 'town';

// Self-references. Lookbehind/lookahead guards keep 健全市场, 安全区, 节省, 各省 etc. out.
const SELF_REFS: { re: RegExp; ref: SelfRef }[] = [
  { re: /全国|国家|我国/gu, ref: 'nation' },
  { re: /全省|我省|本省/gu, ref: 'province' },
  // Bare 省 before a body or level (省建设厅, 省级, 省、市) — the annotators count it as naming the province.
  {
    re: /(?<![节反内外本全我各跨一两分该此每等个])省(?=[委政人厅级住建交公财司发自生卫教科民商文农水审统应环纪监高检法、市])/gu,
    ref: 'province',
  },
  { re: /(?<![健安完齐周保])全市(?!场)|我市|本市/gu, ref: 'city' },
  { re: /(?<![安完])全区(?![分别域])|我区|本区|全县|我县|本县/gu, ref: 'county' },
  { re: /全镇|我镇|本镇|全街道|我街道/gu, ref: 'town' },
];

function selfTarget(g: Gazetteer, ref: SelfRef, surface: string, ctx: PlaceContext): Place | undefined {
  const self = ctx.selfKey ? g.byKey(ctx.selfKey) : undefined;
  switch (ref) {
    case 'nation':
      return g.nation;
    case 'province':
      return ctx.provinceKey
        ? g.byKey(ctx.provinceKey)
        : self && g.ancestors(self.key).find((a) => a.level === 'province');
    case 'city':
      // 我市 in a county-level city's report (温岭市) is that city, not the prefecture.
      if (self && (self.level === 'city' || (self.level === 'county' && self.name.endsWith('市'))))
        return self;
      return ctx.cityKey
        ? g.byKey(ctx.cityKey)
        : self && g.ancestors(self.key).find((a) => a.level === 'city');
    case 'county': {
      const suffix = surface.endsWith('县') ? '县' : '区';
      return self && self.level === 'county' && self.name.endsWith(suffix) ? self : undefined;
    }
    case 'town':
      return self && self.level === 'town' ? self : undefined;
  }
}

/** The county (or city) a short town name must lie in to count: the report's own area. */
function townScope(g: Gazetteer, ctx: PlaceContext): string | null {
  const self = ctx.selfKey ? g.byKey(ctx.selfKey) : undefined;
  if (!self) return ctx.cityKey ?? null;
  if (self.level === 'town') return self.parentKey;
  if (self.level === 'nation' || self.level === 'province') return null;
  return self.key;
}

// After a short city name from another province, what usually follows a place (赴深圳学习, 广州、深圳等),
// not a company or product (株洲钻石).
const AFTER_FAR_CITY =
  /^(?:[^\u4e00-\u9fff]|[、和与及等的地市区县来去学考调参交经模先做成获在为对同并及省])/u;

function allowed(
  g: Gazetteer,
  text: string,
  hit: PlaceHit,
  c: Place,
  ctx: PlaceContext,
  prev: Place | null,
  adjacent: boolean,
): boolean {
  const province = ctx.provinceKey ?? null;
  if (hit.kind !== 'full') {
    if (c.level === 'city' && province !== null && !g.within(c.key, province))
      return AFTER_FAR_CITY.test(text.slice(hit.end, hit.end + 1)) || hit.end === text.length;
    if (c.level === 'town') {
      const scope = townScope(g, ctx);
      return scope !== null && g.within(c.key, scope);
    }
    // Short county names (富裕, 会同, 比如…) are ordinary words too often: only inside the report's
    // province, or right after their own province or city (江苏宜兴, 安徽广德).
    // A two-character district name (城区, 郊区, 矿区, 东区) is a common word: only right after its city.
    if (c.level === 'county' && c.name.length === 2 && c.name.endsWith('区') && hit.surface === c.name)
      return adjacent && prev !== null && g.within(c.key, prev.key);
    if (c.level === 'county')
      return (
        (province !== null && g.within(c.key, province)) ||
        (adjacent && prev !== null && g.within(c.key, prev.key))
      );
  }
  // Town names repeat across China (新丰镇 in several provinces) and some read as words: a town counts
  // inside the report's province, or right after its own county or city (江苏省昆山市张浦镇).
  if (
    c.level === 'town' &&
    !(province !== null && g.within(c.key, province)) &&
    !(adjacent && prev !== null && g.within(c.key, prev.key))
  )
    return false;
  // 县司法局会同县市场监管局: a far county whose name is a word needs its province or city before it.
  if (
    c.wordStem &&
    !(province !== null && g.within(c.key, province)) &&
    !(adjacent && prev !== null && g.within(c.key, prev.key))
  )
    return false;
  // 温州古城区风貌: a county name glued to a place it does not belong to is not a path.
  if (adjacent && prev && (c.level === 'county' || c.level === 'town') && !g.within(c.key, prev.key)) {
    return (
      province !== null && g.within(c.key, province) && !(prev.level === 'city' || prev.level === 'county')
    );
  }
  return true;
}

interface Found {
  place: Place;
  mention: Mention;
}

/** Every jurisdiction the text mentions, with its mentions (surface + offsets), in order of first mention. */
export function extractJurisdictions(text: string, ctx: PlaceContext): JurisdictionEntity[] {
  const g = loadGazetteer();
  const found: Found[] = [];
  // One byte per character marks text already claimed by a gazetteer hit: self-references (全省, 我市)
  // check their few characters instead of every earlier hit, which grew with the square of the text.
  const taken = new Uint8Array(text.length);
  let prev: { place: Place; end: number } | null = null;
  for (const hit of g.scan(text)) {
    const adjacent = prev !== null && prev.end === hit.start;
    const candidates = hit.candidates.filter((c) =>
      allowed(g, text, hit, c, ctx, prev?.place ?? null, adjacent),
    );
    const place = g.resolve(candidates, { ...ctx, adjacentKey: adjacent ? prev!.place.key : null });
    if (!place) {
      prev = null;
      continue;
    }
    found.push({ place, mention: { surface: hit.surface, start: hit.start, end: hit.end } });
    taken.fill(1, hit.start, hit.end);
    prev = { place, end: hit.end };
  }
  for (const f of enumeratedTowns(g, text, townScope(g, ctx), taken)) {
    found.push(f);
    taken.fill(1, f.mention.start, f.mention.end);
  }
  for (const { re, ref } of SELF_REFS) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.subarray(start, end).includes(1)) continue;
      const place = selfTarget(g, ref, m[0], ctx);
      if (place) found.push({ place, mention: { surface: m[0], start, end } });
    }
  }
  found.sort((a, b) => a.mention.start - b.mention.start);

  const byKey = new Map<string, JurisdictionEntity>();
  for (const { place, mention } of found) {
    let e = byKey.get(place.key);
    if (!e) {
      e = toEntity(place);
      byKey.set(place.key, e);
    }
    e.mentions.push(mention);
  }
  return [...byKey.values()];
}

/** A gazetteer place as a model entity (no mentions yet). */
export function toEntity(place: Place): JurisdictionEntity {
  const e: JurisdictionEntity = {
    key: place.key,
    name: place.name,
    level: place.level,
    code: place.code,
    parentKey: place.parentKey,
    fullName: place.fullName,
    mentions: [],
  };
  if (place.validUntil != null) e.validUntil = place.validUntil;
  return e;
}

/** Context for a place key: its city and province filled in from the gazetteer. */
export function contextFor(selfKey: string | null, year: number | null = null): PlaceContext {
  const g = loadGazetteer();
  const self = selfKey ? g.byKey(selfKey) : undefined;
  if (!self) return { selfKey: null, cityKey: null, provinceKey: null, year };
  const chain = [self, ...g.ancestors(self.key)];
  return {
    selfKey: self.key,
    cityKey: chain.find((p) => p.level === 'city')?.key ?? null,
    provinceKey: chain.find((p) => p.level === 'province')?.key ?? null,
    year,
  };
}
