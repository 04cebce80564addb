// The full-text index is eventually consistent (cheaper loads); writers that promise "search finds
// it now" call this once after their transactions rather than paying for it per report.
import type { Db } from '../db/run-cypher.ts';

export async function awaitSearchRefresh(db: Db): Promise<void> {
  await db.read('await-search-refresh');
}
