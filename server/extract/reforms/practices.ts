// Practices named only by where they stand, without a reform noun at their end:
//  - the object of 开展/实施/推行… right before its experience spreads (开展22个X，整治经验全省推广;
//    推行X，做法被省司法厅推广) — the promotion is what makes the practice a named initiative;
//  - the object of the verb 试点 after a count of sites (试点2个项目X评价, 试点3个镇街X管理);
//  - a tiered network (县、乡、村三级人民调解网络, 三级行政调解网络).
import { genericCore, LEAD_TRIM, METRIC, type Candidate, type Span } from './candidate.ts';
import { reformKey, STOP } from './canon.ts';

const NUM = '(?:\\d+|[一二三四五六七八九十两百]+)';
const NAME = '[\\u4e00-\\u9fa5A-Za-z0-9+＋]';
const PROMOTED_PRACTICE = new RegExp(
  `(?:开展|实施|推行|推进|完成|探索|创新|打造)了?(?:${NUM}(?:个|项|批|处|条|类))?(${NAME}{4,24})[，,][\\u4e00-\\u9fa5]{0,6}?(?:经验|做法)(?:做法)?(?:在|被[^，,。；;]{2,16}?)?(?:全省|全国|全市|省内|国内)?(?:范围内)?(?:复制)?(?:推广|入选)`,
  'dgu',
);
const PILOT_OBJECT = new RegExp(
  `试点(?:开展|推行|实施)?${NUM}个[\\u4e00-\\u9fa5]{0,3}?(?:项目|镇街|乡镇|街道|园区|社区|村|单位|部门|县区|区县)(${NAME}{4,16})(?=[，,。；;、]|$)`,
  'dgmu',
);
const TIERED_NETWORK = /[二三四五]级[\u4e00-\u9fa5]{2,10}?网络/gu;

function accept(name: string): boolean {
  return (
    name.length >= 4 &&
    name.length <= 24 &&
    !METRIC.test(name) &&
    !genericCore(name) &&
    !STOP.has(reformKey(name))
  );
}

export function practiceCandidates(text: string, blockers: Span[]): Candidate[] {
  const out: Candidate[] = [];
  const push = (start: number, end: number, pilot: boolean): void => {
    const raw = text.slice(start, end);
    const name = raw.replace(LEAD_TRIM, '');
    start += raw.length - name.length;
    if (!accept(name) || blockers.some((b) => b.start < end && b.end > start)) return;
    out.push({ start, end, name, aliases: [], source: 'discovered', rank: 1, pilot });
  };
  for (const re of [PROMOTED_PRACTICE, PILOT_OBJECT]) {
    for (const m of text.matchAll(re)) {
      const [start, end] = m.indices![1]!;
      push(start, end, re === PILOT_OBJECT);
    }
  }
  for (const m of text.matchAll(TIERED_NETWORK)) push(m.index, m.index + m[0].length, false);
  return out;
}
