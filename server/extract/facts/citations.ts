// Citations, issuing and cooperation around documents: every regulation mention is cited by the
// report; a document made by the reporter (制定出台《…》) or by a named issuer is issued by it;
// 会同市自规局联合制定 makes the partner a co-operator of the author.
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

const TOGETHER = /(?:会同|联合|协同|携手|配合|与)$/u;

export function citationFacts(fc: FactContext): Fact[] {
  const out: Fact[] = [];
  const { regulations, author, agencyHits } = fc.input;
  const issued = new Set<string>();
  for (const h of regulations.hits) {
    out.push({ kind: 'cites', regulation: h.key, evidence: fc.evidence(h.outerStart, h.outerEnd) });
    const issuer = h.issuer && !h.issuer.self ? h.issuer.name : h.byReporter && author ? author.name : null;
    if (issuer && !issued.has(`${issuer}|${h.key}`)) {
      issued.add(`${issuer}|${h.key}`);
      out.push({
        kind: 'issues',
        agency: issuer,
        regulation: h.key,
        evidence: fc.evidence(h.outerStart, h.outerEnd),
      });
    }
  }
  if (author) {
    const seen = new Set<string>();
    for (const a of agencyHits) {
      if (a.self || a.name === author.name) continue;
      if (!TOGETHER.test(fc.text.slice(Math.max(0, a.start - 2), a.start))) continue;
      if (seen.has(a.name)) continue;
      seen.add(a.name);
      out.push({
        kind: 'cooperates',
        agency: author.name,
        partner: a.name,
        evidence: fc.evidence(Math.max(0, a.start - 2), a.end),
      });
    }
  }
  return out;
}
