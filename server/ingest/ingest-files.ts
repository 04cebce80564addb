// Files and folders → decoded, extracted, loaded, one write transaction per report. A bad file is that
// file's failure (with its reason), never the batch's. Extraction is synchronous CPU work, so a few
// loads are kept in flight while the next file is extracted; two files with the same source are
// never in flight together, so a later version always replaces an earlier one in order.
// Each file goes through ingest-document.ts, the same steps as an upload.
import type { Db } from '../db/run-cypher.ts';
import type { MetaOverrides } from '../extract/model.ts';
import { type ExtractReport, extractReport } from '../extract/index.ts';
import { expandInputs, readInput } from './inputs.ts';
import { type FileContext, type FileOutcome, isReady, loadReady, prepare } from './ingest-document.ts';
import type { PlaceLookup } from './jurisdiction-rows.ts';
import { gazetteerLookup } from './places.ts';
import { bumpCorpusVersion, publishWrites } from './publish-writes.ts';

export { type FileOutcome, type FileStatus, statusOf } from './ingest-document.ts';

const PUBLISH_EVERY_MS = 1000;

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
  /** Metadata given from outside the text, by file basename (wins over `manifest`). */
  overridesFor?: (file: string) => MetaOverrides | undefined;
}


export async function ingestFiles(db: Db, args: string[], opts: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const ctx: FileContext = {
    extract: opts.extract ?? extractReport,
    places: opts.places ?? gazetteerLookup(),
    overridesFor: (file) => {
      const given = opts.overridesFor?.(file);
      if (given) return given;
      const row = opts.manifest?.get(file);
      return row ? { cue: 'manifest', ...row } : undefined;
    },
  };
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
    const ready = await prepare(db, await readInput(path), ctx);
    if (!isReady(ready)) {
      record(ready);
      continue;
    }
    while (inFlight.size >= concurrency) await Promise.race(inFlight);
    const previous = bySource.get(ready.file) ?? Promise.resolve();
    const job: Promise<void> = previous
      .then(() => loadReady(db, ready, ctx))
      .then(record)
      .finally(() => {
        inFlight.delete(job);
        if (bySource.get(ready.file) === job) bySource.delete(ready.file);
      });
    inFlight.add(job);
    bySource.set(ready.file, job);
  }
  await Promise.all(inFlight);
  await publishWrites(db);
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
