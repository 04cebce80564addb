// Bytes of a report file → the text every offset refers to. Pure: Buffer in, text out.
// Order of trust: a BOM; strict UTF-8 validity (Chinese text that is valid UTF-8 is UTF-8 in practice);
// BOM-less UTF-16 by its NUL pattern or by plausibility; then GB18030 (a superset of GBK/GB2312) and
// whatever chardet proposes, each scored by how much of the result looks like Chinese prose.
// Pages declare their charset in <meta>; we honour it when the bytes agree with it.
import chardet from 'chardet';
import iconv from 'iconv-lite';
import { declaredCharset, htmlToText, looksLikeHtml } from './html.ts';

/** Largest input accepted: reports are tens of KB; 20 MB leaves room for bloated HTML, not for archives. */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

export type InputErrorReason =
  | 'empty'
  | 'binary'
  | 'undecodable'
  | 'too_large'
  | 'not_found'
  | 'unreadable'
  | 'unsupported'
  // Document formats (server/ingest/formats): a PDF of scanned pages, a password-protected file, a
  // damaged or cut-off file, a container we do not read (RTF, spreadsheets, images…).
  | 'no_text_layer'
  | 'encrypted'
  | 'corrupt_file'
  | 'unsupported_format';

/** A bad input file: names the file and says why. */
export class InputError extends Error {
  constructor(
    readonly file: string,
    readonly reason: InputErrorReason,
    detail: string,
  ) {
    super(`${file}: ${reason} — ${detail}`);
    this.name = 'InputError';
  }
}

export interface Decoded {
  text: string;
  /** Encoding the bytes were read as (utf-8, utf-16le, utf-16be, gb18030, …). */
  encoding: string;
  /** True when the input was an HTML page and `text` is its extracted article text. */
  html: boolean;
}

const SAMPLE_BYTES = 64 * 1024;
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function tryUtf8(buf: Buffer): string | null {
  try {
    return strictUtf8.decode(buf);
  } catch {
    return null;
  }
}

// Frequent characters of Chinese prose and of government documents. Any high-byte noise decodes to
// Han characters under GB18030, but random ones: real text draws most of its Han from this set.
const COMMON = new Set(
  '的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别手角期根论运农指几九区强放决西被干做必战先回则任取据处府治改务市省县规执监督审批推深局委领导项目服环境营商创保护责任落施构机制健落实依安全纠纷调监管城乡住房办理共富改革试点推广首率'.split(
    '',
  ),
);

/**
 * How much a decoding looks like Chinese prose, 0…1: the share of non-ASCII characters that are Han,
 * CJK or full-width punctuation, scaled down when the Han are rare ones. ASCII is left out — it reads
 * the same in every candidate and would let an HTML page's markup drown its text.
 */
function plausibility(text: string): number {
  let good = 0;
  let total = 0;
  let han = 0;
  let common = 0;
  const n = Math.min(text.length, 20000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80 || c === 0x3000 || c === 0xa0) continue;
    total++;
    if (c === 0xfffd) {
      good -= 10;
      continue;
    }
    if (c >= 0x4e00 && c <= 0x9fff) {
      han++;
      good++;
      if (COMMON.has(text[i]!)) common++;
    } else if ((c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x2010 && c <= 0x206f))
      good++;
  }
  if (total === 0) return 1;
  // Han text in which few characters are common ones is mis-decoded bytes, not prose.
  const commonness = han >= 8 ? Math.min(1, common / han / 0.3) : 1;
  return (Math.max(0, good) / total) * commonness;
}

/** UTF-16 without a BOM shows NULs in one byte lane (ASCII) or nowhere at all (pure CJK). */
function utf16Lane(buf: Buffer): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(buf.length - (buf.length % 2), 65536);
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (pairs === 0) return null;
  if (oddNul / pairs > 0.1 && evenNul / pairs < 0.02) return 'utf-16le';
  if (evenNul / pairs > 0.1 && oddNul / pairs < 0.02) return 'utf-16be';
  return null;
}

function controlRatio(buf: Buffer): number {
  const n = Math.min(buf.length, 65536);
  let ctrl = 0;
  for (let i = 0; i < n; i++) {
    const b = buf[i]!;
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) ctrl++;
  }
  return n === 0 ? 0 : ctrl / n;
}

const ALIASES: Record<string, string> = {
  gb2312: 'gb18030',
  gbk: 'gb18030',
  'x-gbk': 'gb18030',
  utf8: 'utf-8',
  'utf-16': 'utf-16le',
};
const normaliseCharset = (name: string): string => ALIASES[name.toLowerCase()] ?? name.toLowerCase();

/** Decodes raw bytes into text, choosing the encoding. Throws InputError. */
export function decodeBytes(
  buf: Buffer,
  file: string,
  hint: string | null = null,
): { text: string; encoding: string } {
  if (buf.length === 0) throw new InputError(file, 'empty', 'the file has no bytes');
  if (buf.length > MAX_INPUT_BYTES)
    throw new InputError(file, 'too_large', `${buf.length} bytes exceeds the ${MAX_INPUT_BYTES}-byte limit`);

  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    const text = tryUtf8(buf.subarray(3));
    if (text === null)
      throw new InputError(file, 'undecodable', 'UTF-8 byte order mark but invalid UTF-8 bytes');
    return { text, encoding: 'utf-8' };
  }
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' };
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' };

  const lane = utf16Lane(buf);
  if (lane) return { text: iconv.decode(buf, lane), encoding: lane };
  if (buf.includes(0) || controlRatio(buf) > 0.05)
    throw new InputError(file, 'binary', 'NUL or control bytes: not a text file');

  const declared = hint ? normaliseCharset(hint) : null;
  const utf8 = tryUtf8(buf);
  if (
    utf8 !== null &&
    (declared === null || declared === 'utf-8' || !buf.some((b) => b >= 0x80) || plausibility(utf8) > 0.5)
  ) {
    return { text: utf8, encoding: 'utf-8' };
  }

  // Score candidates on a sample (cheap), decode the whole buffer once with the winner.
  const sample = buf.subarray(0, SAMPLE_BYTES);
  const gb = declared === null || declared === 'gb18030' ? plausibility(iconv.decode(sample, 'gb18030')) : 0;
  // GBK prose (the common case in the wild) is settled without running chardet and the rest.
  if (gb >= 0.8) return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };

  const candidates = new Set<string>();
  if (declared && declared !== 'utf-8' && iconv.encodingExists(declared)) candidates.add(declared);
  candidates.add('gb18030');
  // A UTF-8 file with a stray or truncated byte (cut-off downloads) is still UTF-8: iconv decodes it
  // leniently with U+FFFD, which the plausibility score tolerates only in small numbers.
  candidates.add('utf-8');
  if (buf.length % 2 === 0) {
    candidates.add('utf-16le');
    candidates.add('utf-16be');
  }
  const guess = chardet.detect(sample);
  if (guess && iconv.encodingExists(guess)) candidates.add(normaliseCharset(guess));

  let best: { encoding: string; score: number } | null = null;
  for (const encoding of candidates) {
    // The declared charset gets a small head start: equal-looking decodings prefer what the page says.
    const score = plausibility(iconv.decode(sample, encoding)) + (encoding === declared ? 0.05 : 0);
    if (!best || score > best.score) best = { encoding, score };
  }
  if (!best || best.score < 0.6) {
    throw new InputError(
      file,
      'undecodable',
      `no encoding gives readable Chinese text (best ${best?.encoding ?? 'none'}, ${((best?.score ?? 0) * 100).toFixed(0)}% plausible)`,
    );
  }
  return { text: iconv.decode(buf, best.encoding), encoding: best.encoding };
}

/** Decodes a report file's bytes; HTML pages (by extension or content) are reduced to their text. */
export function decodeReport(buf: Buffer, file: string): Decoded {
  const byName = /\.html?$/i.test(file);
  const head = buf.subarray(0, 4096).toString('latin1');
  const sniffedHtml = byName || looksLikeHtml(head);
  const { text: raw, encoding } = decodeBytes(buf, file, sniffedHtml ? declaredCharset(head) : null);
  const html = byName || looksLikeHtml(raw);
  const text = html ? htmlToText(raw) : raw;
  if (text.trim().length === 0)
    throw new InputError(
      file,
      'empty',
      html ? 'the page has no text outside markup and navigation' : 'the file holds only whitespace',
    );
  return { text, encoding, html };
}
