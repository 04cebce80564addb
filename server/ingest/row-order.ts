// The order of row batches: by id, so concurrent loads lock shared nodes in the same order (see the
// fact sort in fact-rows.ts).
import type { MentionRow } from './graph-row-types.ts';

export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const byId = <T extends { id: string }>(xs: T[]): T[] => xs.sort((a, b) => cmp(a.id, b.id));

export const toMentions = (counts: Map<string, number>): MentionRow[] =>
  byId([...counts].map(([id, count]) => ({ id, count })));
