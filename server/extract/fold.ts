// Matching view of a text: full-width forms folded to ASCII, letters lower-cased, quote marks,
// enumeration commas and spaces dropped (as normalize.ts reformKey does), with a map from every
// character of the view back to its offset in the original, so matches report original offsets.
import { matchKey as normalizedMatchKey } from './normalize.ts';

export interface Folded {
  s: string;
  /** map[i] = offset in the original text of s[i]; map[s.length] = original length. */
  map: Int32Array;
}

// Non-ASCII characters reformKey drops: ideographic space, curly quotes, corner brackets, 《》, 、 and dots.
const DROP_CODES = new Set([...'\u3000“”‘’「」『』〈〉《》、·•・'].map((ch) => ch.charCodeAt(0)));

const UTF16 = new TextDecoder('utf-16le');
// Reused between calls (the decoded string is a copy), so folding allocates only the offset map.
let scratch = new Uint16Array(1 << 16);

export function foldText(text: string): Folded {
  const n = text.length;
  const map = new Int32Array(n + 1);
  if (scratch.length < n) scratch = new Uint16Array(Math.max(n, scratch.length * 2));
  const out = scratch;
  let k = 0;
  for (let i = 0; i < n; i++) {
    let c = text.charCodeAt(i);
    if (c < 0x80) {
      if (
        c === 0x20 ||
        c === 0x09 ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x22 ||
        c === 0x27 ||
        c === 0x3c ||
        c === 0x3e
      )
        continue;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    } else if (DROP_CODES.has(c)) continue;
    else if (c >= 0xff01 && c <= 0xff5e) {
      c -= 0xfee0;
      if (c >= 0x41 && c <= 0x5a) c += 0x20;
    } else if (c === 0xfe62) c = 0x2b;
    out[k] = c;
    map[k++] = i;
  }
  map[k] = n;
  const s = UTF16.decode(out.subarray(0, k));
  return { s, map: map.subarray(0, k + 1) };
}

/** The key a lexicon entry is matched by in the folded view (the same as the node key). */
export const matchKey = normalizedMatchKey;
