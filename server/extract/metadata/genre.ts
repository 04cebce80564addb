// The kind of report a title, a file name or an opening formula names. Checked most specific first:
// 法治政府建设工作报告 contains 政府…工作报告 but is no government work report.
import type { ReportGenre } from '../model.ts';

const GENRE_PATTERNS: [ReportGenre, RegExp][] = [
  ['rule_of_law', /法治(?:政府)?建设.{0,16}(?:报告|情况)|法治政府.{0,6}报告/u],
  ['administration_by_law', /依法行政.{0,12}(?:报告|情况)/u],
  ['work_summary', /工作总结/u],
  [
    'committee_work',
    /(?:管委会|管理委员会)(?:.{0,8})工作报告|(?:新区|开发区|合作区|实验区|示范区|园区).{0,10}?(?<!政府)工作报告/u,
  ],
  ['government_work', /政府工作报告|人民代表大会.{0,16}(?:会议)?上?的?(?:工作)?报告/u],
];

/** The genre a title or file name names, or null. */
export function genreOf(s: string): ReportGenre | null {
  for (const [genre, re] of GENRE_PATTERNS) if (re.test(s)) return genre;
  return null;
}

/** Genres whose year in a title is the delivery year and whose review covers the year before it. */
export const deliveredGenre = (g: ReportGenre | null): boolean =>
  g === 'government_work' || g === 'committee_work';
