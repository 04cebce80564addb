// One report file, start to end: bytes → text (any format) → extracted → loaded in one transaction →
// an outcome. The CLI (ingest-files.ts, which keeps a few loads in flight) and the upload route
// (server/upload/) both go through these functions, so a file loads the same whichever door it took.
// A bad file is that file's outcome, never an exception.
import { basename } from 'node:path';
import neo4j from 'neo4j-driver';
import type { Db } from '../db/run-cypher.ts';
import { InputError } from '../extract/decode.ts';
import type { ExtractedReport, MetaOverrides } from '../extract/model.ts';
import type { ExtractReport } from '../extract/index.ts';
import { type InputItem, type InputText, isFailure, readBytes } from './inputs.ts';
import type { ReportFormat } from './formats/index.ts';
import type { PlaceLookup } from './jurisdiction-rows.ts';
import { extractCorrected } from './corrections.ts';
import { type LoadResult, loadReport } from './load-report.ts';
import { howToPlace, type MissingField } from './placement.ts';

export type FileStatus = 'created' | 'unchanged' | 'replaced' | 'refused' | 'failed';

export interface FileOutcome {
  path: string;
  file: string;
  status: FileStatus;
  reportId: string | null;
  facts: number;
  /** The format the file was read as; absent when it could not be read. */
  format?: ReportFormat;
  /** failed/refused: short reason code (not_found, undecodable, no_text_layer, extract_failed, load_failed, unplaced…) and message. */
  reason?: string;
  message?: string;
  /** refused: the metadata fields that could not be found (nothing was written but the refusal record). */
  missing?: MissingField[];
}

export interface FileContext {
  extract: ExtractReport;
  places: PlaceLookup;
  /** Metadata given from outside the text (a manifest row) for a file, by basename. */
  overridesFor?: (file: string) => MetaOverrides | undefined;
}

/** A file read and extracted, ready to load. */
export interface ReadyReport {
  path: string;
  file: string;
  format: ReportFormat;
  extracted: ExtractedReport;
}

export function statusOf(res: LoadResult): FileStatus {
  if (res.refused) return 'refused';
  return !res.created ? 'unchanged' : res.replaced ? 'replaced' : 'created';
}

export const isReady = (x: ReadyReport | FileOutcome): x is ReadyReport => 'extracted' in x;

function failed(path: string, file: string, reason: string, message: string, format?: ReportFormat): FileOutcome {
  return { path, file, status: 'failed', reportId: null, facts: 0, reason, message, ...(format && { format }) };
}

/** A file name as a client sent it → a safe basename (no folders, no control characters). */
export function uploadName(name: string | undefined): string {
  const base = basename(String(name ?? '').replace(/\\/g, '/'))
    .replace(/\p{Cc}/gu, '')
    .trim()
    .slice(0, 200);
  return base === '' || base === '.' || base === '..' ? 'upload' : base;
}

/** Bytes received (an upload) → the same item readInput gives for a file on disk. */
export async function readUpload(file: string, bytes: Buffer): Promise<InputItem> {
  try {
    return { file, path: file, ...(await readBytes(bytes, file)) };
  } catch (err) {
    const error = err instanceof InputError ? err : new InputError(file, 'unreadable', String((err as Error)?.message ?? err));
    return { file, path: file, error };
  }
}

/**
 * A read item → extracted report, or the outcome that says why not. A kept correction of this very
 * text (corrections.ts) wins over the manifest and the text.
 */
export async function prepare(db: Db, item: InputItem, ctx: FileContext): Promise<ReadyReport | FileOutcome> {
  if (isFailure(item)) return failed(item.path, item.file, item.error.reason, item.error.message);
  const text: InputText = item;
  try {
    const extracted = await extractCorrected(db, ctx.extract, text.text, text.file, ctx.overridesFor?.(text.file));
    return { path: text.path, file: text.file, format: text.format, extracted };
  } catch (err) {
    return failed(text.path, text.file, 'extract_failed', `${text.path}: extract_failed — ${(err as Error).message}`, text.format);
  }
}

/** Loads a ready report in its own transaction; the outcome says created, unchanged or replaced. */
const LOAD_ATTEMPTS = 3;

/**
 * The driver retries a deadlocked transaction for 30 s; on a busy machine, with several reports of
 * one city in flight (they all touch its dense node), that is not always enough: try the report
 * again a few times before calling it failed.
 */
async function loadWithRetry(load: () => Promise<LoadResult>): Promise<LoadResult> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await load();
    } catch (err) {
      if (attempt >= LOAD_ATTEMPTS || !neo4j.isRetryableError(err as Error)) throw err;
      await new Promise((r) => setTimeout(r, 200 * attempt * Math.random()));
    }
  }
}

export async function loadReady(db: Db, ready: ReadyReport, ctx: FileContext): Promise<FileOutcome> {
  try {
    const res = await loadWithRetry(() =>
      loadReport(db, ready.extracted, { places: ctx.places, format: ready.format }),
    );
    if (res.refused) {
      const missing = res.refused.missing;
      return {
        path: ready.path,
        file: ready.file,
        status: 'refused',
        reportId: null,
        facts: 0,
        format: ready.format,
        reason: 'unplaced',
        missing,
        message: `${ready.path}: unplaced — no ${missing.join(', no ')} found; ${howToPlace(ready.file, missing)}`,
      };
    }
    return {
      path: ready.path,
      file: ready.file,
      status: statusOf(res),
      reportId: res.reportId,
      facts: res.counts.facts,
      format: ready.format,
    };
  } catch (err) {
    // A coded refusal of the store (e.g. a report it cannot place) keeps its code; anything else is load_failed.
    const code = (err as { code?: unknown }).code;
    const reason = typeof code === 'string' && /^[A-Za-z][A-Za-z_]*$/.test(code) ? code : 'load_failed';
    return failed(ready.path, ready.file, reason, `${ready.path}: ${reason} — ${(err as Error).message}`, ready.format);
  }
}

/** One uploaded file, read, extracted and loaded. The caller publishes the writes after its batch. */
export async function ingestDocument(db: Db, file: string, bytes: Buffer, ctx: FileContext): Promise<FileOutcome> {
  const ready = await prepare(db, await readUpload(file, bytes), ctx);
  return isReady(ready) ? loadReady(db, ready, ctx) : ready;
}
