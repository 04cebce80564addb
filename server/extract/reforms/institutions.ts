// Institutions set up as the reform itself: 成立…中心/工作站/仲裁院/服务站.
import type { Candidate, Span } from './candidate.ts';

const INSTITUTION =
  /(?:成立|组建|揭牌成立|设立)(?:了)?(?:[^，,。；;—]{0,24}?——)?((?:[\u4e00-\u9fa5]{2,6}[市区县])?[\u4e00-\u9fa5()（）]{3,20}?(?:中心|工作站|仲裁院|服务站))/gu;

export function institutionCandidates(text: string, blockers: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(INSTITUTION)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (blockers.some((b) => b.start < end && b.end > start)) continue;
    out.push({ start, end, name, aliases: [], source: 'discovered', rank: 1, pilot: false });
  }
  return out;
}
