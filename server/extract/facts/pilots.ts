// Pilots: 确定由嘉善县、平湖市、海盐县为县级试点 (one fact per named area), 在平湖、海宁试点推出X,
// 获得省厅X市级试点 / 入选省X试点 / X国家试点 / 试行X制度 (the reporter itself).
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

const TRIGGER = /(?:国家级|国家|全国|省级|市级|县级|区级)?试点|试行/gu;
const NOT_PILOT_AFTER = /^(?:项目|现场会|经验|成果|单位|乡镇|村|企业|工作会|先行|示范|\d)/u;
const LEVEL_GAP = /^[“”"]?(?:国家级|国家|全国|省级|省|市级|县级|区级|首批)?$/u;

export function pilotFacts(fc: FactContext): Fact[] {
  const out: Fact[] = [];
  const seen = new Set<string>();
  const text = fc.text;
  const year = fc.input.meta.year;
  for (const m of text.matchAll(TRIGGER)) {
    const t = m.index;
    const te = t + m[0].length;
    if (NOT_PILOT_AFTER.test(text.slice(te, te + 3))) continue;
    const [ss, se] = fc.sentence(t);
    let reform = fc.reformCovering(t, te);
    if (!reform) {
      const before = fc.reformBefore(t, ss);
      if (before && LEVEL_GAP.test(text.slice(before.end, t))) reform = before;
    }
    reform ??= fc.reformAfter(te, Math.min(se, te + 12));
    if (!reform) {
      const p = fc.passageOf(t);
      const cand = fc.reformBefore(t, Math.max(p?.start ?? 0, t - 100));
      // Only when the sentence names the pilot areas: 确定由嘉善县、平湖市为县级试点.
      if (cand && fc.lowerPlacesIn(ss, t).length > 0) reform = cand;
    }
    if (!reform) continue;
    const lower = fc
      .lowerPlacesIn(ss, t)
      .filter((p) => p.end <= reform!.start || p.start >= reform!.end || true);
    const targets =
      lower.length > 0
        ? [...new Set(lower.map((p) => p.key))]
        : fc.input.meta.jurisdictionKey
          ? [fc.input.meta.jurisdictionKey]
          : [];
    const ev = fc.evidence(Math.min(t, reform.start), Math.max(te, reform.end));
    for (const j of targets) {
      const k = `${reform.key}|${j}`;
      if (seen.has(k)) continue;
      seen.add(k);
      out.push({
        kind: 'pilots',
        jurisdiction: j,
        reform: reform.key,
        year,
        evidence:
          lower.length > 0 && te - lower[0]!.start <= 70
            ? fc.evidence(lower[0]!.start, te)
            : lower.length > 0
              ? fc.evidence(t, te, true)
              : ev,
      });
    }
  }
  return out;
}
