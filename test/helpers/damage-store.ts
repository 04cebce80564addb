// Writes the incomplete nodes of cypher/test-damage-store.cypher straight into Neo4j (test only):
// what an older loader or a hand edit could leave, for the damaged-store test.
import type { Db } from '../../server/db/run-cypher.ts';

export interface DamageParams {
  /** A report stored without jurisdiction and year whose text the extractor can place. */
  placeable: { id: string; contentHash: string; file: string; text: string };
  unplacedHash: string;
  unplacedText: string;
}

export async function damageStore(db: Db, params: DamageParams): Promise<number> {
  const [row] = await db.write<{ written: number }>('test-damage-store', { ...params });
  return row?.written ?? 0;
}
