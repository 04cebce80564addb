// Files and folders → decoded, extracted, loaded, one write transaction per report. A bad file is that
// file's failure (with its reason), never the batch's. Extraction is synchronous CPU work, so a few
// loads are kept in flight while the next file is extracted; two files with the same source are
// never in flight together, so a later version always replaces an earlier one in order.
import type { Db } from '../db/run-cypher.ts';
import type { ExtractedReport, MetaOverrides } from '../extract/model.ts';
import { type ExtractReport, loadExtractor } from '../cli/extractor.ts';
import { expandInputs, isFailure, readInput } from '../cli/inputs.ts';
import { extractCorrected } from './corrections.ts';
import { type LoadResult, loadReport } from './load-report.ts';
import type { PlaceLookup } from './jurisdiction-rows.ts';
import { howToPlace, type MissingField } from './placement.ts';
import { gazetteerLookup } from './places.ts';
import { bumpCorpusVersion, publishWrites } from './publish-writes.ts';

const PUBLISH_EVERY_MS = 1000;

export type FileStatus = 'created' | 'unchanged' | 'replaced' | 'refused' | 'failed';

export interface FileOutcome {
  path: string;
  file: string;
  status: FileStatus;
  reportId: string | null;
  facts: number;
  /** failed/refused: short reason code (not_found, undecodable, extract_failed, load_failed, unplaced…) and message. */
  reason?: string;
  message?: string;
  /** refused: the metadata fields that could not be found (nothing was written but the refusal record). */
  missing?: MissingField[];
}

export interface IngestSummary {
  files: number;
  created: number;
  unchanged: number;
  replaced: number;
  /** Reports not written because they could not be placed (no jurisdiction or no year). */
  refused: FileOutcome[];
  failed: FileOutcome[];
  facts: number;
  seconds: number;
}

export interface IngestOptions {
  /** Loads in flight at once (each its own transaction); default 4. */
  concurrency?: number;
  /** Called once the file list is known. */
  onStart?: (files: number) => void;
  /** Called after each file, in completion order. */
  onFile?: (outcome: FileOutcome) => void;
  extract?: ExtractReport;
  places?: PlaceLookup;
  /** Metadata per file basename (`--manifest`): wins over what the text says. */
  manifest?: Map<string, MetaOverrides>;
}

export function statusOf(res: LoadResult): FileStatus {
  if (res.refused) return 'refused';
  return !res.created ? 'unchanged' : res.replaced ? 'replaced' : 'created';
}

function outcomeOf(path: string, file: string, res: LoadResult): FileOutcome {
  const status = statusOf(res);
  if (status !== 'refused') return { path, file, status, reportId: res.reportId, facts: res.counts.facts };
  const missing = res.refused!.missing;
  return {
    path,
    file,
    status,
    reportId: null,
    facts: 0,
    reason: 'unplaced',
    missing,
    message: `${path}: unplaced — no ${missing.join(', no ')} found; ${howToPlace(file, missing)}`,
  };
}

export async function ingestFiles(db: Db, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const extract = opts.extract ?? (await loadExtractor());
  const places = opts.places ?? gazetteerLookup();
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const { paths, failures } = await expandInputs(args);
  opts.onStart?.(paths.length + failures.length);

  const summary: IngestSummary = {
    files: 0,
    created: 0,
    unchanged: 0,
    replaced: 0,
    refused: [],
    failed: [],
    facts: 0,
    seconds: 0,
  };
  const record = (o: FileOutcome) => {
    summary.files += 1;
    summary.facts += o.facts;
    if (o.status === 'failed') summary.failed.push(o);
    else if (o.status === 'refused') summary.refused.push(o);
    else summary[o.status] += 1;
    opts.onFile?.(o);
  };
  for (const f of failures) record({ path: f.path, file: f.file, status: 'failed', reportId: null, facts: 0, reason: f.error.reason, message: f.error.message });

  const inFlight = new Set<Promise<void>>();
  const bySource = new Map<string, Promise<void>>();
  // A long load into a database a server is answering from: publish about once a second, so its
  // cached answers lag the load by that much and not by the whole batch.
  let published = performance.now();
  for (const path of paths) {
    if (performance.now() - published > PUBLISH_EVERY_MS) {
      published = performance.now();
      await bumpCorpusVersion(db);
    }
    const item = await readInput(path);
    if (isFailure(item)) {
      record({ path, file: item.file, status: 'failed', reportId: null, facts: 0, reason: item.error.reason, message: item.error.message });
      continue;
    }
    let extracted: ExtractedReport;
    try {
      // A kept correction of this very text wins over the manifest and the text (corrections.ts).
      const overrides = opts.manifest?.get(item.file);
      extracted = await extractCorrected(db, extract, item.text, item.file, overrides ? { cue: 'manifest', ...overrides } : {});
    } catch (err) {
      record({ path, file: item.file, status: 'failed', reportId: null, facts: 0, reason: 'extract_failed', message: `${path}: extract_failed — ${(err as Error).message}` });
      continue;
    }
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const previous = bySource.get(item.file) ?? Promise.resolve();
    const job: Promise<void> = previous
      .then(() => loadReport(db, extracted, { places }))
      .then(
        (res) => record(outcomeOf(path, item.file, res)),
        (err: Error) => record({ path, file: item.file, status: 'failed', reportId: null, facts: 0, reason: 'load_failed', message: `${path}: load_failed — ${err.message}` }),
      )
      .finally(() => {
        inFlight.delete(job);
        if (bySource.get(item.file) === job) bySource.delete(item.file);
      });
    inFlight.add(job);
    bySource.set(item.file, job);
  }
  await Promise.all(inFlight);
  await publishWrites(db);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
