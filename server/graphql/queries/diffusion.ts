// A reform's diffusion: who adopted when, who piloted and promoted it, and who likely learned from
// whom. "Likely learned" is derived, never read, and says so: an explicit LEARNED_FROM between two
// adopters (NAMED_TEACHER), or the first earlier adopter in the learner's province (EARLIER_IN_PROVINCE).
import type { Db } from '../../db/run-cypher.ts';
import { byYearThenPlace, groupBy, inStages, toFact, toFacts, type Entity, type Evidence, type Fact, type StageArg } from '../rows.ts';

export interface InferredLearning {
  learnerId: string;
  teacherId: string;
  reformId: string | null;
  learnerYear: number | null;
  teacherYear: number | null;
  inferred: true;
  reason: 'NAMED_TEACHER' | 'EARLIER_IN_PROVINCE';
  evidence: Evidence[];
}

export interface Diffusion {
  reform: Entity;
  adoptionsByYear: { year: number; count: number }[];
  firstAdopter: Fact | null;
  pilots: Fact[];
  promotions: Fact[];
  firsts: Fact[];
  learned: Fact[];
  inferredLearning: InferredLearning[];
  yearsFromFirstPilotToProvincePromotion: number | null;
}

/** Earliest adoption per jurisdiction (adoptions must be sorted earliest first). */
function firstAdoptions(adoptions: Fact[]): Map<string, Fact> {
  const first = new Map<string, Fact>();
  for (const a of adoptions) if (!first.has(a.src)) first.set(a.src, a);
  return first;
}

/** Pure part, tested without a database. */
export function diffuse(
  reform: Entity,
  facts: Fact[],
  provinceOf: Map<string, string | null>,
  learnedEdges: Fact[],
): Diffusion {
  const sorted = [...facts].sort(byYearThenPlace);
  const adoptions = sorted.filter((f) => f.kind === 'ADOPTED');
  const pilots = sorted.filter((f) => f.kind === 'PILOTED');
  const promotions = sorted.filter((f) => f.kind === 'PROMOTED_TO');
  const firsts = sorted.filter((f) => f.kind === 'FIRST');

  const byYear = new Map<number, Set<string>>();
  for (const a of adoptions) {
    if (a.year === null) continue;
    const set = byYear.get(a.year) ?? new Set<string>();
    set.add(a.src);
    byYear.set(a.year, set);
  }
  const adoptionsByYear = [...byYear.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([year, s]) => ({ year, count: s.size }));

  const first = firstAdoptions(adoptions);
  const adopters = [...first.values()];
  const inferred: InferredLearning[] = [];
  const named = new Set<string>();
  for (const l of learnedEdges) {
    const learner = first.get(l.src);
    const teacher = first.get(l.dst);
    if (!learner || !teacher) continue;
    named.add(l.src);
    inferred.push({
      learnerId: l.src,
      teacherId: l.dst,
      reformId: reform.id,
      learnerYear: learner.year,
      teacherYear: teacher.year,
      inferred: true,
      reason: 'NAMED_TEACHER',
      evidence: l.evidence,
    });
  }
  for (const learner of adopters) {
    if (named.has(learner.src) || learner.year === null) continue;
    const province = provinceOf.get(learner.src);
    if (!province) continue;
    // adopters are earliest first: the first match is the province's earliest earlier adopter.
    const teacher = adopters.find(
      (t) =>
        t.src !== learner.src &&
        t.year !== null &&
        t.year < learner.year! &&
        provinceOf.get(t.src) === province,
    );
    if (!teacher) continue;
    inferred.push({
      learnerId: learner.src,
      teacherId: teacher.src,
      reformId: reform.id,
      learnerYear: learner.year,
      teacherYear: teacher.year,
      inferred: true,
      reason: 'EARLIER_IN_PROVINCE',
      evidence: learner.evidence,
    });
  }

  const pilotYears = pilots.map((p) => p.year).filter((y): y is number => y !== null);
  const provinceYears = promotions
    .filter((p) => p.dstLevel === 'province' && p.year !== null)
    .map((p) => p.year!);
  const firstPilot = pilotYears.length ? Math.min(...pilotYears) : null;
  const provincePromotion = provinceYears.filter((y) => firstPilot === null || y >= firstPilot);

  return {
    reform,
    adoptionsByYear,
    firstAdopter: adoptions[0] ?? null,
    pilots,
    promotions,
    firsts,
    learned: learnedEdges.filter((l) => first.has(l.src) && first.has(l.dst)),
    inferredLearning: inferred,
    yearsFromFirstPilotToProvincePromotion:
      firstPilot !== null && provincePromotion.length ? Math.min(...provincePromotion) - firstPilot : null,
  };
}

/** `stages`: which facts count (default done only: a plan is not an adoption, pilot or promotion). */
export async function diffusion(db: Db, reform: Entity, stages?: readonly StageArg[] | null): Promise<Diffusion> {
  const rows = await db.read('facts-by-reform-ids', {
    ids: [reform.id],
    types: ['ADOPTED', 'PILOTED', 'PROMOTED_TO', 'FIRST'],
  });
  const facts = toFacts(rows).filter((f) => inStages(f, stages));
  const adopterIds = [...new Set(facts.filter((f) => f.kind === 'ADOPTED').map((f) => f.src))];
  const [provinces, learned] = adopterIds.length
    ? await Promise.all([
        db.read('provinces-by-jurisdiction-ids', { ids: adopterIds }),
        db.read('learned-among-jurisdiction-ids', { ids: adopterIds }),
      ])
    : [[], []];
  const provinceOf = new Map(provinces.map((r) => [String(r.id), (r.provinceId as string | null) ?? null]));
  return diffuse(reform, facts, provinceOf, [...groupBy(learned, 'ownerId', toFact).values()].flat().filter((f) => inStages(f, stages)));
}
