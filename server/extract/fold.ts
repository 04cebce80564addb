// Matching view of a text: full-width forms folded to ASCII, letters lower-cased, quote marks,
// enumeration commas and spaces dropped (as normalize.ts reformKey does), with a map from every
// character of the view back to its offset in the original, so matches report original offsets.
import { reformKey } from './normalize.ts';

export interface Folded {
  s: string;
  /** map[i] = offset in the original text of s[i]; map[s.length] = original length. */
  map: Int32Array;
}

const DROP = new Set([...' \t\r\n\u3000“”‘’"\'「」『』〈〉<>《》、·•・']);

/** One character folded the way reformKey folds it, or '' when reformKey drops it. */
function foldChar(ch: string): string {
  if (DROP.has(ch)) return '';
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0).toLowerCase();
  if (c === 0xfe62) return '+';
  if (c < 0x80) return ch.toLowerCase();
  return ch;
}

export function foldText(text: string): Folded {
  const map = new Int32Array(text.length + 1);
  const parts: string[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const f = foldChar(text[i]!);
    if (f.length === 0) continue;
    parts.push(f);
    map[k++] = i;
  }
  map[k] = text.length;
  return { s: parts.join(''), map: map.subarray(0, k + 1) };
}

/** The key a lexicon entry is matched by in the folded view (the same as the node key). */
export const matchKey = reformKey;
