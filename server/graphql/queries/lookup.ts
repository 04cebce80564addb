// Name → node for the two lookups analysts type by hand: reforms (any alias, any punctuation or
// width variant) and jurisdictions (full name or the usual short form).
import type { Db } from '../../db/run-cypher.ts';
import { loadGazetteer } from '../../extract/gazetteer.ts';
import { type JurisdictionLevel, LEVEL_RANK } from '../../extract/model.ts';
import { nodeId, reformKey } from '../../extract/normalize.ts';
import { toEntity, type Entity } from '../rows.ts';

export async function findReform(db: Db, name: string): Promise<Entity | null> {
  const key = reformKey(name);
  const rows = await db.read('reform-by-name', { id: nodeId('reform', key), name });
  return rows.length ? toEntity(rows[0]!.node) : null;
}

const SUFFIXES = ['市', '县', '区', '省', '自治县', '自治州', '镇', '街道', '乡'];

/**
 * The jurisdiction an analyst means by `name`: its exact name, the name plus a usual suffix
 * (平湖 → 平湖市), an alias, or what the gazetteer says the short form stands for. Among several,
 * prefer the exact name, then Zhejiang (the corpus' home), then places the graph has facts or
 * reports for, then higher levels (嘉兴 the city over any 嘉兴 town).
 */
export async function findJurisdiction(db: Db, name: string): Promise<Entity | null> {
  const names = [name, ...SUFFIXES.filter((s) => !name.endsWith(s)).map((s) => name + s)];
  let ids: string[] = [];
  try {
    ids = loadGazetteer()
      .byName(name)
      .map((p) => nodeId('jurisdiction', p.key));
  } catch {
    // The gazetteer is an aid for short forms; the graph's own names still resolve without it.
  }
  const rows = await db.read('jurisdictions-by-names', { names, ids, name });
  const ranked = rows
    .map((r) => ({ e: toEntity(r.node), province: r.province as string | null, facts: Number(r.facts ?? 0) }))
    .filter((c): c is { e: Entity; province: string | null; facts: number } => c.e !== null)
    .map((c) => ({
      ...c,
      score: [
        c.e.name === name ? 0 : 1,
        c.province === '浙江省' || String(c.e.code ?? '').startsWith('33') ? 0 : 1,
        c.facts > 0 ? 0 : 1,
        LEVEL_RANK[String(c.e.level) as JurisdictionLevel] ?? 9,
      ],
    }))
    .sort((a, b) => {
      for (let i = 0; i < a.score.length; i++)
        if (a.score[i] !== b.score[i]) return a.score[i]! - b.score[i]!;
      return a.e.name < b.e.name ? -1 : 1;
    });
  return ranked[0]?.e ?? null;
}
