// The API's ingestReport: text in, extracted and loaded in one transaction, {reportId, created} out.
import type { Db } from '../db/run-cypher.ts';
import { InputError } from '../extract/decode.ts';
import { loadExtractor } from '../cli/extractor.ts';
import { extractCorrected } from './corrections.ts';
import { type LoadResult, loadReport } from './load-report.ts';
import type { MetaOverrides } from '../extract/model.ts';
import { ReportUnplacedError } from './placement.ts';
import { gazetteerLookup } from './places.ts';
import { publishWrites } from './publish-writes.ts';

export interface IngestTextResult extends LoadResult {
  reportId: string;
  created: boolean;
}

/**
 * Extracts and loads `text`. `source` names the document across versions (a file name, a URL): a
 * later text with the same source replaces this one. Without a source the text's own hash is its
 * source, so unrelated texts posted without one never replace each other. `overrides` (ingestReport's
 * title/jurisdiction/year/… arguments) win over the text, recorded with the cue 'argument' unless
 * they name another. Throws ReportUnplacedError (after recording the refusal) when the report has no
 * jurisdiction or no year even so.
 */
export async function ingestText(
  db: Db,
  text: string,
  source?: string | null,
  overrides: MetaOverrides = {},
): Promise<IngestTextResult> {
  const name = source?.trim() || null;
  if (text.trim() === '') throw new InputError(name ?? 'text', 'empty', 'the report text is empty');
  const extractReport = await loadExtractor();
  const given = Object.values(overrides).some((v) => v !== null && v !== undefined);
  // A kept correction of this very text wins over the arguments and the text (corrections.ts).
  const extracted = await extractCorrected(db, extractReport, text, name ?? 'ingested.txt', given ? { cue: 'argument', ...overrides } : {});
  const result = await loadReport(db, extracted, {
    source: name ?? `sha256:${extracted.contentHash.slice(0, 16)}`,
    places: gazetteerLookup(),
  });
  await publishWrites(db);
  if (result.refused) {
    throw new ReportUnplacedError(name ?? 'text', result.refused.missing, result.refused.refusedId ?? '');
  }
  return result;
}
