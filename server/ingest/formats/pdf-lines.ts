// pdf.js text items → printed lines, top to bottom. pdf.js hands out runs of text in content-stream
// order (a footer drawn first comes first) with their transform; lines are rebuilt from positions:
// items on one baseline form a line, left to right. Pure, so it is tested without a PDF.
import type { Line } from './furniture.ts';

/** The part of a pdf.js TextItem this needs. */
export interface PdfTextItem {
  str: string;
  /** [a, b, c, d, e, f]: scale/rotation, then the baseline origin (e, f) in PDF units (y up). */
  transform: number[];
  width: number;
  height: number;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

interface Placed {
  str: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

function place(item: PdfTextItem, pageHeight: number): Placed | null {
  const str = item.str;
  if (str.trim() === '') return null;
  const t = item.transform;
  const size = Math.hypot(t[2] ?? 0, t[3] ?? 0) || item.height || 10;
  const x = t[4] ?? 0;
  // Leading spaces of a run (a Word export's two ideographic spaces of indent) move its visible start right.
  const lead = str.length - str.trimStart().length;
  const x0 = x + (item.width * lead) / Math.max(1, str.length);
  return { str: str.trim(), x0, x1: x + item.width, y: pageHeight - (t[5] ?? 0), size };
}

/** Glue between two runs of one line: a space only where the gap is wider than justification. */
function glue(left: Placed, right: Placed): string {
  const gap = right.x0 - left.x1;
  const cjk = CJK.test(left.str.at(-1) ?? '') && CJK.test(right.str[0] ?? '');
  return gap > (cjk ? 1.0 : 0.25) * Math.min(left.size, right.size) ? ' ' : '';
}

/** The page's text items as lines, top to bottom; `pageHeight` turns PDF's y-up into top-down. */
export function itemsToLines(items: PdfTextItem[], pageHeight: number): Line[] {
  const placed = items
    .map((i) => place(i, pageHeight))
    .filter((p): p is Placed => p !== null)
    .sort((a, b) => a.y - b.y || a.x0 - b.x0);
  const rows: Placed[][] = [];
  for (const p of placed) {
    const row = rows.at(-1);
    const head = row?.[0];
    if (row && head && Math.abs(p.y - head.y) < 0.4 * Math.min(p.size, head.size)) row.push(p);
    else rows.push([p]);
  }
  return rows.map((row) => {
    row.sort((a, b) => a.x0 - b.x0);
    let text = row[0]!.str;
    for (let i = 1; i < row.length; i++) text += glue(row[i - 1]!, row[i]!) + row[i]!.str;
    return {
      text,
      x0: row[0]!.x0,
      x1: Math.max(...row.map((r) => r.x1)),
      y: row[0]!.y,
      size: Math.max(...row.map((r) => r.size)),
    };
  });
}
