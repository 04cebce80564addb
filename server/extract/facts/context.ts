// Shared view for the fact finders: sentences, place mentions (without self-references), reform hits
// in text order, and the reporter's own place; each finder is one pass over its trigger regex.
import type { AgencyHit, AuthorRef } from '../agencies/hits.ts';
import { loadGazetteer, type Gazetteer, type Place, type PlaceContext } from '../gazetteer.ts';
import {
  type Evidence,
  type JurisdictionEntity,
  LEVEL_RANK,
  type Passage,
  type ReportMeta,
} from '../model.ts';
import { passageAt } from '../passages.ts';
import { evidenceAt } from '../quote.ts';
import type { ReformHit, ReformResult } from '../reforms/extract-reforms.ts';
import type { RegulationResult } from '../regulations.ts';
import { StageMap } from './stage.ts';

export interface FactInput {
  text: string;
  passages: Passage[];
  meta: ReportMeta;
  ctx: PlaceContext;
  author: AuthorRef | null;
  jurisdictions: JurisdictionEntity[];
  agencyHits: AgencyHit[];
  regulations: RegulationResult;
  reforms: ReformResult;
}

export interface PlaceMention {
  start: number;
  end: number;
  key: string;
  level: Place['level'];
}

const codes = (s: string): Set<number> => new Set([...s].map((c) => c.charCodeAt(0)));
const MAX_SENTENCE = 400;
const SENTENCE_MARKS = codes('。；;！!？?\n');
const CLAUSE_MARKS = codes('。；;！!？?\n，,');

/** First index whose start is ≥ `at` in a list sorted by start. */
function lowerBound(list: { start: number }[], at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export { LEVEL_RANK };

export class FactContext {
  readonly g: Gazetteer = loadGazetteer();
  readonly places: PlaceMention[];
  readonly reformHits: ReformHit[];
  readonly self: Place | null;
  /** Done or planned, for any offset (plan sections, look-ahead sentences). */
  readonly stage: StageMap;

  constructor(readonly input: FactInput) {
    this.stage = new StageMap(input.text, input.passages, input.meta.year);
    this.places = input.jurisdictions
      .flatMap((j) =>
        j.mentions
          .filter((m) => m.surface !== '省' && !/^(全|我|本)/u.test(m.surface) && !/^国家$/u.test(m.surface))
          .map((m) => ({ start: m.start, end: m.end, key: j.key, level: j.level })),
      )
      .sort((a, b) => a.start - b.start);
    this.reformHits = input.reforms.hits.slice().sort((a, b) => a.start - b.start);
    this.self = input.meta.jurisdictionKey ? (this.g.byKey(input.meta.jurisdictionKey) ?? null) : null;
  }

  get text(): string {
    return this.input.text;
  }

  evidence(start: number, end: number, wide = false): Evidence {
    return evidenceAt(this.input.text, this.input.passages, start, end, wide);
  }

  /** Bounds of the sentence around `at` (。；! ? and line breaks). */
  sentence(at: number): [number, number] {
    return this.bounds(at, SENTENCE_MARKS);
  }

  /** Bounds of the clause around `at` (sentence marks plus commas). */
  clause(at: number): [number, number] {
    return this.bounds(at, CLAUSE_MARKS);
  }

  // Bounded so a text without punctuation cannot make every trigger walk the whole document.
  private bounds(at: number, marks: Set<number>): [number, number] {
    const t = this.input.text;
    const lo = Math.max(0, at - MAX_SENTENCE);
    const hi = Math.min(t.length, at + MAX_SENTENCE);
    let s = at;
    while (s > lo && !marks.has(t.charCodeAt(s - 1))) s--;
    let e = at;
    while (e < hi && !marks.has(t.charCodeAt(e))) e++;
    return [s, e];
  }

  placesIn(s: number, e: number): PlaceMention[] {
    const out: PlaceMention[] = [];
    for (let i = lowerBound(this.places, s); i < this.places.length && this.places[i]!.start < e; i++) {
      const p = this.places[i]!;
      if (p.end <= e) out.push(p);
    }
    return out;
  }

  /** Places strictly below the reporter and inside it (平湖 in a 嘉兴 report). */
  lowerPlacesIn(s: number, e: number): PlaceMention[] {
    const self = this.self;
    if (!self) return [];
    return this.placesIn(s, e).filter(
      (p) => LEVEL_RANK[p.level] > LEVEL_RANK[self.level] && this.g.within(p.key, self.key),
    );
  }

  reformsIn(s: number, e: number): ReformHit[] {
    const out: ReformHit[] = [];
    for (
      let i = lowerBound(this.reformHits, s);
      i < this.reformHits.length && this.reformHits[i]!.start < e;
      i++
    ) {
      if (this.reformHits[i]!.end <= e) out.push(this.reformHits[i]!);
    }
    return out;
  }

  /** The nearest reform hit ending at or before `at`, no further back than `from`. */
  reformBefore(at: number, from: number): ReformHit | null {
    // Hits are in text order and never overlap, so ends are sorted too.
    let i = lowerBound(this.reformHits, at) - 1;
    while (i >= 0 && this.reformHits[i]!.end > at) i--;
    const r = i >= 0 ? this.reformHits[i]! : null;
    return r && r.start >= from ? r : null;
  }

  /** The reform hit that contains [s, e), if any. */
  reformCovering(s: number, e: number): ReformHit | null {
    const r = this.reformHits[lowerBound(this.reformHits, s + 1) - 1];
    return r && r.start <= s && r.end >= e ? r : null;
  }

  /** The first reform hit starting in [at, to]. */
  reformAfter(at: number, to: number): ReformHit | null {
    const r = this.reformHits[lowerBound(this.reformHits, at)];
    return r && r.start <= to ? r : null;
  }

  passageOf(at: number): Passage | undefined {
    const i = passageAt(this.input.passages, at);
    return i >= 0 ? this.input.passages[i] : undefined;
  }

  /** 全省 → the province, 全市 → the city, 全国 → the nation, 全区/全县 → the reporter. */
  scopeKey(word: string): string | null {
    const c = this.input.ctx;
    if (/国/u.test(word)) return this.g.nation.key;
    if (/省/u.test(word)) return c.provinceKey ?? null;
    if (/市/u.test(word)) {
      const self = this.self;
      if (self && (self.level === 'city' || (self.level === 'county' && self.name.endsWith('市'))))
        return self.key;
      return c.cityKey ?? null;
    }
    if (/[区县]/u.test(word)) return c.selfKey ?? null;
    return null;
  }
}
