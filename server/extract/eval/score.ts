// Scores one predicted contract item against one gold item (shared/gold shape), per category.
// Matching rules (one-to-one):
//   metadata      each of title/author/jurisdiction/year/published is one item (equal after folding)
//   jurisdictions name, or code, or our fullName ending with the gold name (上海市青浦区 ↔ 青浦区)
//   agencies      canonical name;  regulations  titleKey;  reforms  reformKey of name or any alias/mention, either side
//   pilots        (reform, jurisdiction);  promotions (reform, scope);  learned (learner, teacher)
//   firsts        (reform or quote overlap ≥ 6 chars, scope)
import type { ContractReport } from '../contract.ts';
import { fold, reformKey, titleKey } from '../normalize.ts';
import { addCounts, emptyCounts, longestCommonSubstring, matchOneToOne, type Counts } from './match.ts';

export const CATEGORIES = [
  'metadata',
  'jurisdictions',
  'agencies',
  'regulations',
  'reforms',
  'reformStage',
  'pilots',
  'promotions',
  'learned',
  'firsts',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Micro-F1 targets from the extractor issue (learned/firsts have none). */
export const TARGETS: Partial<Record<Category, number>> = {
  metadata: 1,
  jurisdictions: 0.92,
  agencies: 0.85,
  regulations: 0.95,
  reforms: 0.8,
  pilots: 0.7,
  promotions: 0.7,
};

// Loose shapes: gold files and our contract items both fit.
interface Named {
  name: string;
  code?: string | null;
  fullName?: string;
  aliases?: string[];
  mentions?: string[];
  stage?: string;
}
export interface EvalDoc {
  file: string;
  // Gold files carry no docNumber, and it is not scored.
  report: Omit<ContractReport['report'], 'docNumber'>;
  jurisdictions: Named[];
  agencies: Named[];
  regulations: { title: string }[];
  reforms: Named[];
  pilots: { reform: string; jurisdiction: string; quote: string }[];
  promotions: { reform: string; scope: string; quote: string }[];
  learned: { learner: string; teacher: string; quote: string }[];
  firsts: { reform?: string | null; scope: string | null; quote: string }[];
}

export interface CategoryScore extends Counts {
  missed: string[];
  spurious: string[];
}
export type DocScore = Record<Category, CategoryScore>;

const norm = (s: string | null | undefined): string =>
  s == null ? '' : fold(String(s)).replace(/[\s“”‘’"'《》「」]/g, '');

function placeSame(goldName: string | null, pred: string | null, predDoc?: EvalDoc): boolean {
  if (goldName === null || pred === null) return goldName === pred;
  const g = norm(goldName);
  const p = norm(pred);
  if (g === p) return true;
  // The prediction may give 青浦区 where gold wrote the path 上海市青浦区: use our own fullName.
  const full = predDoc?.jurisdictions.find((j) => norm(j.name) === p)?.fullName;
  return full !== undefined && norm(full).endsWith(g);
}

/** Every reformKey a doc uses for a reform name: the name, its aliases and mentions. */
function reformKeys(doc: EvalDoc): (name: string | null | undefined) => Set<string> {
  const byKey = new Map<string, Set<string>>();
  for (const r of doc.reforms) {
    const keys = new Set(
      [r.name, ...(r.aliases ?? []), ...(r.mentions ?? [])].map(reformKey).filter((k) => k.length > 0),
    );
    for (const k of keys) {
      const have = byKey.get(k);
      byKey.set(k, have ? new Set([...have, ...keys]) : keys);
    }
  }
  return (name) => {
    if (!name) return new Set();
    const k = reformKey(name);
    return byKey.get(k) ?? new Set([k]);
  };
}

const intersects = (a: Set<string>, b: Set<string>): boolean => [...a].some((x) => b.has(x));

function score<G, P>(
  gold: G[],
  pred: P[],
  same: (g: G, p: P) => boolean,
  showG: (g: G) => string,
  showP: (p: P) => string,
): CategoryScore {
  const m = matchOneToOne(gold, pred, same);
  return {
    tp: m.pairs.length,
    fp: m.spurious.length,
    fn: m.missed.length,
    missed: m.missed.map(showG),
    spurious: m.spurious.map(showP),
  };
}

function metadata(gold: EvalDoc, pred: EvalDoc): CategoryScore {
  const out: CategoryScore = { ...emptyCounts(), missed: [], spurious: [] };
  for (const field of ['title', 'author', 'jurisdiction', 'year', 'published'] as const) {
    const g = gold.report[field];
    const p = pred.report?.[field] ?? null;
    const same =
      field === 'jurisdiction'
        ? placeSame(g as string | null, p as string | null, pred)
        : norm(g as string) === norm(p as string);
    if (same) out.tp++;
    else {
      if (g !== null) {
        out.fn++;
        out.missed.push(`${field}=${g}`);
      }
      if (p !== null) {
        out.fp++;
        out.spurious.push(`${field}=${p}`);
      }
    }
  }
  return out;
}

function reforms(
  gold: EvalDoc,
  pred: EvalDoc,
  same: (g: string | null | undefined, p: string | null | undefined) => boolean,
): { score: CategoryScore; stage: CategoryScore } {
  const m = matchOneToOne(
    gold.reforms,
    pred.reforms,
    (g, p) => same(g.name, p.name) || (p.aliases ?? []).some((a) => same(g.name, a)),
  );
  const stage: CategoryScore = { ...emptyCounts(), missed: [], spurious: [] };
  for (const [g, p] of m.pairs) {
    if (!g.stage) continue;
    const ps = p.stage ?? 'done';
    if (ps === g.stage) stage.tp++;
    else {
      stage.fp++;
      stage.fn++;
      stage.missed.push(`${g.name}: ${g.stage}`);
      stage.spurious.push(`${p.name}: ${ps}`);
    }
  }
  return {
    score: {
      tp: m.pairs.length,
      fp: m.spurious.length,
      fn: m.missed.length,
      missed: m.missed.map((g) => g.name),
      spurious: m.spurious.map((p) => p.name),
    },
    stage,
  };
}

export function scoreDoc(gold: EvalDoc, pred: EvalDoc): DocScore {
  const goldReform = reformKeys(gold);
  const predReform = reformKeys(pred);
  const reformSame = (g: string | null | undefined, p: string | null | undefined): boolean =>
    !!g && !!p && intersects(goldReform(g), predReform(p));
  const place = (g: string | null, p: string | null): boolean => placeSame(g, p, pred);
  const reformScore = reforms(gold, pred, reformSame);
  return {
    metadata: metadata(gold, pred),
    jurisdictions: score(
      gold.jurisdictions,
      pred.jurisdictions,
      (g, p) => place(g.name, p.name) || (!!g.code && g.code === p.code),
      (g) => g.name,
      (p) => p.name,
    ),
    agencies: score(
      gold.agencies,
      pred.agencies,
      (g, p) => norm(g.name) === norm(p.name),
      (g) => g.name,
      (p) => p.name,
    ),
    regulations: score(
      gold.regulations,
      pred.regulations,
      (g, p) => titleKey(g.title) === titleKey(p.title),
      (g) => g.title,
      (p) => p.title,
    ),
    reforms: reformScore.score,
    reformStage: reformScore.stage,
    pilots: score(
      gold.pilots,
      pred.pilots,
      (g, p) => reformSame(g.reform, p.reform) && place(g.jurisdiction, p.jurisdiction),
      (g) => `${g.reform}@${g.jurisdiction}`,
      (p) => `${p.reform}@${p.jurisdiction}`,
    ),
    promotions: score(
      gold.promotions,
      pred.promotions,
      (g, p) => reformSame(g.reform, p.reform) && place(g.scope, p.scope),
      (g) => `${g.reform}→${g.scope}`,
      (p) => `${p.reform}→${p.scope}`,
    ),
    learned: score(
      gold.learned,
      pred.learned,
      (g, p) => place(g.learner, p.learner) && place(g.teacher, p.teacher),
      (g) => `${g.learner}←${g.teacher}`,
      (p) => `${p.learner}←${p.teacher}`,
    ),
    firsts: score(
      gold.firsts,
      pred.firsts,
      (g, p) =>
        (reformSame(g.reform, p.reform) || longestCommonSubstring(g.quote, p.quote) >= 6) &&
        place(g.scope, p.scope),
      (g) => `${g.reform ?? '—'}@${g.scope ?? '—'}: ${g.quote}`,
      (p) => `${p.reform ?? '—'}@${p.scope ?? '—'}: ${p.quote}`,
    ),
  };
}

/** Sums per-category counts over documents (micro-average). */
export function microTotals(scores: DocScore[]): Record<Category, Counts> {
  const out = Object.fromEntries(CATEGORIES.map((c) => [c, emptyCounts()])) as Record<Category, Counts>;
  for (const s of scores) for (const c of CATEGORIES) out[c] = addCounts(out[c], s[c]);
  return out;
}
