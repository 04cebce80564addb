// Which of several places a surface form names, given where the report is and when it was written.
import type { Place, PlaceContext } from './gazetteer.ts';
import { LEVEL_RANK } from './model.ts';

/** True when `key` lies inside (or is) `ancestorKey`. */
type Within = (key: string, ancestorKey: string) => boolean;

/** The best-scoring candidate (the first one on a tie), or null when there are none. */
export function resolvePlace(candidates: Place[], ctx: PlaceContext, within: Within): Place | null {
  let best: Place | null = null;
  let bestScore = -Infinity;
  for (const c of candidates) {
    const score = scorePlace(c, ctx, within);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

function scorePlace(c: Place, ctx: PlaceContext, within: Within): number {
  let s = 0;
  // Context first: the nearest enclosing area of the report that contains the candidate.
  if (ctx.adjacentKey && c.parentKey && within(c.parentKey, ctx.adjacentKey)) s += 200;
  if (ctx.selfKey && (c.key === ctx.selfKey || within(c.key, ctx.selfKey))) s += 80;
  else if (ctx.selfKey && within(ctx.selfKey, c.key)) s += 70;
  else if (ctx.cityKey && within(c.key, ctx.cityKey)) s += 60;
  else if (ctx.provinceKey && within(c.key, ctx.provinceKey)) s += 40;
  // Then the larger area (吉林 → 吉林省 over 吉林市), then validity in the report's year.
  s += (4 - LEVEL_RANK[c.level]) * 5;
  const year = ctx.year ?? null;
  if (year !== null) {
    if ((c.validFrom != null && year < c.validFrom) || (c.validUntil != null && year > c.validUntil))
      s -= 100;
  } else if (c.validUntil != null) s -= 3;
  return s;
}
