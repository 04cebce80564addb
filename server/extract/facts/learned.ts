// Learning between jurisdictions: 对标上海 / 学习借鉴X经验 (the reporter learns from X);
// 广东、海南…来我市学习 (they learn from the reporter).
import type { Fact } from '../model.ts';
import type { FactContext, PlaceMention } from './context.ts';

const BENCHMARK = /对标(?:学习)?|学习借鉴|借鉴学习|赴/gu;
const VISIT = /(?:来|到|赴)(?:我|本)(?:市|区|县|省|局)(?:[\u4e00-\u9fa5]{0,4})?(?:学习|考察|交流|取经)/gu;

/** 江苏苏州 / 湖南长沙: a path of places names its last, most specific one. */
function collapsePaths(fc: FactContext, places: PlaceMention[]): PlaceMention[] {
  const out: PlaceMention[] = [];
  for (const p of places) {
    const prev = out[out.length - 1];
    if (prev && prev.end === p.start && fc.g.within(p.key, prev.key))
      out[out.length - 1] = { ...p, start: prev.start };
    else out.push(p);
  }
  return out;
}

/** The places listed right after `at`: 对标深圳、杭州等 → both. */
function listedAfter(fc: FactContext, at: number): PlaceMention[] {
  const places = collapsePaths(fc, fc.placesIn(at, at + 40));
  const out: PlaceMention[] = [];
  let end = at;
  for (const p of places) {
    const gap = fc.text.slice(end, p.start);
    if (out.length === 0 ? p.start > at + 1 : !/^[、，,和及与]$/u.test(gap)) break;
    out.push(p);
    end = p.end;
  }
  return out;
}

export function learnedFacts(fc: FactContext): Fact[] {
  const out: Fact[] = [];
  const reporter = fc.input.meta.jurisdictionKey;
  if (!reporter) return out;
  const year = fc.input.meta.year;
  const text = fc.text;
  for (const m of text.matchAll(BENCHMARK)) {
    const te = m.index + m[0].length;
    const teachers = listedAfter(fc, te).filter((p) => p.key !== reporter);
    const last = teachers[teachers.length - 1];
    if (!last) continue;
    if (m[0] === '赴' && !/学习|考察|取经/u.test(text.slice(last.end, last.end + 12))) continue;
    for (const place of teachers)
      out.push({
        kind: 'learned',
        learner: reporter,
        teacher: place.key,
        year,
        evidence: fc.evidence(m.index, last.end),
      });
  }
  for (const m of text.matchAll(VISIT)) {
    const [ss] = fc.sentence(m.index);
    const learners = collapsePaths(fc, fc.placesIn(ss, m.index)).filter((p) => p.key !== reporter);
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
