// What a file name says, as collectors and portals name reports: 2017年坪山区政府工作报告_2017.txt,
// 深圳市龙华区2019年法治政府建设年度报告.pdf.txt, 福田区政府工作报告（2014）_2014.txt,
// 2014年政府工作报告（在深圳市罗湖区第六届人民代表大会第三次会议上）_2014.txt. The name is not the
// text: it never gives the title, only where, when and what kind.
import type { ReportGenre } from '../model.ts';
import { genreOf } from './genre.ts';

export interface FileNameCues {
  /** The name without extension and dates, for placing (self-place.ts `placeInName`). */
  name: string;
  /** A year glued to the report's topic (2019年法治政府建设): the year covered. */
  covered: number | null;
  /** Any other year (2017年…政府工作报告, _2017, （2014）): delivered or published then. */
  delivered: number | null;
  genre: ReportGenre | null;
}

const EXT = /(?:\.(?:txt|html?|pdf|docx?|wps))+$/iu;
const plausible = (y: number): boolean => y >= 1990 && y <= 2100;

export function fileNameCues(file: string): FileNameCues {
  const name = file
    .replace(/^.*[\\/]/u, '')
    .replace(EXT, '')
    .normalize('NFKC');
  const genre = genreOf(name);
  let covered: number | null = null;
  let delivered: number | null = null;
  const topic = /(\d{4})年度?(?:[\u4e00-\u9fa5]{0,6})?(?:法治政府建设|法治建设|依法行政|工作总结)/u.exec(
    name,
  );
  if (topic && plausible(+topic[1]!) && genre !== 'government_work' && genre !== 'committee_work')
    covered = +topic[1]!;
  // A year inside the name (2017年…) is the report's own; a trailing _YYYY or （2014） a collector's label.
  const inside = /(?<!\d)(\d{4})年/u.exec(name);
  if (inside && plausible(+inside[1]!) && +inside[1]! !== covered) delivered = +inside[1]!;
  else
    for (const m of name.matchAll(/(?<!\d)(\d{4})(?!\d)/gu)) {
      if (plausible(+m[1]!) && +m[1]! !== covered) {
        delivered = +m[1]!;
        break;
      }
    }
  const bare = name.replace(/\d{4}年?(?:\d{1,2}月(?:\d{1,2}日)?)?|[_()（）\s]/gu, '|');
  return { name: bare, covered, delivered, genre };
}
