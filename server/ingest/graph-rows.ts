// ExtractedReport → the row batches the loader's Cypher statements UNWIND. Pure: no I/O, no driver,
// so the whole mapping (ids, ancestor chains, evidence grouping) is unit-tested without a database.
// Every relationship a report owns is keyed here, once, so the Cypher side can CREATE it without
// a lookup: the report is new in the transaction that writes these rows.
import type {
  AgencyEntity,
  Evidence,
  ExtractedReport,
  Fact,
  JurisdictionLevel,
  Mention,
  RegulationKind,
} from '../extract/model.ts';
import { nodeId } from '../extract/normalize.ts';

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

export const NATION_KEY = '100000';
const NATION: Place = {
  key: NATION_KEY,
  name: '中华人民共和国',
  level: 'nation',
  code: NATION_KEY,
  parentKey: null,
  fullName: '中华人民共和国',
};

export interface ReportRow {
  id: string;
  key: string;
  contentHash: string;
  name: string;
  title: string | null;
  file: string;
  source: string;
  year: number | null;
  publishedOn: string | null;
  docNumber: string | null;
  text: string;
  jurisdictionId: string | null;
  authorId: string | null;
}

export interface PassageRow {
  id: string;
  index: number;
  heading: string | null;
  start: number;
  end: number;
}

export interface JurisdictionRow {
  id: string;
  key: string;
  code: string | null;
  name: string;
  fullName: string;
  level: JurisdictionLevel;
  validUntil: number | null;
  aliases: string[];
  parentId: string | null;
}

export interface AgencyRow {
  id: string;
  name: string;
  aliases: string[];
  jurisdictionId: string | null;
}

export interface RegulationRow {
  id: string;
  name: string;
  kind: RegulationKind;
  effectiveOn: string | null;
  aliases: string[];
  jurisdictionId: string | null;
}

export interface ReformRow {
  id: string;
  key: string;
  name: string;
  aliases: string[];
}

export interface MentionRow {
  id: string;
  count: number;
}

/** Evidence of one fact relationship, as parallel arrays (Neo4j properties cannot hold maps). */
export interface EvidenceArrays {
  year: number | null;
  quotes: string[];
  starts: number[];
  ends: number[];
  passages: number[];
}

export interface FactRow extends EvidenceArrays {
  from: string;
  to: string;
  /** Per-type extra key: ADOPTED agencyId, PROMOTED_TO fromId, FIRST scopeId. */
  extra: string | null;
}

/** Relationship type per fact batch (cypher/write-report.cypher has one subquery per type). */
export const FACT_TYPES = [
  'ADOPTED',
  'PILOTED',
  'PROMOTED_TO',
  'LEARNED_FROM',
  'FIRST',
  'CITES',
  'ISSUED',
  'COOPERATES_WITH',
] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface GraphRows {
  reportId: string;
  report: ReportRow;
  passages: PassageRow[];
  /** Ancestors before descendants (by level), so WITHIN can MATCH a parent written earlier in the batch. */
  jurisdictions: JurisdictionRow[];
  agencies: AgencyRow[];
  regulations: RegulationRow[];
  reforms: ReformRow[];
  mentions: { jurisdictions: MentionRow[]; agencies: MentionRow[]; regulations: MentionRow[]; reforms: MentionRow[] };
  facts: Record<FactType, FactRow[]>;
  /** Facts dropped because they name an entity the report does not define (with the reason). */
  skipped: { kind: Fact['kind']; reason: string }[];
}

export interface GraphRowsOptions {
  source?: string;
  places?: PlaceLookup;
}

/** Report keys are the first 16 hex digits of the text's sha256. */
export function reportKey(contentHash: string): string {
  return contentHash.slice(0, 16);
}

export function reportIdOf(contentHash: string): string {
  return nodeId('report', reportKey(contentHash));
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
const byId = <T extends { id: string }>(xs: T[]): T[] => xs.sort((a, b) => cmp(a.id, b.id));
const LEVEL_RANK: Record<JurisdictionLevel, number> = { nation: 0, province: 1, city: 2, county: 3, town: 4 };

const uniq = (xs: string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];

/** Surface forms other than the canonical name: they feed aliasText for the full-text index. */
function surfaces(name: string, mentions: Mention[], extra: string[] = []): string[] {
  return uniq([...extra, ...mentions.map((m) => m.surface)]).filter((s) => s !== name);
}

export function buildGraphRows(x: ExtractedReport, opts: GraphRowsOptions = {}): GraphRows {
  const places = opts.places ?? (() => undefined);
  const key = reportKey(x.contentHash);
  const reportId = nodeId('report', key);
  const skipped: GraphRows['skipped'] = [];

  // Jurisdictions: the report's own, then any key a fact or an agency/regulation points at, each with
  // its ancestors up to the nation so WITHIN chains are complete for every place the report touches.
  const jurById = new Map<string, JurisdictionRow>();
  const jurMentions = new Map<string, number>();
  const placeOf = (k: string): Place | undefined => places(k) ?? (k === NATION_KEY ? NATION : undefined);

  const addChain = (start: Place): void => {
    // Walk up first, then insert top-down so the batch is ordered ancestors-first.
    const chain: Place[] = [];
    const seen = new Set<string>();
    let cur: Place | undefined = start;
    while (cur && !seen.has(cur.key)) {
      seen.add(cur.key);
      chain.push(cur);
      cur = cur.parentKey ? placeOf(cur.parentKey) : undefined;
    }
    for (const p of chain.reverse()) {
      const id = nodeId('jurisdiction', p.key);
      if (jurById.has(id)) continue;
      jurById.set(id, {
        id,
        key: p.key,
        code: p.code,
        name: p.name,
        fullName: p.fullName,
        level: p.level,
        validUntil: p.validUntil ?? null,
        aliases: [],
        parentId: p.parentKey && placeOf(p.parentKey) ? nodeId('jurisdiction', p.parentKey) : null,
      });
    }
  };

  for (const j of x.jurisdictions) {
    const known = placeOf(j.key);
    // The gazetteer is authoritative for names and parents; the extractor's entity fills the gaps.
    addChain({
      key: j.key,
      name: known?.name ?? j.name,
      level: known?.level ?? j.level,
      code: known?.code ?? j.code,
      parentKey: known?.parentKey ?? j.parentKey,
      fullName: known?.fullName ?? j.fullName,
      validUntil: known?.validUntil ?? j.validUntil ?? null,
    });
    const row = jurById.get(nodeId('jurisdiction', j.key))!;
    row.aliases = uniq([...row.aliases, ...surfaces(row.name, j.mentions)]);
    jurMentions.set(row.id, (jurMentions.get(row.id) ?? 0) + j.mentions.length);
  }

  /** Id of a jurisdiction key, loading it (and ancestors) from the gazetteer if the report lacks it. */
  const jurisdiction = (k: string | null): string | null => {
    if (k === null) return null;
    const id = nodeId('jurisdiction', k);
    if (!jurById.has(id)) {
      const p = placeOf(k);
      if (!p) return null;
      addChain(p);
    }
    if (!jurMentions.has(id)) jurMentions.set(id, 0);
    return id;
  };

  const agencies = new Map<string, AgencyRow>();
  const agencyMentions = new Map<string, number>();
  const addAgency = (a: Pick<AgencyEntity, 'key' | 'name' | 'jurisdictionKey' | 'aliases' | 'mentions'>): void => {
    const id = nodeId('agency', a.key);
    const prev = agencies.get(id);
    const aliases = surfaces(a.name, a.mentions, a.aliases);
    if (prev) prev.aliases = uniq([...prev.aliases, ...aliases]);
    else agencies.set(id, { id, name: a.name, aliases, jurisdictionId: jurisdiction(a.jurisdictionKey) });
    agencyMentions.set(id, (agencyMentions.get(id) ?? 0) + a.mentions.length);
  };
  for (const a of x.agencies) addAgency(a);
  const m = x.report;
  if (m.authorKey && !agencies.has(nodeId('agency', m.authorKey))) {
    addAgency({ key: m.authorKey, name: m.author ?? m.authorKey, jurisdictionKey: m.jurisdictionKey, aliases: [], mentions: [] });
  }

  const regulations = new Map<string, RegulationRow>();
  const regulationMentions = new Map<string, number>();
  for (const r of x.regulations) {
    const id = nodeId('regulation', r.key);
    const prev = regulations.get(id);
    if (prev) prev.aliases = uniq([...prev.aliases, ...surfaces(prev.name, r.mentions)]);
    else
      regulations.set(id, {
        id,
        name: r.title,
        kind: r.kind,
        effectiveOn: r.effective,
        aliases: surfaces(r.title, r.mentions),
        jurisdictionId: jurisdiction(r.jurisdictionKey),
      });
    regulationMentions.set(id, (regulationMentions.get(id) ?? 0) + r.mentions.length);
  }

  const reforms = new Map<string, ReformRow>();
  const reformMentions = new Map<string, number>();
  for (const r of x.reforms) {
    const id = nodeId('reform', r.key);
    const prev = reforms.get(id);
    const aliases = surfaces(r.name, r.mentions, r.aliases);
    if (prev) prev.aliases = uniq([...prev.aliases, ...aliases]);
    else reforms.set(id, { id, key: r.key, name: r.name, aliases });
    reformMentions.set(id, (reformMentions.get(id) ?? 0) + r.mentions.length);
  }

  const reportJurisdictionId = jurisdiction(m.jurisdictionKey);
  const authorId = m.authorKey ? nodeId('agency', m.authorKey) : null;

  // Facts: resolve endpoints, then group evidence per (type, from, to, extra).
  const groups = new Map<string, { type: FactType; row: FactRow }>();
  const known = (prefix: 'agency' | 'regulation' | 'reform', k: string | null, kind: Fact['kind']): string | null => {
    if (k === null) return null;
    const id = nodeId(prefix, k);
    const table = prefix === 'agency' ? agencies : prefix === 'regulation' ? regulations : reforms;
    if (table.has(id)) return id;
    skipped.push({ kind, reason: `${prefix} "${k}" is not among the report's ${prefix} entities` });
    return null;
  };
  const place = (k: string | null, kind: Fact['kind']): string | null => {
    const id = jurisdiction(k);
    if (k !== null && id === null) skipped.push({ kind, reason: `jurisdiction "${k}" is neither in the report nor in the gazetteer` });
    return id;
  };
  const add = (type: FactType, from: string | null, to: string | null, extra: string | null, year: number | null, ev: Evidence): void => {
    if (from === null || to === null) return;
    const gk = JSON.stringify([type, from, to, extra]);
    let g = groups.get(gk);
    if (!g) {
      g = { type, row: { from, to, extra, year: null, quotes: [], starts: [], ends: [], passages: [] } };
      groups.set(gk, g);
    }
    const r = g.row;
    // The same span reported twice (e.g. by two rules) is one piece of evidence.
    if (r.starts.some((s, i) => s === ev.start && r.ends[i] === ev.end)) return;
    r.quotes.push(ev.quote);
    r.starts.push(ev.start);
    r.ends.push(ev.end);
    r.passages.push(ev.passage);
    // A fact read in several places keeps its earliest year: "since 2018 … in 2021 extended".
    if (year !== null && (r.year === null || year < r.year)) r.year = year;
  };

  for (const f of x.facts) {
    switch (f.kind) {
      case 'adopts': {
        const agencyId = f.agency === null ? null : known('agency', f.agency, f.kind);
        add('ADOPTED', place(f.jurisdiction, f.kind), known('reform', f.reform, f.kind), agencyId, f.year, f.evidence);
        break;
      }
      case 'pilots':
        add('PILOTED', place(f.jurisdiction, f.kind), known('reform', f.reform, f.kind), null, f.year, f.evidence);
        break;
      case 'promoted': {
        const fromId = f.from === null ? null : place(f.from, f.kind);
        add('PROMOTED_TO', known('reform', f.reform, f.kind), place(f.scope, f.kind), fromId, f.year, f.evidence);
        break;
      }
      case 'learned':
        add('LEARNED_FROM', place(f.learner, f.kind), place(f.teacher, f.kind), null, f.year, f.evidence);
        break;
      case 'first':
        // Reform-less firsts ("全省首个…" about nothing named) stay evidence in the text only.
        if (f.reform === null) break;
        add('FIRST', place(f.jurisdiction, f.kind), known('reform', f.reform, f.kind), f.scope === null ? null : place(f.scope, f.kind), f.year, f.evidence);
        break;
      case 'cites':
        add('CITES', reportId, known('regulation', f.regulation, f.kind), null, m.year, f.evidence);
        break;
      case 'issues':
        add('ISSUED', known('agency', f.agency, f.kind), known('regulation', f.regulation, f.kind), null, m.year, f.evidence);
        break;
      case 'cooperates':
        add('COOPERATES_WITH', known('agency', f.agency, f.kind), known('agency', f.partner, f.kind), null, m.year, f.evidence);
        break;
    }
  }
  const facts = Object.fromEntries(FACT_TYPES.map((t) => [t, [] as FactRow[]])) as Record<FactType, FactRow[]>;
  for (const { type, row } of groups.values()) facts[type].push(row);
  // Every batch in id order: concurrent report transactions then lock shared nodes (浙江省, common
  // reforms) in the same order, which avoids deadlocks and their retries.
  for (const t of FACT_TYPES) facts[t].sort((a, b) => cmp(a.from, b.from) || cmp(a.to, b.to) || cmp(a.extra ?? '', b.extra ?? ''));

  const jurisdictionRow = reportJurisdictionId ? jurById.get(reportJurisdictionId) : undefined;
  const name =
    m.title ??
    `${jurisdictionRow?.name ?? m.jurisdiction ?? m.author ?? ''}${m.year ?? ''}${m.year ? '年' : ''}法治政府建设报告`;
  const toMentions = (counts: Map<string, number>): MentionRow[] => byId([...counts].map(([id, count]) => ({ id, count })));
  // Ancestors before descendants (WITHIN needs the parent), then id order like every other batch.
  const jurisdictions = [...jurById.values()].sort((a, b) => LEVEL_RANK[a.level] - LEVEL_RANK[b.level] || cmp(a.id, b.id));

  return {
    reportId,
    report: {
      id: reportId,
      key,
      contentHash: x.contentHash,
      name,
      title: m.title,
      file: x.file,
      source: opts.source ?? x.file,
      year: m.year,
      publishedOn: m.published,
      docNumber: m.docNumber,
      text: x.text,
      jurisdictionId: reportJurisdictionId,
      authorId,
    },
    passages: x.passages.map((p) => ({
      id: nodeId('passage', `${key}:${p.index}`),
      index: p.index,
      heading: p.heading,
      start: p.start,
      end: p.end,
    })),
    jurisdictions,
    agencies: byId([...agencies.values()]),
    regulations: byId([...regulations.values()]),
    reforms: byId([...reforms.values()]),
    mentions: {
      jurisdictions: toMentions(jurMentions),
      agencies: toMentions(agencyMentions),
      regulations: toMentions(regulationMentions),
      reforms: toMentions(reformMentions),
    },
    facts,
    skipped,
  };
}

/** Number of fact relationships the rows will create (after grouping). */
export function factCount(rows: GraphRows): number {
  return FACT_TYPES.reduce((n, t) => n + rows.facts[t].length, 0);
}
