// Loads one extracted report into Neo4j in ONE write transaction: the report is either fully in the
// graph or not at all. Order inside the transaction matters: a replaced version is removed first,
// entities are merged before the report that links to them, facts last, orphans after everything
// else so an entity the new version still mentions is never deleted and re-created.
// Three statements at most: find-report, (delete-report + delete-orphans when replacing), write-report.
import type { Db, Tx } from '../db/run-cypher.ts';
import { deleteInTx, deleteOrphansInTx } from './delete-report.ts';
import type { ExtractedReport } from '../extract/model.ts';
import { FACT_TYPES, type GraphRows, type MentionRow } from './graph-row-types.ts';
import { buildGraphRows, factCount } from './graph-rows.ts';
import type { PlaceLookup } from './jurisdiction-rows.ts';
import { type MissingField, missingPlacement, recordRefusalInTx } from './placement.ts';

export interface LoadCounts {
  passages: number;
  jurisdictions: number;
  agencies: number;
  regulations: number;
  reforms: number;
  mentions: number;
  facts: number;
  /** Facts dropped because they named an entity the report does not define. */
  skippedFacts: number;
  /** Entities removed because no report supports them any more (replace only). */
  orphansDeleted: number;
}

export interface LoadResult {
  reportId: string;
  created: boolean;
  replaced: boolean;
  /** Ids of the previous versions this load replaced (same source, different text). */
  replacedIds: string[];
  counts: LoadCounts;
  /**
   * Set when the report could not be placed (no jurisdiction or no year): nothing was written but the
   * (:RefusedReport) record `refusedId`. When the same text is already loaded, `reportId` is that
   * report, `refusedId` null and nothing changes.
   */
  refused?: { missing: MissingField[]; refusedId: string | null };
}

export interface LoadOptions {
  /** Identity of the document across versions; defaults to the file name. */
  source?: string;
  /** Gazetteer lookup for ancestors and places only named by key; see gazetteerLookup(). */
  places?: PlaceLookup;
  /**
   * Reports to delete first even when one holds this very text (the start-up repair re-places a
   * stored report from its text); orphans they leave are removed in the same transaction.
   */
  replace?: string[];
  /** The file format the text was read from, recorded as Report.format. */
  format?: string | null;
}

const EMPTY_COUNTS: LoadCounts = {
  passages: 0,
  jurisdictions: 0,
  agencies: 0,
  regulations: 0,
  reforms: 0,
  mentions: 0,
  facts: 0,
  skippedFacts: 0,
  orphansDeleted: 0,
};

/** An entity row as write-report takes it: its position in its batch and its MENTIONS count. */
type EntityParam<T> = T & { i: number; count: number | null };

/**
 * The one map parameter of write-report. Entities are looked up once: the statement collects each
 * batch's nodes in row order (jurisdictions, agencies, regulations, reforms, concatenated) and facts
 * and the report's links name their ends by position in that list, so no fact costs an index seek.
 * Mentions ride on the entity rows (`count`, null when the report does not mention it). Throws when
 * a fact or mention names an entity the rows do not define (graph-rows.ts never produces one).
 */
export function writeParams(rows: GraphRows): Record<string, unknown> {
  const at = new Map<string, number>();
  const batch = <T extends { id: string }>(list: T[], mentions: MentionRow[]): EntityParam<T>[] => {
    const counts = new Map(mentions.map((m) => [m.id, m.count]));
    const out = list.map((row, i) => {
      at.set(row.id, at.size);
      return { ...row, i, count: counts.get(row.id) ?? null };
    });
    for (const m of mentions) if (!at.has(m.id)) throw new Error(`${rows.reportId}: mention of ${m.id}, which the rows do not define`);
    return out;
  };
  const m = rows.mentions;
  const jurisdictions = batch(rows.jurisdictions, m.jurisdictions);
  const agencies = batch(rows.agencies, m.agencies);
  const regulations = batch(rows.regulations, m.regulations);
  const reforms = batch(rows.reforms, m.reforms);
  const position = (id: string): number => {
    const i = at.get(id);
    if (i === undefined) throw new Error(`${rows.reportId}: a fact names ${id}, which the rows do not define`);
    return i;
  };
  const facts = Object.fromEntries(
    FACT_TYPES.map((t) => [
      t,
      rows.facts[t].map(({ from, to, ...rest }) => ({ ...rest, a: t === 'CITES' ? null : position(from), b: position(to) })),
    ]),
  );
  const { jurisdictionId, authorId, ...report } = rows.report;
  return {
    report: {
      ...report,
      jurisdiction: jurisdictionId === null ? null : position(jurisdictionId),
      author: authorId === null ? null : position(authorId),
    },
    passages: rows.passages,
    jurisdictions,
    agencies,
    regulations,
    reforms,
    facts,
  };
}

/**
 * Writes the rows of a report known to be absent: one statement (cypher/write-report.cypher) for
 * entities, report, passages, mentions and every fact batch. A report is ~15 batches; as separate
 * statements their round trips, not their work, dominated the load. Exported for the atomicity test.
 */
export async function writeRows(tx: Tx, rows: GraphRows): Promise<void> {
  // One map parameter rather than eight top-level lists: Neo4j's plan cache takes list-parameter
  // sizes into account, and with varying batch sizes this large statement kept being re-planned.
  await tx.run('write-report', { data: writeParams(rows) });
  if (rows.indicators?.length) await tx.run('write-indicators', { reportId: rows.reportId, rows: rows.indicators });
}

function countsOf(rows: GraphRows): LoadCounts {
  const m = rows.mentions;
  return {
    passages: rows.passages.length,
    jurisdictions: rows.jurisdictions.length,
    agencies: rows.agencies.length,
    regulations: rows.regulations.length,
    reforms: rows.reforms.length,
    mentions: m.jurisdictions.length + m.agencies.length + m.regulations.length + m.reforms.length,
    facts: factCount(rows),
    skippedFacts: rows.skipped.length,
    orphansDeleted: 0,
  };
}

/**
 * Loads `extracted`: unchanged text → created:false and nothing written; same source with other
 * text → the old version is replaced (its facts, passages and mentions deleted, orphans removed).
 */
export async function loadReport(db: Db, extracted: ExtractedReport, opts: LoadOptions = {}): Promise<LoadResult> {
  const rows = buildGraphRows(extracted, opts);
  return loadRows(db, rows, { replace: opts.replace, meta: extracted.report });
}

/**
 * loadReport for rows already built (the benchmark builds them outside the timed load). An unplaced
 * report is refused here, so no path writes one: see placement.ts.
 */
export async function loadRows(
  db: Db,
  rows: GraphRows,
  opts: { replace?: string[]; meta?: ExtractedReport['report'] } = {},
): Promise<LoadResult> {
  const reportId = rows.reportId;
  const unchanged = (id: string): LoadResult => ({
    reportId: id,
    created: false,
    replaced: false,
    replacedIds: [],
    counts: { ...EMPTY_COUNTS },
  });
  const forced = opts.replace ?? [];
  const missing = missingPlacement(rows);
  return db.writeTx(async (tx) => {
    if (missing.length > 0 && forced.length === 0) {
      const refusal = await recordRefusalInTx(tx, rows, missing, opts.meta);
      if (refusal.existingId) return unchanged(refusal.existingId);
      return { ...unchanged(reportId), refused: { missing, refusedId: refusal.refusedId } };
    }
    const [found] = await tx.run<{ sameId: string | null; oldIds: string[] }>('find-report', {
      id: reportId,
      contentHash: rows.report.contentHash,
      source: rows.report.source,
    });
    if (found?.sameId && !forced.includes(found.sameId)) return unchanged(reportId);
    const replacedIds = [...new Set([...forced, ...(found?.oldIds ?? [])])];
    const candidates = new Set<string>();
    for (const old of replacedIds) for (const id of (await deleteInTx(tx, old)) ?? []) candidates.add(id);
    if (missing.length > 0) {
      // A forced replacement of a report that still cannot be placed: removed and recorded as refused.
      const refusal = await recordRefusalInTx(tx, rows, missing, opts.meta);
      const counts = { ...EMPTY_COUNTS, orphansDeleted: await deleteOrphansInTx(tx, [...candidates]) };
      return { reportId, created: false, replaced: true, replacedIds, counts, refused: { missing, refusedId: refusal.refusedId } };
    }
    await writeRows(tx, rows);
    const counts = countsOf(rows);
    counts.orphansDeleted = await deleteOrphansInTx(tx, [...candidates]);
    return { reportId, created: true, replaced: replacedIds.length > 0, replacedIds, counts };
  });
}
