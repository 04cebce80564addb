// One-to-one matching of gold items to predicted items under a pair predicate (Kuhn's augmenting
// paths: a maximum matching, so a greedy early pair never steals the only partner of a later item).
// Lists are small (tens of items per report), so the O(V·E) search is instant.

export interface MatchResult<G, P> {
  pairs: [G, P][];
  missed: G[]; // false negatives
  spurious: P[]; // false positives
}

export function matchOneToOne<G, P>(gold: G[], pred: P[], same: (g: G, p: P) => boolean): MatchResult<G, P> {
  const edges: number[][] = gold.map((g) => pred.flatMap((p, j) => (same(g, p) ? [j] : [])));
  const owner = new Array<number>(pred.length).fill(-1); // pred index -> gold index
  const tryAssign = (gi: number, seen: boolean[]): boolean => {
    for (const pj of edges[gi]!) {
      if (seen[pj]) continue;
      seen[pj] = true;
      if (owner[pj] === -1 || tryAssign(owner[pj]!, seen)) {
        owner[pj] = gi;
        return true;
      }
    }
    return false;
  };
  for (let gi = 0; gi < gold.length; gi++) tryAssign(gi, new Array<boolean>(pred.length).fill(false));
  const matchedGold = new Set<number>();
  const pairs: [G, P][] = [];
  owner.forEach((gi, pj) => {
    if (gi >= 0) {
      matchedGold.add(gi);
      pairs.push([gold[gi]!, pred[pj]!]);
    }
  });
  return {
    pairs,
    missed: gold.filter((_, i) => !matchedGold.has(i)),
    spurious: pred.filter((_, j) => owner[j] === -1),
  };
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export const emptyCounts = (): Counts => ({ tp: 0, fp: 0, fn: 0 });

export function addCounts(a: Counts, b: Counts): Counts {
  return { tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn };
}

export function prf(c: Counts): { precision: number; recall: number; f1: number } {
  // Nothing expected and nothing predicted is a perfect score, not 0/0.
  const precision = c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp);
  const recall = c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Length of the longest common substring (quotes are ≤ 80 chars: the quadratic DP is fine). */
export function longestCommonSubstring(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const cur = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        cur[j] = prev[j - 1]! + 1;
        if (cur[j]! > best) best = cur[j]!;
      }
    }
    prev = cur;
  }
  return best;
}
