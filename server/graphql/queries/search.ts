// Entity search: exact and prefix matches first (short CJK inputs like 双随机 need them: bigram
// scoring ranks long names poorly), then CJK full-text hits. User text reaches Cypher only as a
// parameter and Lucene only through luceneQuery (quoted, escaped).
import type { Db } from '../../db/run-cypher.ts';
import { reformKey } from '../../extract/normalize.ts';
import { int } from '../limits.ts';
import { luceneQuery } from '../lucene.ts';
import { LABEL_OF, toEntity, type Entity, type EntityType } from '../rows.ts';

function labelsOf(types: EntityType[] | null | undefined): string[] | null {
  return types && types.length > 0 ? types.map((t) => LABEL_OF[t]) : null;
}

export async function search(
  db: Db,
  text: string,
  types: EntityType[] | null | undefined,
  limit: number,
): Promise<Entity[]> {
  if (limit === 0) return [];
  const labels = labelsOf(types);
  const q = luceneQuery(text);
  const [matched, fulltext] = await Promise.all([
    db.read('entities-matching-text', { text, key: reformKey(text), labels, limit: int(limit) }),
    // The index limit applies before the label filter: over-fetch so a filtered search still fills up.
    q
      ? db.read('entities-fulltext', { q, labels, limit: int(labels ? limit * 4 : limit) })
      : Promise.resolve([]),
  ]);
  const out = new Map<string, Entity>();
  for (const row of [...matched, ...fulltext]) {
    const e = toEntity(row.node);
    if (e && !out.has(e.id)) out.set(e.id, e);
    if (out.size >= limit) break;
  }
  return [...out.values()];
}

/** Search-box suggestions: names (or aliases) starting with the prefix first, then containing it. */
export async function autocomplete(
  db: Db,
  prefix: string,
  types: EntityType[] | null | undefined,
  limit: number,
): Promise<Entity[]> {
  if (limit === 0) return [];
  const rows = await db.read('entities-matching-text', {
    text: prefix,
    key: reformKey(prefix),
    labels: labelsOf(types),
    limit: int(limit),
  });
  return rows.map((r) => toEntity(r.node)).filter((e): e is Entity => e !== null);
}
