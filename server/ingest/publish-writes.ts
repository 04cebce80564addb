// What a writer does after its report transactions so readers see them: the full-text index is
// eventually consistent (cheaper loads), and every server's answer cache keys on the corpus version.
// Writers call these once per batch (and ingestFiles about once a second during a long one) rather
// than inside every report transaction, where the shared Corpus node would serialise their commits.
import type { Db } from '../db/run-cypher.ts';

/** Publishes a new corpus version: cached answers computed before it are no longer served. */
export async function bumpCorpusVersion(db: Db): Promise<void> {
  await db.write('bump-corpus-version');
}

/** Search finds everything committed so far, and no server answers from before these writes. */
export async function publishWrites(db: Db): Promise<void> {
  await db.read('await-search-refresh');
  await bumpCorpusVersion(db);
}

/**
 * The version last published, or null when no writer has published to this database yet. Not
 * retried: its caller (the answer cache) answers without the cache when Neo4j is away.
 */
export async function corpusVersion(db: Db): Promise<string | null> {
  const [row] = await db.readOnce<{ version: string | null }>('corpus-version');
  return row?.version ?? null;
}
