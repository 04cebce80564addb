// Evidence: the shortest verbatim span that shows a fact — the clause around the trigger, bounded by
// 。；;，, and line breaks, widened to the previous clause when the clause alone is too short to read,
// and cut to at most 80 characters around the trigger. Always text.slice(start, end) === quote.
import type { Evidence, Passage } from './model.ts';
import { passageAt } from './passages.ts';

export const MAX_QUOTE = 80;
const CLAUSE_END = /[。；;，,！!？?\n]/u;
const SENTENCE_END = /[。；;！!？?\n]/u;
const MIN_CLAUSE = 12;

function back(text: string, from: number, limit: number, re: RegExp): number {
  let i = from;
  while (i > limit && !re.test(text[i - 1]!)) i--;
  return i;
}

function fwd(text: string, from: number, limit: number, re: RegExp): number {
  let i = from;
  while (i < limit && !re.test(text[i]!)) i++;
  return i;
}

/** Evidence for a trigger span [start, end): its clause, ≤ 80 chars, with the passage it sits in. */
export function evidenceAt(text: string, passages: Passage[], start: number, end: number, wide = false): Evidence {
  const pi = passageAt(passages, start);
  const p = pi >= 0 ? passages[pi]! : { start: 0, end: text.length };
  const re = wide ? SENTENCE_END : CLAUSE_END;
  let s = back(text, start, Math.max(p.start, start - MAX_QUOTE), re);
  let e = fwd(text, end, Math.min(p.end, end + MAX_QUOTE), re);
  if (!wide && e - s < MIN_CLAUSE && s > p.start) s = back(text, s - 1, Math.max(p.start, start - MAX_QUOTE), re);
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
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return { quote: text.slice(s, e), start: s, end: e, passage: pi };
}
