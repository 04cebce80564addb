// A report enters the graph only when it is placed: a jurisdiction the graph knows and the year it
// covers. One that is not (after every cue and override) is refused, never written half-placed: it
// is recorded as a (:RefusedReport) so the explorer's library can list it as "needs metadata" and an
// analyst can supply the missing fields (manifest row, ingestReport arguments). Loading the same
// text, or a later version from the same source, removes the record (cypher/write-report.cypher).
import type { Db, Tx } from '../db/run-cypher.ts';
import type { MetaField, ReportMeta } from '../extract/model.ts';
import type { GraphRows } from './graph-row-types.ts';
import { reportKey } from './graph-rows.ts';

export type MissingField = Extract<MetaField, 'jurisdiction' | 'year'>;

/** The fields a report still lacks to be placed; empty when it can be written. */
export function missingPlacement(rows: GraphRows): MissingField[] {
  const missing: MissingField[] = [];
  if (rows.report.jurisdictionId === null) missing.push('jurisdiction');
  if (rows.report.year === null || !Number.isInteger(rows.report.year)) missing.push('year');
  return missing;
}

/** How an analyst supplies what is missing: said the same way by the CLI and the API. */
export function howToPlace(file: string, missing: MissingField[]): string {
  const fields = missing.join(' and ');
  return (
    `give the ${fields} in a manifest row for "${file}" (npm run ingest -- --manifest FILE [--columns …]) ` +
    `or as ingestReport arguments (${missing.map((f) => `${f}:`).join(', ')})`
  );
}

/** Thrown by ingestText for a report it refused; the API answers REPORT_UNPLACED. */
export class ReportUnplacedError extends Error {
  constructor(
    readonly file: string,
    readonly missing: MissingField[],
    readonly refusedId: string,
  ) {
    super(`${file}: the report cannot be placed — no ${missing.join(', no ')} found; ${howToPlace(file, missing)}`);
    this.name = 'ReportUnplacedError';
  }
}

export function refusedIdOf(contentHash: string): string {
  return `refused:${reportKey(contentHash)}`;
}

/** The properties of a refusal: what was found (to show beside the text) and what is missing. */
function refusalProps(rows: GraphRows, missing: MissingField[], meta?: ReportMeta): Record<string, unknown> {
  const r = rows.report;
  return {
    id: refusedIdOf(r.contentHash),
    contentHash: r.contentHash,
    file: r.file,
    source: r.source,
    reason: 'unplaced',
    missing,
    title: r.title,
    jurisdiction: meta?.jurisdiction ?? null,
    year: r.year,
    author: meta?.author ?? null,
    published: r.publishedOn,
    genre: r.genre,
    cues: r.cues,
    text: r.text,
    textLength: r.text.length,
  };
}

export interface Refusal {
  /** The refusal's node id, or null when the same text is already in the graph as a report. */
  refusedId: string | null;
  /** The loaded report holding this very text, when there is one. */
  existingId: string | null;
}

export async function recordRefusalInTx(
  tx: Tx,
  rows: GraphRows,
  missing: MissingField[],
  meta?: ReportMeta,
): Promise<Refusal> {
  const [row] = await tx.run<{ existingId: string | null; refusedId: string | null }>('record-refusal', {
    refusal: refusalProps(rows, missing, meta),
  });
  return { refusedId: row?.refusedId ?? null, existingId: row?.existingId ?? null };
}

export async function recordRefusal(
  db: Db,
  rows: GraphRows,
  missing: MissingField[],
  meta?: ReportMeta,
): Promise<Refusal> {
  return db.writeTx((tx) => recordRefusalInTx(tx, rows, missing, meta));
}
