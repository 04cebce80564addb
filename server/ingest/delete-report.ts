// Removing a report: its passages, mentions and fact relationships go with it, then every entity no
// remaining report supports. Shared by the API's deleteReport mutation and by replacement in loadReport.
import type { Db, Tx } from '../db/run-cypher.ts';
import { publishWrites } from './publish-writes.ts';

/** Deletes one report and what it owns inside `tx`; returns the ids of the entities it touched, or null if absent. */
export async function deleteInTx(tx: Tx, id: string): Promise<string[] | null> {
  const [row] = await tx.run<{ ids: string[] }>('delete-report', { id });
  return row ? row.ids : null;
}

/** Deletes the candidates (and their WITHIN ancestors) that nothing supports any more; returns how many. */
export async function deleteOrphansInTx(tx: Tx, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const [row] = await tx.run<{ deleted: number }>('delete-orphans', { ids });
  return row?.deleted ?? 0;
}

/** Deletes a report and the entities only it supported, in one transaction; deleted:false when absent. */
export async function deleteReport(db: Db, id: string): Promise<{ deleted: boolean; orphansDeleted: number }> {
  const result = await db.writeTx(async (tx) => {
    const ids = await deleteInTx(tx, id);
    if (ids === null) return { deleted: false, orphansDeleted: 0 };
    return { deleted: true, orphansDeleted: await deleteOrphansInTx(tx, ids) };
  });
  if (result.deleted) await publishWrites(db);
  return result;
}
