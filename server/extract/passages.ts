// Passages: the report's non-empty lines (paragraphs or heading lines), each with the section heading
// it sits under, so every fact can point at a paragraph and its section. Offsets are into the text as
// given; surrounding whitespace (indentation, \r, full-width spaces) is left out of the span.
import type { Passage } from './model.ts';

export interface HeadingInfo {
  /** 1: 一、 2: (一) 3: 1. 4: (1) */
  level: number;
  marker: string;
  /** The heading text with its marker, without trailing punctuation: (二)创新推出分期竣工验收 */
  title: string;
  /** True when the line is only the heading; false when body text follows on the same line. */
  standalone: boolean;
}

const CN_NUM = '[一二三四五六七八九十百零〇]+';
const MARKERS: { level: number; re: RegExp }[] = [
  { level: 1, re: new RegExp(`^${CN_NUM}[、．.]`, 'u') },
  { level: 2, re: new RegExp(`^[（(]${CN_NUM}[）)]`, 'u') },
  { level: 3, re: /^\d{1,2}(?:[、．]|\.(?!\d))/u },
  { level: 4, re: /^[（(]\d{1,2}[）)]/u },
];
// Longest plausible heading; longer lead sentences are body text that happens to be numbered.
const MAX_HEADING = 60;

/** Recognises a numbered heading at the start of a (trimmed) line. */
export function headingOf(line: string): HeadingInfo | null {
  for (const { level, re } of MARKERS) {
    const m = re.exec(line);
    if (!m) continue;
    const rest = line.slice(m[0].length);
    if (rest.length === 0) return null;
    const stop = rest.search(/[。；;！!？?]/u);
    const standalone = stop === -1 || stop === rest.length - 1;
    const body = stop === -1 ? rest : rest.slice(0, stop);
    const title = (m[0] + body).replace(/[，,：:\s]+$/u, '');
    if (title.length > MAX_HEADING) return null;
    return { level, marker: m[0], title, standalone };
  }
  return null;
}

const BLANK = /^[\s\u3000\ufeff]*$/u;

/** Splits text into passages (one per non-empty line) with their innermost section heading. */
export function splitPassages(text: string): Passage[] {
  const passages: Passage[] = [];
  const stack: HeadingInfo[] = []; // open headings, outermost first
  let lineStart = 0;
  // Lines end at \n, \r\n or a lone \r (old Mac exports); the \r of \r\n is trimmed below.
  const breaks = /\r(?!\n)|\n/g;
  while (lineStart <= text.length) {
    breaks.lastIndex = lineStart;
    const br = breaks.exec(text);
    const lineEnd = br ? br.index : text.length;
    const raw = text.slice(lineStart, lineEnd);
    if (!BLANK.test(raw)) {
      const lead = raw.length - raw.replace(/^[\s\u3000\ufeff]+/u, '').length;
      const trail = raw.length - raw.replace(/[\s\u3000]+$/u, '').length;
      const start = lineStart + lead;
      const end = lineEnd - trail;
      const h = headingOf(text.slice(start, end));
      if (h) {
        while (stack.length > 0 && stack[stack.length - 1]!.level >= h.level) stack.pop();
        const parent = stack.length > 0 ? stack[stack.length - 1]!.title : null;
        stack.push(h);
        // A bare heading line sits under its parent; a line that opens with a heading belongs to it.
        passages.push({ index: passages.length, start, end, heading: h.standalone ? parent : h.title });
      } else {
        passages.push({
          index: passages.length,
          start,
          end,
          heading: stack.length > 0 ? stack[stack.length - 1]!.title : null,
        });
      }
    }
    lineStart = lineEnd + 1;
  }
  return passages;
}

/** Index of the passage containing offset `at` (binary search), or -1. */
export function passageAt(passages: Passage[], at: number): number {
  let lo = 0;
  let hi = passages.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const p = passages[mid]!;
    if (at < p.start) hi = mid - 1;
    else if (at >= p.end) lo = mid + 1;
    else return mid;
  }
  return -1;
}
