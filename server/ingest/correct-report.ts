// correctReport: an analyst's metadata correction applied to a stored report. The stored text is
// re-extracted with the correction winning, and in ONE write transaction the correction is kept,
// the old version removed and the new one written (same text, so the same report id), and entities
// nothing supports any more deleted. Either all of it happens or none. A refused report (id
// refused:…, recorded by the placement work) is loaded the same way and its refusal removed.
import type { Db } from '../db/run-cypher.ts';
import { extractReport } from '../extract/index.ts';
import { MetaOverrideError } from '../extract/metadata/overrides.ts';
import { deleteInTx, deleteOrphansInTx } from './delete-report.ts';
import { buildGraphRows } from './graph-rows.ts';
import { writeRows } from './load-report.ts';
import { gazetteerLookup } from './places.ts';
import { publishWrites } from './publish-writes.ts';
import {
  applyCorrection,
  CorrectionError,
  correctionsFor,
  mergeCorrection,
  toOverrides,
  type CorrectionValues,
  type StoredCorrection,
} from './corrections.ts';

export interface CorrectOutcome {
  reportId: string;
  correction: StoredCorrection;
  orphansDeleted: number;
}

type Source = {
  id: string;
  text: string | null;
  file: string | null;
  source: string | null;
  contentHash: string | null;
};

export async function correctReport(db: Db, id: string, given: CorrectionValues): Promise<CorrectOutcome> {
  if (given.title == null && given.jurisdiction == null && given.year == null && given.genre == null)
    throw new CorrectionError('correction', 'give at least one of jurisdiction, year, title, genre');
  // A refused report (never written: no place or year) is corrected from its refusal record.
  const refused = id.startsWith('refused:');
  const [src] = await db.read<Source>(refused ? 'refused-source-by-id' : 'report-source-by-id', { id });
  if (!src) throw new CorrectionError('id', `no ${refused ? 'refused report' : 'report'} with id ${id}`);
  if (!src.text || !src.contentHash) throw new CorrectionError('id', `${id} has no stored text to re-read`);
  const text = src.text;
  const kept = (await correctionsFor(db, [src.contentHash])).get(src.contentHash);
  const values = mergeCorrection(kept, given);
  const file = src.file ?? 'report.txt';
  // Throws CorrectionError (e.g. an unknown place) before anything is written.
  let extracted;
  try {
    extracted = applyCorrection(extractReport(text, file, toOverrides(values)), values);
  } catch (err) {
    if (err instanceof MetaOverrideError) throw new CorrectionError('jurisdiction', `"${err.value.slice(0, 60)}" names no place in the gazetteer`);
    throw err;
  }
  for (const field of ['jurisdiction', 'year'] as const) {
    const known = field === 'year' ? extracted.report.year : extracted.report.jurisdictionKey;
    if (known == null) throw new CorrectionError(field, 'still unknown after the correction: give it too');
  }
  const rows = buildGraphRows(extracted, { source: src.source ?? file, places: gazetteerLookup() });
  if (!refused && rows.reportId !== id) throw new Error(`${id}: the stored text no longer hashes to its id`);

  const outcome = await db.writeTx(async (tx) => {
    const [saved] = await tx.run<{ correction: StoredCorrection }>('save-correction', {
      contentHash: src.contentHash,
      title: values.title ?? null,
      jurisdiction: values.jurisdiction ?? null,
      year: values.year ?? null,
      genre: values.genre ?? null,
    });
    if (refused) await tx.run('delete-refused-report', { id });
    const touched = (await deleteInTx(tx, rows.reportId)) ?? [];
    await writeRows(tx, rows);
    const orphansDeleted = await deleteOrphansInTx(tx, touched);
    return { reportId: rows.reportId, correction: saved!.correction, orphansDeleted };
  });
  await publishWrites(db);
  return outcome;
}
