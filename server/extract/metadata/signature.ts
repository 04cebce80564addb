// The signature block at the end of a report: a date line (2024年2月29日, 二〇二四年二月二十九日) with
// the signing bodies on the few short lines just above it.
import { dateLine, type Line } from './lines.ts';

export const TAIL_LINES = 10;

export interface Signature {
  published: string | null;
  signers: string[];
}

export function signature(tail: Line[]): Signature {
  const signers: string[] = [];
  for (let i = tail.length - 1; i >= 0; i--) {
    const d = dateLine(tail[i]!.text);
    if (!d) continue;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = tail[j]!.text;
      if (t.length > 30 || /[，,。；;：:]/u.test(t)) break;
      signers.unshift(t);
    }
    return { published: d, signers };
  }
  return { published: null, signers };
}
