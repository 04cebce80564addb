// The API's ingestReport: text in, extracted and loaded in one transaction, {reportId, created} out.
import type { Db } from '../db/run-cypher.ts';
import { extractReport } from '../extract/index.ts';
import { extractCorrected } from './corrections.ts';
import { type LoadResult, loadReport } from './load-report.ts';
import type { MetaOverrides } from '../extract/model.ts';
import { ReportUnplacedError } from './placement.ts';
import { gazetteerLookup } from './places.ts';
import { publishWrites } from './publish-writes.ts';
import { assertReportText } from './text-guard.ts';

const CONSTRAINT_RACE = 'Neo.ClientError.Schema.ConstraintValidationFailed';

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
  assertReportText(text, name ?? 'text');
  const given = Object.values(overrides).some((v) => v !== null && v !== undefined);
  // A kept correction of this very text wins over the arguments and the text (corrections.ts).
  const extracted = await extractCorrected(db, extractReport, text, name ?? 'ingested.txt', given ? { cue: 'argument', ...overrides } : {});
  const load = () =>
    loadReport(db, extracted, {
      source: name ?? `sha256:${extracted.contentHash.slice(0, 16)}`,
      places: gazetteerLookup(),
    });
  let result: LoadResult;
  try {
    result = await load();
  } catch (err) {
    // The same report sent by several clients at once: one transaction creates it, the others trip
    // the uniqueness constraint. Once more, they find it there and answer "unchanged".
    if ((err as { code?: string }).code !== CONSTRAINT_RACE) throw err;
    result = await load();
  }
  await publishWrites(db);
  if (result.refused) {
    throw new ReportUnplacedError(name ?? 'text', result.refused.missing, result.refused.refusedId ?? '');
  }
  return result;
}
