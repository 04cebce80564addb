// Learning between jurisdictions: 对标上海 / 学习借鉴X经验 (the reporter learns from X);
// 广东、海南…来我市学习 (they learn from the reporter).
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

const BENCHMARK = /对标(?:学习)?|学习借鉴|借鉴学习|赴/gu;
const VISIT = /(?:来|到|赴)(?:我|本)(?:市|区|县|省|局)(?:[\u4e00-\u9fa5]{0,4})?(?:学习|考察|交流|取经)/gu;

export function learnedFacts(fc: FactContext): Fact[] {
  const out: Fact[] = [];
  const reporter = fc.input.meta.jurisdictionKey;
  if (!reporter) return out;
  const year = fc.input.meta.year;
  const text = fc.text;
  for (const m of text.matchAll(BENCHMARK)) {
    const te = m.index + m[0].length;
    const place = fc.placesIn(te, te + 12).find((p) => p.start <= te + 1);
    if (!place || place.key === reporter) continue;
    if (m[0] === '赴' && !/学习|考察|取经/u.test(text.slice(place.end, place.end + 12))) continue;
    out.push({
      kind: 'learned',
      learner: reporter,
      teacher: place.key,
      year,
      evidence: fc.evidence(m.index, place.end),
    });
  }
  for (const m of text.matchAll(VISIT)) {
    const [ss] = fc.sentence(m.index);
    const learners = fc.placesIn(ss, m.index).filter((p) => p.key !== reporter);
    for (const p of new Map(learners.map((x) => [x.key, x])).values()) {
      out.push({
        kind: 'learned',
        learner: p.key,
        teacher: reporter,
        year,
        evidence: fc.evidence(learners[0]!.start, m.index + m[0].length),
      });
    }
  }
  return out;
}
