// Promotions: an experience spreads to a wider area — 全省推广, 全国推广, 入选…清单/目录, 刊发…全省推广,
// 获评全省…最佳实践, 被国务院/省司法厅推广 (the promoting body's level is the scope). `from` is the place named with the reform (平湖市涉路涉绿审批改革), else the reporter.
import type { Fact } from '../model.ts';
import { LEVEL_RANK, type FactContext } from './context.ts';

// 获评全省…典型案例, 入选…第三批创新举措/改革案例, 被省司法厅予以全省推广, 在全市推广, 获评全国…示范区.
const TRIGGER =
  /(全省|全国|全市|省内|国内)(?:范围内)?(?:复制)?推广|推广至全(省|国|市)|(?:入选|入列|列入|纳入|获评|评为|评选为|确定为)[^。；;，,]{0,40}?(?:清单|目录|名单|案例|最佳实践|工作法|典型经验|创新举措|改革举措|创新成果|示范区|示范市|示范县|示范点|示范单位)|被[^。；;，,“”]{2,24}?(?:复制)?推广/gu;
// The sentence opens with the recognition itself (入选…; 该做法获评…): the practice is in the sentence before.
const BARE_OPENING =
  /^[\s\u3000]*(?:该|此|这一|上述|相关|其)?(?:做法|举措|经验|模式|案例|成果|品牌|项目)?(?:先后|成功|还|并|均|已|又|同时|相继)?$/u;

export function promotionFacts(fc: FactContext): Fact[] {
  const out: Fact[] = [];
  const seen = new Set<string>();
  const text = fc.text;
  const reporter = fc.input.meta.jurisdictionKey;
  for (const m of text.matchAll(TRIGGER)) {
    const t = m.index;
    const te = t + m[0].length;
    const [ss] = fc.sentence(t);
    let scope: string | null = null;
    const word = m[1] ?? m[2] ?? m[0];
    if (/全国|国内|国家|全国/u.test(word) || /部|国家|全国/u.test(m[0])) scope = fc.g.nation.key;
    else if (/省/u.test(m[0])) scope = fc.scopeKey('省');
    else if (/市/u.test(m[0])) scope = fc.scopeKey('市');
    if (!scope) {
      // 入选住建部办公厅…清单: the issuing agency's level is the scope.
      const agency = fc.input.agencyHits.find((a) => a.start >= t && a.end <= te);
      scope = agency?.jurisdictionKey ?? null;
    }
    if (!scope) continue;
    // A slogan in quotes (力争“一地创新、全省推广”) is not itself a promotion, unless the text says it
    // was achieved (参与…建设，实现“一地创新、全省推广”).
    const opened = text.lastIndexOf('“', t);
    if (
      opened > text.lastIndexOf('”', t) &&
      t - opened < 20 &&
      !/(?<!力争|努力|推动|争取|逐步)实现$/u.test(text.slice(Math.max(0, opened - 4), opened))
    )
      continue;
    const p = fc.passageOf(t);
    // Reaching back past the sentence only when it opens by pointing back (2项经验入选…, 试点经验…).
    const pointsBack =
      /^\s*(?:\d+项|相关|该|这些|上述)?(?:试点)?(?:经验|做法|成果|案例)/u.test(text.slice(ss, t)) ||
      BARE_OPENING.test(text.slice(ss, t));
    const reform =
      fc.reformBefore(t, ss) ??
      (pointsBack ? fc.reformBefore(t, Math.max(p?.start ?? 0, t - 150)) : null) ??
      fc.reformAfter(t, te);
    if (!reform) continue;
    // The place written with the reform (or opening its sentence) owns the experience.
    let from = reporter;
    // Written onto the reform (平湖市涉路涉绿…, 桐乡市以“三化”…, 余新镇“调解进民企”…): at most one character apart.
    const near = fc
      .placesIn(Math.max(ss, reform.start - 6), reform.end)
      .filter((x) => x.end >= reform.start - 1 && x.end <= reform.start + 8);
    const cand = near[near.length - 1] ?? fc.placesIn(ss, Math.min(ss + 6, t))[0];
    if (
      cand &&
      fc.self &&
      LEVEL_RANK[cand.level] >= LEVEL_RANK[fc.self.level] &&
      fc.g.within(cand.key, fc.self.key)
    )
      from = cand.key;
    const k = `${reform.key}|${scope}|${t}`;
    if (seen.has(k)) continue;
    seen.add(k);
    out.push({
      kind: 'promoted',
      reform: reform.key,
      from: from ?? null,
      scope,
      year: fc.input.meta.year,
      evidence: fc.evidence(Math.max(reform.start, te - 80), te),
    });
  }
  return out;
}
