// What a government portal or disclosure page prints around a report: labelled fields (发布机构,
// 发布时间, 成文日期, 索引号, 文号 …) and the breadcrumb (当前位置：首页 > … > 深圳市龙华区). The title
// field (标题/名称) is read with the title line (title-line.ts).
import { ISO_DATE, isoDate, type Line } from './lines.ts';

const HEADER_DATE =
  /(成文日期|发文日期|印发日期|签发日期|发布日期|发布时间|日期|时间)[:：\s-]*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/u;
const HEADER_AUTHOR =
  /(发布机构|发布单位|发文机关|发文单位|发布部门|来源|信息来源)[:：\s-]*([\u4e00-\u9fa5]{4,30})/u;
const LABEL_ONLY_DATE = /^-?\s*(成文日期|发布日期|发布时间)[:：]?$/u;
const LABEL_ONLY_AUTHOR = /^-?\s*(发布机构|发布单位|发文机关)[:：]?$/u;
const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|所在位置|您现在的位置)\s*[:：]?\s*(.+)$/u;
const CRUMB_NOISE = /^(?:首页|主页|政务公开|信息公开|政府信息公开|正文|详情)$/u;

export interface PortalHeader {
  published: string | null;
  author: string | null;
  /** Breadcrumb segments that may name the site's owner (deepest last). */
  crumbs: string[];
}

export function portalHeader(head: Line[]): PortalHeader {
  let published: string | null = null;
  let author: string | null = null;
  let crumbs: string[] = [];
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!.text;
    const next = head[i + 1]?.text ?? '';
    if (!published) {
      const m = HEADER_DATE.exec(l) ?? (LABEL_ONLY_DATE.test(l) ? HEADER_DATE.exec(`${l}${next}`) : null);
      const d = m ? ISO_DATE.exec(m[2]!) : null;
      if (d) published = isoDate(+d[1]!, +d[2]!, +d[3]!);
    }
    if (!author) {
      const m =
        HEADER_AUTHOR.exec(l) ??
        (LABEL_ONLY_AUTHOR.test(l) ? HEADER_AUTHOR.exec(`${l}${next.replace(/^-\s*/u, '')}`) : null);
      if (m) author = m[2]!;
    }
    const b = BREADCRUMB.exec(l);
    if (b && crumbs.length === 0)
      crumbs = b[1]!
        .split(/\s*(?:>|＞|»|›|\/|→|-{1,2}>)\s*/u)
        .map((c) => c.trim().replace(/(?:门户)?网站$/u, ''))
        .filter((c) => c && !CRUMB_NOISE.test(c));
  }
  return { published, author, crumbs };
}
