// Whose number, which year, and is it an observation at all. A number in a plan (力争达到…), about a
// court, a wider area (全省 in a city's report), another place, or a span of years (五年来) is not the
// reporter's observation for the report year, and a wrong number is worse than none: such numbers are
// dropped, never guessed at.
import type { Gazetteer, Place } from '../gazetteer.ts';
import { headingOf } from '../passages.ts';
import type { Passage } from '../model.ts';

const TARGET = /力争|目标|预计|争取|确保|计划(?:到|在|于|达)|拟(?!制|定|发|出|印)|将(?:达到|实现|完成|力争)|下一步|明年|今后/u;
const OTHER_BODY = /法院|检察院|检察机关|审判机关|公安机关|仲裁委/u;
const SPAN = /(?:19|20)\d{2}年(?:以来|至|到|—|-|～)|(?:[两二三四五六七八九十]|\d{1,2})年(?:来|间|以来|累计)|过去[两二三四五六七八九十\d]+年|近[两二三四五六七八九十\d]+年|历年|十[一二三四五]五(?:期间|时期|以来)/u;
const PLAN_HEADING = /下一步|工作安排|工作计划|工作打算|工作思路|工作建议|努力方向|展望|主要任务|工作任务|工作目标|总体要求|工作重点|重点工作|[0-9]{4}年(?:的)?(?:主要)?工作$/u;
const REVIEW_HEADING = /回顾|成效|成绩|情况|举措|做法|取得|完成|落实|进展/u;
const MULTI_YEAR_HEADING = /[两二三四五六七八九十]年(?:来|间|以来|工作回顾)|过去[两二三四五]年|以来/u;
const SPAN_PARAGRAPH = /^(?:过去|近)[两二三四五六七八九十\d]+年|^[两二三四五六七八九十]+年(?:来|以来)|^本届政府/u;
const YEAR_PARAGRAPH = /^过去(?:的)?一年|^(?:19|20)\d{2}年[，,]/u;
const STATED_YEAR = /^[^，,。；]{0,6}?((?:19|20)\d{2})年(?:度)?(?:[，,]|全年|共|全|我|本|[^以至到—\-～\d])/u;

/** Per passage: in a plan part, or in a multi-year review (过去五年) — from its level-1 heading. */
export function sectionFlags(
  text: string,
  passages: Passage[],
  reportYear: number | null,
): { planned: boolean[]; multiYear: boolean[] } {
  const planned: boolean[] = [];
  const multiYear: boolean[] = [];
  let inPlan = false;
  let inSpan = false;
  for (const p of passages) {
    const line = text.slice(p.start, p.end);
    const h = headingOf(line);
    const isTop = (h && h.level === 1 && h.standalone) || (line.length <= 30 && /^(?:下一步|今后|明年|20\d{2}年工作安排)/u.test(line));
    if (isTop) {
      const title = h ? h.title : line;
      // 2022年主要工作 reviews the report year; 2023年主要工作 in the same report is the plan.
      const y = /((?:19|20)\d{2})年/u.exec(title);
      inPlan =
        y && reportYear !== null
          ? Number(y[1]) > reportYear && !REVIEW_HEADING.test(title)
          : PLAN_HEADING.test(title) && !REVIEW_HEADING.test(title);
      inSpan = MULTI_YEAR_HEADING.test(title);
    }
    // Government work reports open a term's review with 过去五年/五年来 paragraphs, not a heading.
    const lead = line.replace(/^[\s\u3000]+/u, '').slice(0, 12);
    if (SPAN_PARAGRAPH.test(lead)) inSpan = true;
    else if (YEAR_PARAGRAPH.test(lead)) inSpan = false;
    planned.push(inPlan);
    multiYear.push(inSpan);
  }
  return { planned, multiYear };
}

export interface Reporter {
  self: Place | null;
  /** Agency key of the reporting body when it is not a government (a bureau's own numbers). */
  agency: string | null;
  year: number | null;
}

export interface Subject {
  jurisdictionKey: string | null;
  agency: string | null;
  year: number | null;
}

/** 全省/全市/全区/全县/全国 in the sentence: the reporter itself (true), someone wider (false) or none (null). */
function scopeWord(pre: string, self: Place | null): boolean | null {
  const m = /全(国|省|市|区|县|州|盟|旗)/u.exec(pre);
  if (!m) return null;
  if (!self) return false;
  const w = m[1]!;
  if (w === '国') return self.level === 'nation';
  if (w === '省') return self.level === 'province';
  if (w === '市') return self.level === 'city' || (self.level === 'county' && self.name.endsWith('市'));
  if (w === '州' || w === '盟') return self.level === 'city';
  return self.level === 'county';
}

/**
 * The subject of a number whose sentence text before it is `pre`, or null when it is not the
 * reporter's observation. `clause` is the part of `pre` from the topic's clause on (全省 elsewhere in
 * the sentence, 成立全省首个…, is not the number's scope); `places` are the places named in `pre`.
 */
export function subjectOf(
  pre: string,
  clause: string,
  places: string[],
  reporter: Reporter,
  g: Gazetteer,
): Subject | null {
  if (TARGET.test(pre) || OTHER_BODY.test(pre) || SPAN.test(pre)) return null;
  const self = reporter.self;
  for (const key of places) if (!self || !g.within(self.key, key)) return null;
  const scope = scopeWord(clause, self);
  if (scope === false) return null;
  let year = reporter.year;
  const stated = STATED_YEAR.exec(pre);
  if (stated) year = Number(stated[1]);
  if (year !== null && reporter.year !== null && year > reporter.year) return null;
  return {
    jurisdictionKey: self?.key ?? null,
    // 全市… in a bureau's report is the whole area's number, not the bureau's.
    agency: scope === true ? null : reporter.agency,
    year,
  };
}
