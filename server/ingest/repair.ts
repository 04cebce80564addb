// Start-up repair: a store written before unplaced reports were refused may hold reports without a
// year or a jurisdiction. Each is re-read from its stored text with today's extractor: placed now →
// replaced by the placed version (same id: the text is the same); still unplaced → removed with what
// only it supported (orphans) and recorded as refused, so the library lists it as "needs metadata".
// Every step is one transaction per report; reads never show such a report meanwhile (the read
// statements answer placed reports only).
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/run-cypher.ts';
import { extractReport } from '../extract/index.ts';
import { deleteOrphansInTx, deleteReport } from './delete-report.ts';
import { loadReport } from './load-report.ts';
import { gazetteerLookup } from './places.ts';
import { publishWrites } from './publish-writes.ts';

export interface RepairOutcome {
  id: string;
  file: string;
  /** placed: re-read and written with its jurisdiction and year; refused: removed and recorded. */
  action: 'placed' | 'refused' | 'removed';
  missing: string[];
}

type Unplaced = {
  id: string;
  file: string | null;
  source: string | null;
  text: string | null;
  contentHash: string | null;
};

export async function repairStore(db: Db, log: (line: string) => void = () => {}): Promise<RepairOutcome[]> {
  const rows = await db.read<Unplaced>('unplaced-reports');
  if (rows.length === 0) return [];
  const places = gazetteerLookup();
  const out: RepairOutcome[] = [];
  for (const r of rows) {
    const file = r.file ?? r.source ?? r.id;
    if (typeof r.text !== 'string' || r.text.trim() === '') {
      // Nothing to re-read: the report cannot be placed or even shown.
      await deleteReport(db, r.id);
      out.push({ id: r.id, file, action: 'removed', missing: [] });
      log(`repair: removed ${r.id} (${file}): stored without a jurisdiction or year, and without its text`);
      continue;
    }
    const extracted = extractReport(r.text, file);
    const res = await loadReport(db, extracted, { source: r.source ?? file, places, replace: [r.id] });
    if (res.refused) {
      out.push({ id: r.id, file, action: 'refused', missing: res.refused.missing });
      log(
        `repair: removed ${r.id} (${file}): no ${res.refused.missing.join(', no ')} found; ` +
          `recorded as refused (${res.counts.orphansDeleted} orphan(s) removed) — supply the fields to load it again`,
      );
    } else {
      out.push({ id: r.id, file, action: 'placed', missing: [] });
      log(`repair: placed ${r.id} (${file}) from its stored text`);
    }
  }
  // A store with unplaced reports may also hold facts of reports long gone: remove them and what
  // only they supported.
  const orphans = await db.writeTx(async (tx) => {
    const [row] = await tx.run<{ ids: string[] }>('delete-dangling-facts');
    return deleteOrphansInTx(tx, row?.ids ?? []);
  });
  if (orphans > 0) log(`repair: removed ${orphans} entit(ies) only facts of missing reports supported`);
  await publishWrites(db);
  return out;
}

/** The server's start hook: repairs, logs, and never stops the server from serving. */
export async function repairOnStart(app: Pick<FastifyInstance, 'db' | 'log'>): Promise<void> {
  try {
    const done = await repairStore(app.db, (line) => app.log.warn(line));
    if (done.length > 0) app.log.warn(`repair: ${done.length} unplaced report(s) repaired on start`);
  } catch (err) {
    app.log.error({ err }, 'repair of unplaced reports failed; the server keeps running');
  }
}
