// Paged text → prose. A PDF (or a paged plain-text dump) carries what a printed page needs and a reader
// of prose does not: running headers and footers, page numbers, and a line break wherever the line was
// full. Extraction wants sentences and paragraphs, so this keeps one paragraph per line and drops the
// rest. Pure: laid-out lines in, text out; the result is what offsets and quotes refer to.
//
// Geometry decides paragraphs: a line that stops short of the right margin ends its paragraph, as does
// one followed by an indented line, a wider gap, a change of type size or a numbered heading. Lines come
// from pdf-lines.ts (PDF points) or from textPages() below (character columns of a paged text dump).

/** One printed line. x0/x1: left and right edges; y: top-down position; size: the type size. */
export interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** Page number lines as printed: 3 · -3- · — 3 — · 第3页 共10页 · 共10页 第3页 · 3/10 · Page 3 of 10. */
const PAGE_NUMBER = [
  /^[-—–－―~～·•\s]*\d{1,4}[-—–－―~～·•\s]*$/,
  /^[-—–\s]*第\s*\d{1,4}\s*页\s*(?:[,，/、]?\s*共\s*\d{1,4}\s*页)?[-—–\s]*$/,
  /^共\s*\d{1,4}\s*页\s*[,，/、]?\s*第\s*\d{1,4}\s*页$/,
  /^(?:page\s*)?\d{1,4}\s*(?:\/|of)\s*\d{1,4}$/i,
  /^[-—–\s]*[ivxlc]{1,6}[-—–\s]*$/i,
];
/** Lines at either edge of a page that may be furniture. */
const EDGE_LINES = 3;
/** Headings that always open a paragraph: 一、 （一） 第一章 第二部分. */
const HEADING_START = /^(?:[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百]+[）)]|第[一二三四五六七八九十百]+[章节部分条])/;
/** Where a sentence may end; a wrapped line rarely ends here. */
const SENTENCE_END = /[。！？；：:;!?…”」』）)]$/;
// Han, kana, CJK and full-width punctuation, and the quotes, dashes and ellipsis Chinese text sets full width.
const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f\u2014\u2018-\u201d\u2026]/;

export const isPageNumber = (text: string): boolean => PAGE_NUMBER.some((re) => re.test(text.trim()));

/** A line's identity across pages: digits (page numbers, dates) and spaces do not count. */
const shapeOf = (text: string): string => text.replace(/\s+/g, '').replace(/\d+/g, '#');

/**
 * Lines printed at the top or bottom of many pages: a running header or footer. On two pages a line
 * must be on both; on more, on at least 40 % of them (odd and even pages often differ).
 */
function runningShapes(pages: Line[][]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const edge = new Set<string>();
    const n = page.length;
    for (let i = 0; i < n; i++) if (i < EDGE_LINES || i >= n - EDGE_LINES) edge.add(shapeOf(page[i]!.text));
    for (const s of edge) counts.set(s, (counts.get(s) ?? 0) + 1);
  }
  const needed = Math.max(2, Math.ceil(pages.length * 0.4));
  const out = new Set<string>();
  if (pages.length < 2) return out;
  for (const [shape, count] of counts) if (shape !== '' && count >= needed) out.add(shape);
  return out;
}

/**
 * The page without its furniture: page numbers and running lines at its top and bottom edges. A
 * running line must also stand apart from the body (a wider gap than the line pitch, or another type
 * size): the first line of the body can repeat from page to page too (a recurring phrase).
 */
function trimPage(page: Line[], running: Set<string>, L: Layout): Line[] {
  const apart = (line: Line, neighbour: Line | undefined) =>
    !neighbour ||
    Math.abs(line.size - L.bodySize) > 0.15 * L.bodySize ||
    (L.pitch > 0 && Math.abs(neighbour.y - line.y) > L.pitch * 1.4);
  const furniture = (l: Line, neighbour: Line | undefined) =>
    isPageNumber(l.text) || (running.has(shapeOf(l.text)) && apart(l, neighbour));
  let start = 0;
  let end = page.length;
  while (start < end && start < EDGE_LINES && furniture(page[start]!, page[start + 1])) start++;
  while (end > start && page.length - end < EDGE_LINES && furniture(page[end - 1]!, page[end - 2])) end--;
  return page.slice(start, end);
}

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  let best = values[0] ?? 0;
  for (const v of values) {
    const r = Math.round(v);
    const c = (counts.get(r) ?? 0) + 1;
    counts.set(r, c);
    if (c > (counts.get(Math.round(best)) ?? 0)) best = r;
  }
  return best;
}

function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
}

interface Layout {
  left: number;
  right: number;
  bodySize: number;
  /** The usual distance from one line to the next within a paragraph. */
  pitch: number;
}

function layoutOf(pages: Line[][]): Layout {
  const lines = pages.flat();
  const gaps: number[] = [];
  for (const page of pages)
    for (let i = 1; i < page.length; i++) {
      const gap = page[i]!.y - page[i - 1]!.y;
      if (gap > 0) gaps.push(gap);
    }
  return {
    // Continuation lines start at the margin; indented first lines, centred titles and signatures
    // start right of it, so a low percentile finds the margin even in a short document.
    left: percentile(
      lines.map((l) => l.x0),
      0.1,
    ),
    right: percentile(
      lines.map((l) => l.x1),
      0.9,
    ),
    bodySize: mode(lines.map((l) => l.size)),
    pitch: gaps.length ? mode(gaps) : 0,
  };
}

/** True when `next` continues the paragraph that `line` is part of. */
function continues(line: Line, next: Line, sameFlow: boolean, L: Layout): boolean {
  const size = Math.max(line.size, 0.001);
  if (HEADING_START.test(next.text)) return false;
  // A heading or title in a larger type that wraps: both lines in that size, the first unfinished.
  const large = line.size > L.bodySize * 1.15;
  if (large) return Math.abs(next.size - line.size) < 0.15 * size && !SENTENCE_END.test(line.text);
  if (Math.abs(next.size - line.size) > 0.15 * size) return false;
  if (line.x1 < L.right - 1.5 * size) return false; // stopped short of the margin
  if (next.x0 > L.left + 0.8 * size || next.x0 < L.left - 0.8 * size) return false; // indented or out
  // Within a page a wider gap than the usual line pitch is a paragraph break; across a page break the
  // geometry says nothing, so the margins above decide.
  if (sameFlow && L.pitch > 0 && next.y - line.y > L.pitch * 1.4) return false;
  return true;
}

/** Joins two pieces of one sentence: nothing between Chinese, a space between Latin words. */
function join(a: string, b: string): string {
  const last = a.at(-1) ?? '';
  const first = b[0] ?? '';
  return CJK.test(last) || CJK.test(first) || last === '' ? a + b : `${a} ${b}`;
}

/** Collapses runs of spaces (ideographic and no-break included) inside a paragraph and trims it. */
export const tidyLine = (text: string): string => text.replace(/[\s\u3000\u00a0]+/g, ' ').trim();

/**
 * Pages of laid-out lines (top to bottom) → prose: one paragraph per line, page furniture gone,
 * lines broken inside a sentence joined.
 */
export function pagesToProse(pages: Line[][]): string {
  const running = runningShapes(pages);
  const raw = layoutOf(pages);
  const kept = pages.map((p) => trimPage(p, running, raw).filter((l) => tidyLine(l.text) !== ''));
  const layout = layoutOf(kept);
  const paragraphs: string[] = [];
  let current: string | null = null;
  let prev: Line | null = null;
  for (const page of kept) {
    for (let i = 0; i < page.length; i++) {
      const line = page[i]!;
      const text = tidyLine(line.text);
      if (current !== null && prev !== null && continues(prev, line, i > 0, layout)) current = join(current, text);
      else {
        if (current !== null) paragraphs.push(current);
        current = text;
      }
      prev = line;
    }
  }
  if (current !== null) paragraphs.push(current);
  return paragraphs.join('\n');
}

/** Display width of a text in columns: Chinese and full-width characters take two, others one. */
function columns(text: string): number {
  let w = 0;
  for (const ch of text) w += CJK.test(ch) ? 2 : 1;
  return w;
}

/**
 * A paged plain-text dump (pages separated by form feeds, as pdftotext writes them) as lines in
 * character columns, so the same rules apply; blank lines become gaps.
 */
export function textPages(text: string): Line[][] {
  return text.split('\f').map((page) =>
    page
      .split(/\r\n|\r|\n/)
      .map((raw, y) => {
        const indent = columns(/^[\s\u3000]*/.exec(raw)![0].replace(/\t/g, '    '));
        const body = raw.trim();
        return { text: body, x0: indent, x1: indent + columns(body), y, size: 2 };
      })
      .filter((l) => l.text !== ''),
  );
}
