// Years the body of a report states. A government work report reviews the year before it is
// delivered (一、2016年工作回顾, 过去一年) and plans the year it is delivered (二、2017年工作安排); a
// rule-of-law report names its year in its first lines (现将我局2023年度…报告如下, 2023年以来，…).
const REVIEW_WINDOW = 6000;
const BODY_WINDOW = 3000;

// 一、2016年工作回顾 / “十三五”时期主要成绩及2020年工作回顾 / 2021年以来工作回顾 / 2019年和今年以来工作回顾
const REVIEW_HEADING =
  /(?:^|\n)[\s\u3000]*(?:[一二三四五六七八九十]+[、．.]\s*)?[^\n。，；]{0,24}?(\d{4})年(?:以来|和今年以来)?(?:主要)?工作(?:回顾|总结)/u;
// 全面总结2016年工作，部署2017年工作 (a 管委会's work conference)
const SUMMING_UP = /(?:全面)?总结(\d{4})年(?:度)?工作/u;
// 二、2017年工作安排 / 2017年主要工作 / 2017年工作建议: the delivery year.
const PLAN_HEADING =
  /(?:^|\n)[\s\u3000]*(?:[一二三四五六七八九十]+[、．.]\s*)?(\d{4})年(?:政府)?(?:工作安排|主要工作|工作建议|重点工作|工作任务|工作总体要求)/u;
const LAST_YEAR = /过去(?:的)?一年|一年来/u;
const BODY_YEAR = [
  /现将(?:我[局委办厅区市县镇]|本[局委办厅区市县])?(\d{4})年度?/u,
  /^\s*(\d{4})年(?:度|以来|来)?[,，]/mu,
  /(\d{4})年度?(?:法治政府建设|依法行政|法治建设)/u,
];

export interface BodyYears {
  /** The year a review heading (or 总结Y年工作) names. */
  reviewed: number | null;
  /** The delivery year a plan heading names. */
  planned: number | null;
  /** 过去一年 / 一年来 near the top: the year before the delivery year. */
  lastYear: boolean;
  /** A year the opening of a rule-of-law report names as its own. */
  stated: number | null;
}

const year = (m: RegExpExecArray | null): number | null =>
  m && +m[1]! >= 1990 && +m[1]! <= 2100 ? +m[1]! : null;

export function bodyYears(text: string): BodyYears {
  const head = text.slice(0, REVIEW_WINDOW);
  const body = text.slice(0, BODY_WINDOW);
  let stated: number | null = null;
  for (const re of BODY_YEAR) {
    stated = year(re.exec(body));
    if (stated !== null) break;
  }
  return {
    reviewed: year(REVIEW_HEADING.exec(head)) ?? year(SUMMING_UP.exec(body)),
    planned: year(PLAN_HEADING.exec(text)),
    lastYear: LAST_YEAR.test(body),
    stated,
  };
}
