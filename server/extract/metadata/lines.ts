// The pieces every metadata cue reads: non-empty lines with their offsets, years and dates written
// in Arabic or Chinese numerals (二〇二四年二月二十九日).

export interface Line {
  start: number;
  end: number;
  text: string;
}

export function lines(text: string): Line[] {
  const out: Line[] = [];
  let s = 0;
  for (;;) {
    let e = text.indexOf('\n', s);
    if (e === -1) e = text.length;
    const raw = text.slice(s, e);
    const t = raw.trim();
    if (t) {
      const lead = raw.indexOf(t[0]!);
      out.push({ start: s + lead, end: s + lead + t.length, text: t });
    }
    if (e >= text.length) break;
    s = e + 1;
  }
  return out;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const CN_DATE =
  /^([〇零O一二三四五六七八九]{4})年([一二三四五六七八九十]{1,3})月([一二三四五六七八九十]{1,3})日$/u;
const DATE_LINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/u;
export const ISO_DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/u;

/** Years a report can be about: anything else is a number, not a year. */
export const plausibleYear = (y: number): boolean => y >= 1990 && y <= 2100;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || !plausibleYear(y)) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function cnNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.endsWith('十')) return (CN_DIGITS[s[0]!] ?? 0) * 10;
  if (s.length === 3) return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2]!] ?? 0);
  return CN_DIGITS[s]! ?? 0;
}

const cnYear = (s: string): number => +[...s].map((c) => CN_DIGITS[c] ?? 0).join('');

/** A line that is only a date (signature block): 2024年2月29日, 二〇二四年二月二十九日. */
export function dateLine(t: string): string | null {
  const s = t.replace(/\s+/gu, '');
  let m = DATE_LINE.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = CN_DATE.exec(s);
  if (m) return isoDate(cnYear(m[1]!), cnNumber(m[2]!), cnNumber(m[3]!));
  return null;
}

/** The first year written in `s` (2023年, 2023年度, 二〇二三年), or null. */
export function yearOf(s: string): number | null {
  const m = /(\d{4})\s*年度?/u.exec(s);
  if (m && plausibleYear(+m[1]!)) return +m[1]!;
  const cn = /([〇零O一二三四五六七八九]{4})年/u.exec(s);
  return cn && plausibleYear(cnYear(cn[1]!)) ? cnYear(cn[1]!) : null;
}
