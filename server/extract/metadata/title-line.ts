// The title line near the top of a report (or a labelled 标题/名称 field of a disclosure page), and the
// reporting body its title names (嘉兴市住房和城乡建设局2023年…, 中共南湖区委南湖区人民政府关于…).
import type { Line } from './lines.ts';

export const HEAD_LINES = 14;
const TITLE_WORDS = /(报告|总结|情况|工作要点|自查报告|工作计划)$/u;
const TITLE_TOPIC = /法治|依法行政|法制|法治政府|政府工作报告|工作报告$|工作总结/u;

// An issuing body on a line of its own (四川省成都市温江区人民政府 / 关于2017年…的报告): official
// documents break the title after the issuer; the title is both lines.
const ISSUER_LINE =
  /^[\u4e00-\u9fa5 ]{3,40}(?:人民政府|人民政府办公室|人民政府办公厅|委员会|[局厅委办院署]|中共[\u4e00-\u9fa5]{2,12}委)$/u;

/** The title line, and whether a 标题/名称 label (a portal header) gave it. */
export function titleLine(head: Line[]): (Line & { labelled: boolean }) | null {
  for (let i = 0; i < Math.min(head.length, HEAD_LINES); i++) {
    const l = head[i]!;
    // Information-disclosure tables label the title (名称：…, 标题：…).
    const unlabelled = l.text.replace(/^(?:名\s*称|标\s*题|题\s*名|文件名称|文\s*题)\s*[:：]\s*/u, '');
    const t = unlabelled.replace(/^《(.*)》$/u, '$1').replace(/\.(pdf|docx?|html?)$/iu, '');
    if (t.length > 80 || /[，,。；;]/u.test(t)) continue;
    if (!TITLE_WORDS.test(t) || !TITLE_TOPIC.test(t)) continue;
    const labelled = unlabelled !== l.text;
    const prev = i > 0 ? head[i - 1]!.text : '';
    if (/^关于/u.test(t) && ISSUER_LINE.test(prev))
      return { ...l, text: prev.replace(/\s+/gu, '') + t, labelled };
    return { ...l, text: t, labelled };
  }
  return null;
}

/** The author part of a title: what precedes 关于 or the year (嘉兴市住房和城乡建设局2023年…). */
export function titleAuthor(title: string): string | null {
  const m = /^(.*?)(?:关于|(?:\d{4}|[〇零一二三四五六七八九]{4})年)/u.exec(title);
  const s = m?.[1]?.trim();
  return s && s.length >= 3 ? s : null;
}

/** 关于嘉兴市2022年度…: the place right after 关于, the reporter when nothing else names one. */
export function titleAboutPlace(title: string): string | null {
  return /^关于(.{2,12}?)(?:\d{4}|[〇零一二三四五六七八九]{4})年/u.exec(title)?.[1] ?? null;
}
