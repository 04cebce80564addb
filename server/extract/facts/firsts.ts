// Firsts: 率先, 首创, 全省首个/首家, 全国首例, 率全省之先. Scope from the 全省/全市/全国 written with it,
// else null; the reform is the one named in the same clause (after the claim, else before it). A claim
// with a stated scope but no recognisable reform (在全市率先发布, 全省首家…中心) is kept reform-less: the
// graph skips it, but the report still carries the evidence.
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

// 率先垂范 / 率先示范 / 率先作用 praise conduct, they claim no first.
const IDIOM_AFTER = /^(?:垂范|示范|作用|带头|表率)/u;

const TRIGGER =
  /(?:(全省|全市|全国|全区|全县|省内|国内)(?:范围内)?)?(?:率先|首创|首个|首家|首例|第一家|第一个|首批|第一批|首只|首单|首张|首部|首笔|首宗|首套|首座)|率(全省|全市|全国)之先/gu;
// 首批/首只…: a first only when a scope says among whom (全市首批); alone (首批试点) it counts a batch.
const RECOGNISED_BEFORE = /入选|入列|列入|纳入|获评|评为|确定为|成为|列为|获批/u;
const NEEDS_SCOPE = /(?:首批|第一批|首只|首单|首张|首部|首笔|首宗|首套|首座)$/u;

export function firstFacts(fc: FactContext): Fact[] {
  const out: Fact[] = [];
  const text = fc.text;
  const reporter = fc.input.meta.jurisdictionKey;
  if (!reporter) return out;
  for (const m of text.matchAll(TRIGGER)) {
    const t = m.index;
    const te = t + m[0].length;
    let word: string | undefined = m[1] ?? m[2];
    if (!word) {
      const before = /(全省|全市|全国|全区|全县)(?:范围内)?$/u.exec(
        text
          .slice(Math.max(0, t - 6), t)
          .replace(/^.*[，,。；]/u, '')
          .replace(/^在/u, ''),
      );
      word = before?.[1] ?? /在(全省|全市|全国)$/u.exec(text.slice(Math.max(0, t - 4), t))?.[1];
    }
    // 率先在全省制定…: the scope may follow the claim.
    word ??= /^在?(全省|全市|全国)/u.exec(text.slice(te, te + 4))?.[1];
    if (NEEDS_SCOPE.test(m[0]) && !m[1]) continue;
    // 入列全省首批…目录 / 成为全省第一批…试点: a recognition or a pilot, not a claim to be first.
    if (NEEDS_SCOPE.test(m[0]) && RECOGNISED_BEFORE.test(text.slice(fc.clause(t)[0], t))) continue;
    const scope = word ? fc.scopeKey(word) : null;
    const [cs, ce] = fc.clause(t);
    const [, se] = fc.sentence(t);
    const reform =
      fc.reformAfter(te, Math.min(ce, te + 40)) ??
      fc.reformBefore(t, cs) ??
      fc.reformAfter(te, Math.min(se, te + 60));
    if (!reform) {
      if (!scope || IDIOM_AFTER.test(text.slice(te, te + 2))) continue;
      out.push({
        kind: 'first',
        jurisdiction: reporter,
        reform: null,
        scope,
        year: fc.input.meta.year,
        evidence: fc.evidence(t, te),
      });
      continue;
    }
    out.push({
      kind: 'first',
      jurisdiction: reporter,
      reform: reform.key,
      scope,
      year: fc.input.meta.year,
      evidence: fc.evidence(Math.min(t, reform.start), Math.max(te, reform.end)),
    });
  }
  return out;
}
