// Stated quantities: a number (Arabic, full-width or Chinese numerals, with 万/亿 multipliers) and the
// unit right after it. Every number in the text is found, even ones no indicator uses, because the
// classifier needs to know where the previous quantity of a sentence ended (收到152件,办结127件).

export interface Quantity {
  start: number; // first character of the number (or of an approximation word before it)
  end: number; // after the unit
  value: number;
  /** The unit as the text states it, with ％ read as % and 万/亿 + 元 kept as 万元/亿元. */
  unit: string;
  /** 近/约/余/多/以上…: an approximate value, never an observation we report. */
  approximate: boolean;
}

const DIGITS = '0-9０-９';
const CN_DIGITS = '零〇一二两三四五六七八九';
const CN_ALL = `${CN_DIGITS}十百千万亿`;
// Longer units first so 件次 is not read as 件, 万元 not as 万 + 元.
const UNITS = '件次|人次|户次|万元|亿元|件|宗|项|人|名|条|份|个|起|次|家|元|%|％';
const NUMBER = `[${DIGITS}]+(?:[,，][${DIGITS}]{3}(?![${DIGITS}]))*(?:[.．][${DIGITS}]+)?|[${CN_ALL}]+`;
const QUANTITY = new RegExp(
  `(近|约|逾|超过|超|将近)?(${NUMBER})(多|余)?(万|亿)?(多|余)?\\s?(${UNITS})(以上|左右|多|余)?`,
  'gu',
);

const CN_VALUE: Record<string, number> = {
  零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
};
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一百二十三 → 123, 十五 → 15, 三千零五 → 3005, 二〇二三 → 2023; null when it is not a numeral. */
export function chineseNumber(s: string): number | null {
  if (s === '') return null;
  if (!/[十百千万亿]/u.test(s)) {
    // Digit by digit (二〇二三), as years and codes are written.
    let v = 0;
    for (const ch of s) {
      const d = CN_VALUE[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let section = 0;
  let digit: number | null = null;
  for (const ch of s) {
    if (ch in CN_VALUE) {
      digit = CN_VALUE[ch]!;
    } else if (ch in CN_UNIT) {
      section += (digit ?? 1) * CN_UNIT[ch]!;
      digit = null;
    } else if (ch === '万' || ch === '亿') {
      section += digit ?? 0;
      total += section * (ch === '万' ? 1e4 : 1e8);
      section = 0;
      digit = null;
    } else return null;
  }
  return total + section + (digit ?? 0);
}

const toAscii = (s: string): string =>
  s.replace(/[０-９．]/gu, (c) => (c === '．' ? '.' : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));

/** The value of a numeral as written (1,234 / 1.2 / １２ / 一百二十三), or null. */
export function numberValue(s: string): number | null {
  if (/^[0-9０-９]/u.test(s)) {
    const v = Number(toAscii(s).replace(/[,，]/gu, ''));
    return Number.isFinite(v) ? v : null;
  }
  return chineseNumber(s);
}

// A lone Chinese digit before a unit is usually wording, not a statistic: 三项制度, 一件事, 两个清单.
const WORDING = /^[一二两三四五六七八九]$/u;

/** Every quantity in `text`, in text order. */
export function findQuantities(text: string): Quantity[] {
  const out: Quantity[] = [];
  for (const m of text.matchAll(QUANTITY)) {
    const [, approxBefore, num, more1, multRaw, more2, unitRaw, approxAfter] = m;
    const start = m.index;
    // A digit run glued to letters or other digits (S1线, 3.0版) is not a count.
    const prev = start > 0 ? text[start - 1]! : '';
    if (!approxBefore && /[0-9０-９.．A-Za-z]/u.test(prev)) continue;
    let numeral = num!;
    let mult = multRaw;
    if (/^[^0-9０-９]/u.test(numeral)) {
      if (!/[零〇一二两三四五六七八九十]/u.test(numeral)) continue; // 万人, 亿元 alone
      // 一百二十三万元: the regex took 万 into the numeral; it is the multiplier before 元.
      const tail = /[万亿]$/u.exec(numeral);
      if (tail && !mult) {
        numeral = numeral.slice(0, -1);
        mult = tail[0];
      }
    }
    if (WORDING.test(numeral) && !mult) continue;
    let value = numberValue(numeral);
    if (value === null) continue;
    let unit = unitRaw === '％' ? '%' : unitRaw!;
    if (mult && unit === '元') unit = `${mult}元`;
    else if (mult) value *= mult === '万' ? 1e4 : 1e8;
    // Float noise from 1.2 × 10000; counts and amounts are stated to at most a few decimals.
    value = Math.round(value * 1e6) / 1e6;
    out.push({
      start,
      end: start + m[0].length,
      value,
      unit,
      approximate: Boolean(approxBefore || more1 || more2 || approxAfter),
    });
  }
  return out;
}
