// Jurisdiction rows of one report: the report's own places, then any key a fact or an agency/regulation
// points at, each with its ancestors up to the nation so WITHIN chains are complete for every place the
// report touches.
import { type JurisdictionEntity, type JurisdictionLevel, LEVEL_RANK } from '../extract/model.ts';
import { NATION_KEY } from '../extract/gazetteer.ts';
import { nodeId } from '../extract/normalize.ts';
import { surfaces, uniq } from './aliases.ts';
import type { JurisdictionRow } from './graph-row-types.ts';
import { cmp } from './row-order.ts';

/** What the loader needs to know about a place it only saw as a key (an ancestor, a fact's scope). */
export interface Place {
  key: string;
  name: string;
  level: JurisdictionLevel;
  code: string | null;
  parentKey: string | null;
  fullName: string;
  validUntil?: number | null;
}

/** Looks a jurisdiction key up in the gazetteer (undefined when unknown). */
export type PlaceLookup = (key: string) => Place | undefined;

export { NATION_KEY };
const NATION: Place = {
  key: NATION_KEY,
  name: '中华人民共和国',
  level: 'nation',
  code: NATION_KEY,
  parentKey: null,
  fullName: '中华人民共和国',
};

export class JurisdictionRows {
  private readonly places: PlaceLookup;
  private readonly byId = new Map<string, JurisdictionRow>();
  /** Mentions per jurisdiction id; a place only pointed at by key is mentioned 0 times. */
  readonly mentions = new Map<string, number>();

  constructor(places: PlaceLookup) {
    this.places = places;
  }

  private placeOf(k: string): Place | undefined {
    return this.places(k) ?? (k === NATION_KEY ? NATION : undefined);
  }

  private addChain(start: Place): void {
    // Walk up first, then insert top-down so the batch is ordered ancestors-first.
    const chain: Place[] = [];
    const seen = new Set<string>();
    let cur: Place | undefined = start;
    while (cur && !seen.has(cur.key)) {
      seen.add(cur.key);
      chain.push(cur);
      cur = cur.parentKey ? this.placeOf(cur.parentKey) : undefined;
    }
    for (const p of chain.reverse()) {
      const id = nodeId('jurisdiction', p.key);
      if (this.byId.has(id)) continue;
      this.byId.set(id, {
        id,
        key: p.key,
        code: p.code,
        name: p.name,
        fullName: p.fullName,
        level: p.level,
        validUntil: p.validUntil ?? null,
        aliases: [],
        parentId: p.parentKey && this.placeOf(p.parentKey) ? nodeId('jurisdiction', p.parentKey) : null,
      });
    }
  }

  /** A jurisdiction the extractor found in the report's text. */
  addReported(j: JurisdictionEntity): void {
    const known = this.placeOf(j.key);
    // The gazetteer is authoritative for names and parents; the extractor's entity fills the gaps.
    this.addChain({
      key: j.key,
      name: known?.name ?? j.name,
      level: known?.level ?? j.level,
      code: known?.code ?? j.code,
      parentKey: known?.parentKey ?? j.parentKey,
      fullName: known?.fullName ?? j.fullName,
      validUntil: known?.validUntil ?? j.validUntil ?? null,
    });
    const row = this.byId.get(nodeId('jurisdiction', j.key))!;
    row.aliases = uniq([...row.aliases, ...surfaces(row.name, j.mentions)]);
    this.mentions.set(row.id, (this.mentions.get(row.id) ?? 0) + j.mentions.length);
  }

  /** Id of a jurisdiction key, loading it (and ancestors) from the gazetteer if the report lacks it. */
  idOf(k: string | null): string | null {
    if (k === null) return null;
    const id = nodeId('jurisdiction', k);
    if (!this.byId.has(id)) {
      const p = this.placeOf(k);
      if (!p) return null;
      this.addChain(p);
    }
    if (!this.mentions.has(id)) this.mentions.set(id, 0);
    return id;
  }

  get(id: string): JurisdictionRow | undefined {
    return this.byId.get(id);
  }

  /** Ancestors before descendants (WITHIN needs the parent), then id order like every other batch. */
  rows(): JurisdictionRow[] {
    return [...this.byId.values()].sort(
      (a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || cmp(a.id, b.id),
    );
  }
}
