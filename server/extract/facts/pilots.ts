// Pilots: 确定由嘉善县、平湖市、海盐县为县级试点 (one fact per named area), 在平湖、海宁试点推出X,
// 获得省厅X市级试点 / 入选省X试点 / X国家试点 / 试行X制度 / 被列为全省X试点 / 承担X试点任务 /
// 首批X试点 / X先行先试 (the reporter itself); 获批/成为X实验区(试验区) — a zone granted to try something.
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

const TRIGGER = /(?:国家级|国家|全国|省级|市级|县级|区级)?试点|试行|先行先试/gu;
// A zone granted to try a policy out is a pilot of the reporter (获批华南地区首个国家邮轮旅游发展实验区).
const GRANTED_ZONE = /(?:获批|获准|成为|列为|入选|批准设立|设立)[^，,。；;]{0,12}$/u;
const ZONE_NAME = /(?:实验区|试验区)$/u;
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
  for (const r of fc.reformHits) {
    if (!ZONE_NAME.test(r.surface.replace(/[”"]$/u, ''))) continue;
    const [cs] = fc.clause(r.start);
    const self = fc.input.meta.jurisdictionKey;
    if (!self || !GRANTED_ZONE.test(text.slice(cs, r.start))) continue;
    const k = `${r.key}|${self}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      kind: 'pilots',
      jurisdiction: self,
      reform: r.key,
      year,
      evidence: fc.evidence(Math.max(cs, r.start - 12), r.end),
    });
  }
  return out;
}
