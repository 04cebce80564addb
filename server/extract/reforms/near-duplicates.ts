import type { ReformEntity } from '../model.ts';
import { matchKey } from '../normalize.ts';
import type { ReformHit } from './extract-reforms.ts';

const MAX_MERGE = 1500;

function charSet(s: string): Set<string> {
  // The written form (改革 kept): the kind word counts towards how alike two names look.
  return new Set([...matchKey(s)]);
}

// Within one report the same discovered initiative is often written several ways (涉路涉绿审批改革,
// 涉绿涉路一件事改革; 十大行业严管行动, 行业严管行动): near-identical character sets are one reform.
export function mergeNearDuplicates(entities: Map<string, ReformEntity>, hits: ReformHit[]): void {
  const list = [...entities.values()]
    .filter((e) => e.source === 'discovered')
    .sort((a, b) => a.name.length - b.name.length);
  // Pairwise is fine for a report (tens to hundreds of names); a pathological input stays unmerged.
  if (list.length > MAX_MERGE) return;
  const sets = new Map(list.map((e) => [e.key, charSet(e.name)]));
  const into = new Map<string, string>();
  const root = (k: string): string => {
    while (into.has(k)) k = into.get(k)!;
    return k;
  };
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const sa = sets.get(a.key)!;
    if (sa.size < 4) continue;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      const sb = sets.get(b.key)!;
      let inter = 0;
      for (const ch of sa) if (sb.has(ch)) inter++;
      const union = sa.size + sb.size - inter;
      const contained = inter === sa.size && sa.size / sb.size >= 0.7;
      if (!(contained || inter / union >= 0.75)) continue;
      const ra = root(a.key);
      const rb = root(b.key);
      if (ra !== rb) into.set(rb, ra);
    }
  }
  for (const from of [...into.keys()]) {
    const target = root(from);
    const src = entities.get(from);
    const dst = entities.get(target);
    if (!src || !dst || src === dst) continue;
    for (const a of [src.name, ...src.aliases])
      if (a !== dst.name && !dst.aliases.includes(a)) dst.aliases.push(a);
    dst.mentions.push(...src.mentions);
    dst.mentions.sort((x, y) => x.start - y.start);
    for (const r of src.roles) if (!dst.roles.includes(r)) dst.roles.push(r);
    entities.delete(from);
    for (const h of hits) if (h.key === from) h.key = target;
  }
}
