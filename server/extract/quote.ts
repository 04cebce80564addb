// Evidence: the shortest verbatim span that shows a fact — the clause around the trigger, bounded by
// 。；;，, and line breaks, widened to the previous clause when the clause alone is too short to read,
// and cut to at most 80 characters around the trigger. Always text.slice(start, end) === quote.
import type { Evidence, Passage } from './model.ts';
import { passageAt } from './passages.ts';

export const MAX_QUOTE = 80;
const codes = (s: string): Set<number> => new Set([...s].map((c) => c.charCodeAt(0)));
const CLAUSE_END = codes('。；;，,！!？?\n');
const SENTENCE_END = codes('。；;！!？?\n');
const MIN_CLAUSE = 12;

function back(text: string, from: number, limit: number, marks: Set<number>): number {
  let i = from;
  while (i > limit && !marks.has(text.charCodeAt(i - 1))) i--;
  return i;
}

function fwd(text: string, from: number, limit: number, marks: Set<number>): number {
  let i = from;
  while (i < limit && !marks.has(text.charCodeAt(i))) i++;
  return i;
}

const isSpace = (c: number): boolean =>
  c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0x3000 || c === 0xa0;

/** Evidence for a trigger span [start, end): its clause, ≤ 80 chars, with the passage it sits in. */
export function evidenceAt(
  text: string,
  passages: Passage[],
  start: number,
  end: number,
  wide = false,
): Evidence {
  const pi = passageAt(passages, start);
  const p = pi >= 0 ? passages[pi]! : { start: 0, end: text.length };
  const re = wide ? SENTENCE_END : CLAUSE_END;
  let s = back(text, start, Math.max(p.start, start - MAX_QUOTE), re);
  let e = fwd(text, end, Math.min(p.end, end + MAX_QUOTE), re);
  if (!wide && e - s < MIN_CLAUSE && s > p.start)
    s = back(text, s - 1, Math.max(p.start, start - MAX_QUOTE), re);
  if (e - s > MAX_QUOTE) {
    const len = end - start;
    if (len >= MAX_QUOTE) {
      s = start;
      e = start + MAX_QUOTE;
    } else {
      const ns = Math.max(s, start - Math.floor((MAX_QUOTE - len) / 2));
      e = Math.min(e, ns + MAX_QUOTE);
      s = Math.max(s, e - MAX_QUOTE);
    }
  }
  // Trim whitespace at the edges so quotes read cleanly (still a verbatim slice).
  while (s < e && isSpace(text.charCodeAt(s))) s++;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
  return { quote: text.slice(s, e), start: s, end: e, passage: pi };
}
