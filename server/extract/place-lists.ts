// Towns enumerated before one shared suffix: 宝龙、横岗、布吉、坂田街道 / 张浦、千灯、周市三镇. Each bare name
// is a town of the report's own area when that area has a town of that name plus the suffix; the
// suffix is the evidence the trie cannot see (a bare town name alone counts only before 司法所 etc.).
import type { Gazetteer, Place } from './gazetteer.ts';
import type { Mention } from './model.ts';

const TOWN_LIST =
  /((?:[\u4e00-\u9fa5]{2,4}、)+[\u4e00-\u9fa5]{2,4})(?:[两三四五六七八九十]个?)?(街道|镇|乡)/gu;

/** Towns named in enumerations, inside `scopeKey`; spans already claimed (`taken`) are skipped. */
export function enumeratedTowns(
  g: Gazetteer,
  text: string,
  scopeKey: string | null,
  taken: Uint8Array,
): { place: Place; mention: Mention }[] {
  const out: { place: Place; mention: Mention }[] = [];
  if (!scopeKey) return out;
  for (const m of text.matchAll(TOWN_LIST)) {
    const suffix = m[2]!;
    let at = m.index;
    for (const item of m[1]!.split('、')) {
      const start = at;
      const end = start + item.length;
      at = end + 1;
      if (taken.subarray(start, end).includes(1)) continue;
      const towns = g.byName(item + suffix).filter((p) => p.level === 'town' && g.within(p.key, scopeKey));
      if (towns.length !== 1) continue;
      out.push({ place: towns[0]!, mention: { surface: item, start, end } });
    }
  }
  return out;
}
