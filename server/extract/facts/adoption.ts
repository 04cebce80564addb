// Adoption: the reporting jurisdiction implements each reform it names. The year is the report's
// year, unless the sentence of the first mention dates the start earlier (2019年率先推行…, 自2020年起实施…).
// The evidence is the first mention the report gives as done; a reform only named in the plan part
// (2024年工作安排, 下一步将…) is a planned adoption, dated to the plan's year when its heading says it.
// The author is the adopting agency.
import type { Fact } from '../model.ts';
import type { FactContext } from './context.ts';

const DATED =
  /(?:(?:自|从|于)?(\d{4})年(?:\d{1,2}月)?(?:起|以来|开始|率先|首次)?)[^，,。；;]{0,12}?(?:推行|实施|启动|开展|建立|推出|试行|上线|运行|施行|创建|成立)/u;

export function adoptionFacts(fc: FactContext): Fact[] {
  const { meta, reforms } = fc.input;
  if (!meta.jurisdictionKey || meta.year === null) return [];
  const out: Fact[] = [];
  for (const r of reforms.entities) {
    if (r.mentions.length === 0) continue;
    const stages = r.mentions.map((m) => fc.stage.at(m.start));
    const doneAt = stages.findIndex((x) => x.stage === 'done');
    const first = r.mentions[Math.max(0, doneAt)]!;
    const stage = doneAt >= 0 ? 'done' : 'planned';
    let year = stage === 'planned' ? (stages[0]!.planYear ?? meta.year) : meta.year;
    const [cs] = fc.clause(first.start);
    const m = DATED.exec(fc.text.slice(cs, first.start));
    if (m) {
      const y = +m[1]!;
      if (stage === 'done' && y < meta.year && y >= meta.year - 15) year = y;
    }
    out.push({
      kind: 'adopts',
      jurisdiction: meta.jurisdictionKey,
      reform: r.key,
      agency: meta.authorKey,
      year,
      evidence: fc.evidence(first.start, first.end),
      stage,
    });
  }
  return out;
}
