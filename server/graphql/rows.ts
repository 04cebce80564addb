// Plain objects the resolvers work with, made from the rows the Cypher statements return. This is the
// repository edge: nothing above it sees Neo4j shapes (labels arrays, parallel evidence arrays).
import type { Row } from '../db/run-cypher.ts';

export type EntityType = 'REPORT' | 'AGENCY' | 'JURISDICTION' | 'REGULATION' | 'REFORM';

export const LABEL_OF: Record<EntityType, string> = {
  REPORT: 'Report',
  AGENCY: 'Agency',
  JURISDICTION: 'Jurisdiction',
  REGULATION: 'Regulation',
  REFORM: 'Reform',
};

const TYPE_OF: Record<string, EntityType> = Object.fromEntries(
  Object.entries(LABEL_OF).map(([type, label]) => [label, type as EntityType]),
);

/** An entity node as a plain object: its properties plus `type` (the GraphQL EntityType). */
export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  [prop: string]: unknown;
}

export function toEntity(node: unknown): Entity | null {
  if (!node || typeof node !== 'object') return null;
  const { labels, ...props } = node as Row & { labels?: string[] };
  const type = (labels ?? []).map((l) => TYPE_OF[l]).find(Boolean);
  if (!type || typeof props.id !== 'string') return null;
  return { ...props, id: props.id, type, name: typeof props.name === 'string' ? props.name : props.id };
}

export interface Evidence {
  reportId: string;
  quote: string;
  start: number;
  end: number;
  passage: number | null;
}

/** A fact relationship: subject → object with the report that states it and every quote. */
export interface Fact {
  kind: string; // relationship type: ADOPTED, PILOTED, PROMOTED_TO, LEARNED_FROM, FIRST, CITES
  ownerId: string;
  src: string;
  dst: string;
  srcName: string;
  dstName: string;
  dstLevel: string | null;
  reportId: string;
  year: number | null;
  agencyId: string | null;
  fromId: string | null;
  scopeId: string | null;
  /** 'planned' when the report only plans it (下一步, 将…); facts stored without a stage are done. */
  stage: FactStage;
  evidence: Evidence[];
}

export type FactStage = 'done' | 'planned';
/** The GraphQL FactStage values (DONE, PLANNED) a query asks for; default: done only. */
export type StageArg = 'DONE' | 'PLANNED';
export const DEFAULT_STAGES: readonly StageArg[] = ['DONE'];

/** Whether `f` is among the asked stages (null/absent = DONE only: planned reforms are no adoptions). */
export function inStages(f: Fact, stages: readonly StageArg[] | null | undefined): boolean {
  const wanted = stages && stages.length > 0 ? stages : DEFAULT_STAGES;
  return wanted.includes(f.stage === 'planned' ? 'PLANNED' : 'DONE');
}

const arr = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const num = (v: unknown): number | null => (typeof v === 'number' ? v : null);

/** Zips the parallel evidence arrays a fact relationship carries. */
export function evidenceOf(props: Row): Evidence[] {
  const reportId = String(props.reportId ?? '');
  const quotes = arr(props.quotes);
  const starts = arr(props.starts);
  const ends = arr(props.ends);
  const passages = arr(props.passages);
  return quotes.map((q, i) => ({
    reportId,
    quote: String(q),
    start: num(starts[i]) ?? 0,
    end: num(ends[i]) ?? 0,
    passage: num(passages[i]),
  }));
}

/** A fact row as a Fact, or null when either end has no id (a damaged store: nothing to show). */
export function toFact(row: Row): Fact | null {
  if (typeof row.src !== 'string' || typeof row.dst !== 'string') return null;
  const props = (row.props ?? {}) as Row;
  const fact = {
    kind: String(row.type),
    ownerId: String(row.ownerId ?? ''),
    src: String(row.src),
    dst: String(row.dst),
    srcName: String(row.srcName ?? ''),
    dstName: String(row.dstName ?? ''),
    dstLevel: str(row.dstLevel),
    reportId: String(props.reportId ?? ''),
    year: num(props.year),
    agencyId: str(props.agencyId),
    fromId: str(props.fromId),
    scopeId: str(props.scopeId),
    stage: props.stage === 'planned' ? 'planned' : 'done',
  } as Fact;
  // mercurius keys each loader call by a stable JSON of the parent object: keep the quotes out of
  // that key (non-enumerable) so a spread of thousands of facts is not serialised once per field.
  Object.defineProperty(fact, 'evidence', { value: evidenceOf(props), enumerable: false });
  return fact;
}

/** Every well-formed fact of the rows. */
export function toFacts(rows: Row[]): Fact[] {
  return rows.map(toFact).filter((f): f is Fact => f !== null);
}

/** `field:cue` strings as stored on Report.cues / RefusedReport.cues → MetaCue objects. */
export function metaCues(v: unknown): { field: string; cue: string }[] {
  return (Array.isArray(v) ? v.map(String) : [])
    .map((s) => {
      const at = s.indexOf(':');
      return at > 0 ? { field: s.slice(0, at), cue: s.slice(at + 1) } : null;
    })
    .filter((c): c is { field: string; cue: string } => c !== null && c.cue !== '');
}

// Chinese names in pinyin order (嘉兴市 < 南湖区 < 上城区), as a Chinese index would list them.
const ZH = new Intl.Collator('zh-Hans-CN');

export function comparePlaceNames(a: string, b: string): number {
  return ZH.compare(a, b) || (a < b ? -1 : a > b ? 1 : 0);
}

/**
 * Adoptions (and pilots…) earliest first, then by the jurisdiction's name, then report: the order
 * the contract promises for `Reform.adoptions` and `spread`. Facts without a year go last.
 */
export function byYearThenPlace(a: Fact, b: Fact): number {
  const ya = a.year ?? Number.MAX_SAFE_INTEGER;
  const yb = b.year ?? Number.MAX_SAFE_INTEGER;
  if (ya !== yb) return ya - yb;
  const byPlace = comparePlaceNames(placeOf(a), placeOf(b));
  if (byPlace !== 0) return byPlace;
  return a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0;
}

function placeOf(f: Fact): string {
  return f.kind === 'PROMOTED_TO' ? f.dstName : f.srcName;
}

/** Rows of `UNWIND $ids AS id … RETURN id, …` grouped by id, in the order they came. */
export function groupBy<T>(rows: Row[], key: string, map: (row: Row) => T | null): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const row of rows) {
    const value = map(row);
    if (value === null) continue;
    const id = String(row[key]);
    const list = out.get(id);
    if (list) list.push(value);
    else out.set(id, [value]);
  }
  return out;
}
