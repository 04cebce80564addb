// Whether a span of a report tells what was done or what is planned. Two layers:
//  1. sections — a heading that opens a plan part (二、2017年工作安排, 今年重点工作, 三、下一步工作打算,
//     (四)2024年工作思路) makes everything under it planned until a heading of the same or a higher level
//     that is not a plan; in a government work report the part after the review (一、2016年工作回顾)
//     is the plan, whatever its headings say (打造世界级征程中的南山, 三、全面加强政府自身建设);
//  2. sentences — in a done part, a sentence that looks ahead (下一步，…; 今年将…; 2024年要…; 力争…;
//     计划于/拟…; 我局将继续…) is planned.
// Built once per report in one pass over the passages; each lookup is a binary search plus a short
// look back to the sentence start, so stage costs no more than the facts it labels.
import type { FactStage, Passage } from '../model.ts';
import { headingOf, passageAt } from '../passages.ts';

export interface StageAt {
  stage: FactStage;
  /** The year a plan part is about (2024年工作打算 → 2024), when its heading says so. */
  planYear: number | null;
}

// Words of a heading that reviews; they win over plan words (2020年主要工作和“十三五”发展成就).
const REVIEW_HEADING = /回顾|成就|成效|取得|做法|情况|履行|总结/u;
// Weaker: 存在的问题和下一步打算 is a plan part, 存在的问题 alone is not.
const WEAK_REVIEW_HEADING = /存在|问题|不足|差距/u;
// A bare line that reviews is a heading only when it reads like one (2016年工作回顾), not a title line
// (XX局2023年法治政府建设工作总结).
const BARE_REVIEW = /^(?:\d{4}年|过去|一年来|今年以来|近年来)|工作回顾|发展回顾/u;
const PLAN_HEADING =
  /安排|打算|工作计划|计划安排|展望|下一步|下阶段|今后|未来|思路和|工作思路|总体思路|发展思路|主要任务|重点任务|目标任务|工作任务|目标和|工作要点|总体要求|奋斗目标|发展目标|形势任务|(?:今年|明年|来年)\S{0,4}(?:工作|任务)/u;
// 主要工作 / 重点工作 alone head the review of a rule-of-law report; with a later year (2017年主要工作)
// or after a government work report's review they head its plan (see classify and planSpans).
// Under a review heading only an explicit look-ahead opens a plan part ((五)下一步工作打算).
const NESTED_PLAN_HEADING = /下一步|下阶段|今后|工作打算|工作计划|工作安排|工作思路/u;
// The review of a government work report (一、2016年工作回顾, 过去五年工作回顾, “十三五”发展成就): what follows it is the plan.
const GWR_REVIEW = /工作回顾|发展回顾|发展成就|以来的工作/u;
const YEAR = /(\d{4})年(?!\d{1,2}月)/u;
// A short line without sentence punctuation may be an unnumbered heading (2016年工作回顾).
const MAX_BARE_HEADING = 30;
const SENTENCE_PUNCT = /[。；;，,：:！!？?]/u;

const SENTENCE_MARKS = new Set([...'。；;！!？?\n'].map((c) => c.charCodeAt(0)));
const MAX_LOOK_BACK = 300;

// A sentence that opens by looking ahead. 今年以来 / 2023年以来 are reviews, so the time word must be
// followed by a planning verb within the same clause.
const AHEAD_OPENING =
  /^(?:下一步|下阶段|下一阶段|接下来|今后|新的一年|明年|来年|(?:今年|(\d{4})年)(?!以来|上半年|前|底前已)[，,]?[^，,。；;]{0,10}?(?:将|要|计划|拟|力争|争取|着力|重点))/u;
// A subject that will do something: 我局将继续…, 我们要…, 全区要… (将 as a preposition — 将X纳入 — is
// followed by a noun, so the verb or adverb after 将 is required).
const WILL =
  /^(?:[我本][局委办厅市区县镇院]|我们|全[市区县]|各[级部]\S{0,3}?)?(?:将(?=继续|进一步|持续|加快|全面|深入|着力|重点|不断|坚持|大力|积极|围绕|聚焦|推进|推动|加强|深化|完善|健全|建立|开展|实施|启动|探索|打造|构建|力争|争取|在|于|以)|要(?!求|点|素|件|事|案|闻|害|情|地))/u;
// Anywhere in a sentence: only words that never report a result.
const PLAN_WORDS =
  /力争|计划于|计划在|计划将|拟于|拟在|拟将|拟对|拟开展|拟出台|即将|争取于|争取在|预计于|预计将|有望于/u;

interface PlanSpan {
  start: number;
  end: number;
  planYear: number | null;
}

export class StageMap {
  private readonly spans: PlanSpan[];

  constructor(
    private readonly text: string,
    private readonly passages: Passage[],
    /** The year the report is about, when known: a plan for a later year is a plan. */
    private readonly year: number | null = null,
  ) {
    this.spans = planSpans(text, passages, year);
  }

  /** The stage of whatever is written at `at`. */
  at(at: number): StageAt {
    const span = this.spanAt(at);
    if (span) return { stage: 'planned', planYear: span.planYear };
    return { stage: this.sentenceLooksAhead(at) ? 'planned' : 'done', planYear: null };
  }

  stageAt(at: number): FactStage {
    return this.at(at).stage;
  }

  private spanAt(at: number): PlanSpan | null {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
      if (at < s.start) hi = mid - 1;
      else if (at >= s.end) lo = mid + 1;
      else return s;
    }
    return null;
  }

  private sentenceLooksAhead(at: number): boolean {
    const t = this.text;
    const pi = passageAt(this.passages, at);
    const p = pi >= 0 ? this.passages[pi]! : null;
    // A paragraph that opens with 下一步 plans all of its sentences.
    if (
      p &&
      /^[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]+[、.．）)])?\s*(?:下一步|下阶段|下一阶段)/u.test(
        t.slice(p.start, p.start + 16),
      )
    )
      return true;
    const lo = Math.max(p?.start ?? 0, at - MAX_LOOK_BACK);
    let s = at;
    while (s > lo && !SENTENCE_MARKS.has(t.charCodeAt(s - 1))) s--;
    let e = at;
    const hi = Math.min(p?.end ?? t.length, at + MAX_LOOK_BACK);
    while (e < hi && !SENTENCE_MARKS.has(t.charCodeAt(e))) e++;
    const sentence = t
      .slice(s, e)
      .replace(/^[\s\u3000]*(?:[（(]?[一二三四五六七八九十\d]+[、.．）)])?\s*/u, '');
    const opening = AHEAD_OPENING.exec(sentence);
    if (opening) {
      const y = opening[1] ? +opening[1] : null;
      // 2023年，我局将…纳入 in a 2023 report is a result; only a later year looks ahead.
      if (y === null || this.year === null || y > this.year) return true;
    }
    // The clause of the fact and the ones before it in its sentence.
    const upTo = t.slice(s, Math.min(e, at + 40));
    if (WILL.test(sentence)) return true;
    return PLAN_WORDS.test(upTo);
  }
}

type HeadingClass = 'review' | 'plan' | null;

function classify(title: string, reviewedYear: number | null, reportYear: number | null): HeadingClass {
  if (/^[\s\u3000]*各位代表/u.test(title)) return null;
  if (REVIEW_HEADING.test(title)) return 'review';
  const y = YEAR.exec(title);
  const past = reviewedYear ?? reportYear;
  if (y && past !== null) {
    // A heading naming the year under review reviews it; one naming a later year plans it
    // (一、…，2024年龙华现代化建设迈出新步伐 / 二、…，全力实现2025年政府工作总体目标).
    if (+y[1]! <= past) return 'review';
    if (+y[1]! > past) return 'plan';
  }
  if (PLAN_HEADING.test(title)) return 'plan';
  return WEAK_REVIEW_HEADING.test(title) ? 'review' : null;
}

/** Spans of the text that a plan heading governs, in text order, never overlapping. */
export function planSpans(text: string, passages: Passage[], reportYear: number | null): PlanSpan[] {
  const spans: PlanSpan[] = [];
  // Open headings, outermost first; `plan` marks a heading that opened a plan part.
  const stack: { level: number; plan: boolean; review?: boolean }[] = [];
  let open: PlanSpan | null = null;
  let reviewedYear: number | null = null;
  let afterGwrReview = false;
  let reviewLevel = 1;
  const close = (at: number): void => {
    if (open) {
      open.end = at;
      if (open.end > open.start) spans.push(open);
      open = null;
    }
  };
  for (let i = 0; i < passages.length; i++) {
    const p = passages[i]!;
    const line = text.slice(p.start, p.end);
    const h = headingOf(line);
    let level: number;
    let title: string;
    if (h) {
      if (!h.standalone && h.level > 1) continue;
      level = h.level;
      title = h.title.slice(h.marker.length);
    } else if (
      line.length <= MAX_BARE_HEADING &&
      !SENTENCE_PUNCT.test(line) &&
      i > 0 &&
      !/^\d{4}年\d{1,2}月/u.test(line)
    ) {
      // An unnumbered heading line (2016年工作回顾) sits above the numbered ones (一、…) it may hold.
      level = 0;
      title = line;
    } else continue;
    let cls = classify(title, reviewedYear, reportYear);
    if (!h && /报告|总结/u.test(title) && !GWR_REVIEW.test(title)) continue;
    if (!h && cls === 'review' && !BARE_REVIEW.test(title)) continue;
    // An unnumbered short line that is neither review nor plan is body text (a slogan line), unless it
    // stands where a government work report's unnumbered review heading stood.
    if (!h && cls === null && !(afterGwrReview && reviewLevel === 0)) continue;
    while (stack.length > 0 && stack[stack.length - 1]!.level >= level) stack.pop();
    const insidePlan = stack.some((x) => x.plan);
    const insideReview = stack.some((x) => x.review);
    if (cls === 'plan' && insideReview && !NESTED_PLAN_HEADING.test(title)) cls = null;
    if (cls === 'review') {
      if (stack.length === 0) {
        afterGwrReview = GWR_REVIEW.test(title);
        reviewLevel = level;
        const y = YEAR.exec(title);
        if (y && afterGwrReview) reviewedYear = Math.max(reviewedYear ?? 0, +y[1]!);
      }
      if (!insidePlan) close(p.start);
      stack.push({ level, plan: insidePlan, review: !insidePlan });
      continue;
    }
    const plan = cls === 'plan' || (level <= reviewLevel && afterGwrReview);
    if (plan && !insidePlan) {
      close(p.start);
      const y = YEAR.exec(title);
      open = { start: p.start, end: text.length, planYear: y ? +y[1]! : null };
    } else if (!plan && !insidePlan) close(p.start);
    stack.push({ level, plan: plan || insidePlan });
  }
  close(text.length);
  return spans;
}
