// Alias lists of entity rows. They feed aliasText, which the entity_names full-text index searches.
import type { Mention } from '../extract/model.ts';

export const uniq = (xs: string[]): string[] => [...new Set(xs.filter((x) => x.length > 0))];

/** Surface forms other than the canonical name: they feed aliasText for the full-text index. */
export function surfaces(name: string, mentions: Mention[], extra: string[] = []): string[] {
  return uniq([...extra, ...mentions.map((m) => m.surface)]).filter((s) => s !== name);
}
