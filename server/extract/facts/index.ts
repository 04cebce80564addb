// All diffusion facts of a report, and the reporter's roles they imply on each reform.
import type { Fact } from '../model.ts';
import { adoptionFacts } from './adoption.ts';
import { citationFacts } from './citations.ts';
import { FactContext, type FactInput } from './context.ts';
import { firstFacts } from './firsts.ts';
import { learnedFacts } from './learned.ts';
import { pilotFacts } from './pilots.ts';
import { promotionFacts } from './promotions.ts';
import { stageReforms } from './reform-stage.ts';

export type { FactInput } from './context.ts';

export function extractFacts(input: FactInput): Fact[] {
  const fc = new FactContext(input);
  const facts = [
    ...adoptionFacts(fc),
    ...pilotFacts(fc),
    ...promotionFacts(fc),
    ...learnedFacts(fc),
    ...firstFacts(fc),
    ...citationFacts(fc),
  ];
  // Adoptions chose their stage from all mentions; every other fact is staged where its evidence stands.
  for (const f of facts) f.stage ??= fc.stage.stageAt(f.evidence.start);
  stageReforms(fc, input.reforms);
  const byKey = new Map(input.reforms.entities.map((r) => [r.key, r]));
  const self = input.meta.jurisdictionKey;
  for (const f of facts) {
    // A plan to pilot is not a pilot: planned facts give the reporter no role.
    if (f.stage === 'planned') continue;
    const role =
      f.kind === 'pilots' && f.jurisdiction === self
        ? 'pilot'
        : f.kind === 'first'
          ? 'first'
          : f.kind === 'promoted'
            ? 'promoted'
            : null;
    const r =
      f.kind === 'pilots' || f.kind === 'first' || f.kind === 'promoted'
        ? f.reform
          ? byKey.get(f.reform)
          : undefined
        : undefined;
    if (role && r && !r.roles.includes(role)) r.roles.push(role);
  }
  return facts;
}
