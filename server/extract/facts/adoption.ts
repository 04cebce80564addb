// Adoption: the reporting jurisdiction implements each reform it names, in the report's year; the
// evidence is the first mention. The author is the adopting agency.
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

export function adoptionFacts(fc: FactContext): Fact[] {
  const { meta, reforms } = fc.input;
  if (!meta.jurisdictionKey || meta.year === null) return [];
  const out: Fact[] = [];
  for (const r of reforms.entities) {
    const first = r.mentions[0];
    if (!first) continue;
    out.push({ kind: 'adopts', jurisdiction: meta.jurisdictionKey, reform: r.key, agency: meta.authorKey, year: meta.year, evidence: fc.evidence(first.start, first.end) });
  }
  return out;
}
