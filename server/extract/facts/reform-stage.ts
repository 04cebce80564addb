// The stage of each reform of a report (done | planned | both, as the gold guide defines it) from the
// stages of its mentions; a 'pilot' role read off the words around a mention (…试点) only counts where
// that mention is done (力争纳入国家试点 is a wish, not a pilot).
import type { ReformResult } from '../reforms/extract-reforms.ts';
import type { FactContext } from './context.ts';

export function stageReforms(fc: FactContext, reforms: ReformResult): void {
  const done = new Set<string>();
  const planned = new Set<string>();
  const pilotDone = new Set<string>();
  const pilotPlanned = new Set<string>();
  for (const h of reforms.hits) {
    const isDone = fc.stage.stageAt(h.start) === 'done';
    (isDone ? done : planned).add(h.key);
    if (h.pilot) (isDone ? pilotDone : pilotPlanned).add(h.key);
  }
  for (const r of reforms.entities) {
    r.stage = done.has(r.key) && planned.has(r.key) ? 'both' : planned.has(r.key) ? 'planned' : 'done';
    if (pilotPlanned.has(r.key) && !pilotDone.has(r.key)) r.roles = r.roles.filter((x) => x !== 'pilot');
  }
}
