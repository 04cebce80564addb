// Report metadata: title, reporting body, its jurisdiction, the year reported on, the signing date and
// the document number. Sources in order of trust: the signature block at the end (body + date), the
// title line, labelled header fields (发布单位, 成文日期, 日期), then the body (现将我局2023年度…).
import type { AgencyHit, AuthorRef, PlaceSpan } from './agencies/hits.ts';
import { resolveAgencyName, scanAgencies } from './agencies/scan-agencies.ts';
import { loadGazetteer, type PlaceContext } from './gazetteer.ts';
import type { MetaOverrides, ReportMeta } from './model.ts';
import { contextFor } from './places.ts';

const HEAD_LINES = 14;
const TAIL_LINES = 10;
const TITLE_WORDS = /(报告|总结|情况|工作要点|自查报告)$/u;
const TITLE_TOPIC = /法治|依法行政|法制|法治政府/u;
const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［[【(（]\d{4}[〕］\]】)）]\d{1,4}号/u;
const ISO_DATE = /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/u;
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
const HEADER_DATE =
  /(成文日期|发文日期|印发日期|签发日期|发布日期|日期|时间)[:：\s-]*(\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2})/u;
const HEADER_AUTHOR = /(发布单位|发文机关|发文单位|来源|信息来源)[:：\s-]*([\u4e00-\u9fa5]{4,30})/u;
const BODY_YEAR = [
  /现将(?:我[局委办厅区市县镇]|本[局委办厅区市县])?(\d{4})年度?/u,
  /^\s*(\d{4})年(?:度|以来|来)?[,，]/u,
  /(\d{4})年度?(?:法治政府建设|依法行政|法治建设)/u,
];
const BODY_AUTHOR_WINDOW = 6000;
const SELF_KIND = /我(局|委|办|厅|区|市|县|镇|街道)|本(局|委|办|厅)/gu;

interface Line {
  start: number;
  end: number;
  text: string;
}

function lines(text: string): Line[] {
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

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1990 || y > 2100) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

function cnNumber(s: string): number {
  if (s === '十') return 10;
  if (s.startsWith('十')) return 10 + (CN_DIGITS[s[1]!] ?? 0);
  if (s.endsWith('十')) return (CN_DIGITS[s[0]!] ?? 0) * 10;
  if (s.length === 3) return (CN_DIGITS[s[0]!] ?? 0) * 10 + (CN_DIGITS[s[2]!] ?? 0);
  return CN_DIGITS[s]! ?? 0;
}

/** A line that is only a date (signature block): 2024年2月29日, 二〇二四年二月二十九日. */
export function dateLine(t: string): string | null {
  const s = t.replace(/\s+/gu, '');
  let m = DATE_LINE.exec(s);
  if (m) return isoDate(+m[1]!, +m[2]!, +m[3]!);
  m = CN_DATE.exec(s);
  if (m) return isoDate(+[...m[1]!].map((c) => CN_DIGITS[c] ?? 0).join(''), cnNumber(m[2]!), cnNumber(m[3]!));
  return null;
}

// An issuing body on a line of its own (四川省成都市温江区人民政府 / 关于2017年…的报告): official
// documents break the title after the issuer; the title is both lines.
const ISSUER_LINE =
  /^[\u4e00-\u9fa5 ]{3,40}(?:人民政府|人民政府办公室|人民政府办公厅|委员会|[局厅委办院署]|中共[\u4e00-\u9fa5]{2,12}委)$/u;

function titleLine(ls: Line[]): Line | null {
  const head = ls.slice(0, HEAD_LINES);
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!;
    // Information-disclosure tables label the title (名称：…, 标题：…).
    const t = l.text
      .replace(/^(?:名\s*称|标\s*题|题\s*名|文件名称|文\s*题)\s*[:：]\s*/u, '')
      .replace(/^《(.*)》$/u, '$1')
      .replace(/\.(pdf|docx?|html?)$/iu, '');
    if (t.length > 80 || /[，,。；;]/u.test(t)) continue;
    if (!TITLE_WORDS.test(t) || !TITLE_TOPIC.test(t)) continue;
    const prev = i > 0 ? head[i - 1]!.text : '';
    if (/^关于/u.test(t) && ISSUER_LINE.test(prev)) return { ...l, text: prev.replace(/\s+/gu, '') + t };
    return { ...l, text: t };
  }
  return null;
}

/** The author part of a title: what precedes 关于 or the year (嘉兴市住房和城乡建设局2023年…). */
function titleAuthor(title: string): string | null {
  const m = /^(.*?)(?:关于|(?:\d{4}|[〇零一二三四五六七八九]{4})年)/u.exec(title);
  const s = m?.[1]?.trim();
  return s && s.length >= 3 ? s : null;
}

function yearOf(s: string): number | null {
  const m = /(\d{4})\s*年度?/u.exec(s);
  if (m) return +m[1]!;
  const cn = /([〇零O一二三四五六七八九]{4})年/u.exec(s);
  return cn ? +[...cn[1]!].map((c) => CN_DIGITS[c] ?? 0).join('') : null;
}

export interface MetadataResult {
  meta: ReportMeta;
  author: AuthorRef | null;
  ctx: PlaceContext;
}

function authorRef(hit: AgencyHit): AuthorRef {
  const g = loadGazetteer();
  const place = hit.jurisdictionKey ? g.byKey(hit.jurisdictionKey) : undefined;
  const isGovernment = /人民政府$/u.test(hit.name);
  let body = hit.name;
  if (place) {
    const idx = hit.name.lastIndexOf(place.name);
    if (idx >= 0) body = hit.name.slice(idx + place.name.length);
  }
  return { name: hit.name, jurisdictionKey: hit.jurisdictionKey, body, entry: hit.entry, isGovernment };
}

/** Splits a joint signature (中共南湖区委南湖区人民政府) and prefers the government, as the guide says. */
function pickAuthor(candidates: string[], ctx: PlaceContext): AgencyHit | null {
  const g = loadGazetteer();
  for (const raw of candidates) {
    const c = raw.replace(/\s+/gu, '');
    const gov = /^(?:中共.*?委)?(.+人民政府)$/u.exec(c);
    let hit = resolveAgencyName(gov ? gov[1]! : c, ctx);
    // A bare place (南湖区2023年法治政府建设年度报告) reports as its government.
    if (!hit) {
      const hits = g.scan(c);
      const last = hits[hits.length - 1];
      if (
        last &&
        last.end === c.length &&
        hits.every((h, i) => i === 0 || hits[i - 1]!.end === h.start) &&
        (hits[0]!.start === 0 || /^(?:中共)?$/u.test(c.slice(0, hits[0]!.start)))
      ) {
        hit = resolveAgencyName(`${c}人民政府`, ctx);
      }
    }
    if (hit && hit.jurisdictionKey) return hit;
  }
  return null;
}

/** Without a title or signature: the most mentioned placed agency of the kind 我局/我区 refers to. */
function authorFromBody(text: string, year: number | null): AgencyHit | null {
  const g = loadGazetteer();
  const kinds = new Map<string, number>();
  for (const m of text.matchAll(SELF_KIND)) kinds.set(m[1] ?? m[2]!, (kinds.get(m[1] ?? m[2]!) ?? 0) + 1);
  const kind = [...kinds.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  if (!kind) return null;
  // Reports name themselves early (现将…, 对…以前X局制定的…); the opening is enough and keeps this cheap.
  text = text.slice(0, BODY_AUTHOR_WINDOW);
  const places: PlaceSpan[] = [];
  for (const h of g.scan(text)) {
    const p = g.resolve(h.candidates, { year });
    if (p) places.push({ start: h.start, end: h.end, key: p.key });
  }
  const hits = scanAgencies({ text, places, ctx: { year }, author: null });
  const counts = new Map<string, { hit: AgencyHit; n: number }>();
  for (const h of hits) {
    if (!h.jurisdictionKey || h.jurisdictionKey === g.nation.key) continue;
    const place = g.byKey(h.jurisdictionKey);
    if (!place) continue;
    const ok = ['区', '市', '县', '镇', '街道'].includes(kind)
      ? h.name.endsWith('人民政府') && place.name.endsWith(kind)
      : h.name.endsWith(kind === '委' ? '委员会' : kind === '办' ? '办公室' : kind);
    if (!ok) continue;
    const c = counts.get(h.name);
    if (c) c.n++;
    else counts.set(h.name, { hit: h, n: 1 });
  }
  return [...counts.values()].sort((a, b) => b.n - a.n)[0]?.hit ?? null;
}

// `file` and `overrides` are taken by the placement work (issue 9); until then only the text is read.
export function extractMetadata(
  text: string,
  _file = '',
  _overrides: MetaOverrides = {},
): MetadataResult {
  const ls = lines(text);
  const head = ls.slice(0, HEAD_LINES);
  const tail = ls.slice(-TAIL_LINES);
  const title = titleLine(ls);

  // Only where a year bracket occurs: the pattern backtracks over every run of CJK otherwise.
  const headText = text.slice(0, 2000);
  const tailText = tail.map((l) => l.text).join('\n');
  const docNumber =
    (/[〔［[【(（]\d{4}[〕］\]】)）]/u.test(headText) ? DOC_NUMBER.exec(headText)?.[0] : undefined) ??
    (/[〔［[【(（]\d{4}[〕］\]】)）]/u.test(tailText) ? DOC_NUMBER.exec(tailText)?.[0] : undefined) ??
    null;

  // Signature block: a date line near the end, with the signing bodies on the lines just above it.
  let published: string | null = null;
  const signers: string[] = [];
  for (let i = tail.length - 1; i >= 0; i--) {
    const d = dateLine(tail[i]!.text);
    if (!d) continue;
    published = d;
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const t = tail[j]!.text;
      if (t.length > 30 || /[，,。；;：:]/u.test(t)) break;
      signers.unshift(t);
    }
    break;
  }
  let headerAuthor: string | null = null;
  for (let i = 0; i < head.length; i++) {
    const l = head[i]!.text;
    if (!published) {
      const m =
        HEADER_DATE.exec(l) ??
        (/^-?\s*(成文日期|发布日期)[:：]?$/u.test(l) && head[i + 1]
          ? HEADER_DATE.exec(`${l}${head[i + 1]!.text}`)
          : null);
      if (m) {
        const d = ISO_DATE.exec(m[2]!);
        if (d) published = isoDate(+d[1]!, +d[2]!, +d[3]!);
      }
    }
    if (!headerAuthor) {
      const m =
        HEADER_AUTHOR.exec(l) ??
        (/^-?\s*(发布单位|发文机关)[:：]?$/u.test(l) && head[i + 1]
          ? HEADER_AUTHOR.exec(`${l}${head[i + 1]!.text.replace(/^-\s*/u, '')}`)
          : null);
      if (m) headerAuthor = m[2]!;
    }
  }

  let year = title ? yearOf(title.text) : null;
  if (year === null) {
    const body = text.slice(0, 3000);
    for (const re of BODY_YEAR) {
      const m = re.exec(body);
      if (m) {
        year = +m[1]!;
        break;
      }
    }
  }
  if (year === null && published) year = +published.slice(0, 4) - 1;

  const fromTitle = title ? titleAuthor(title.text) : null;
  // 关于嘉兴市2022年度…: the place right after 关于 is the reporter when nothing else names one.
  const aboutPlace =
    title && !fromTitle
      ? /^关于(.{2,12}?)(?:\d{4}|[〇零一二三四五六七八九]{4})年/u.exec(title.text)?.[1]
      : undefined;
  const candidates = [
    ...(fromTitle ? [fromTitle] : []),
    ...signers.slice().reverse(),
    ...(headerAuthor ? [headerAuthor] : []),
    ...(aboutPlace ? [aboutPlace] : []),
  ];
  let hit = pickAuthor(candidates, { year });
  if (!hit) hit = authorFromBody(text, year);
  // A title naming only the level (市住房和城乡建设局) resolves once the body tells us where we are.
  let ctx = contextFor(hit?.jurisdictionKey ?? null, year);
  if (hit && fromTitle && !hit.jurisdictionKey) {
    const again = pickAuthor(candidates, ctx);
    if (again) hit = again;
  }
  ctx = contextFor(hit?.jurisdictionKey ?? null, year);
  const g = loadGazetteer();
  const place = hit?.jurisdictionKey ? g.byKey(hit.jurisdictionKey) : undefined;
  const author = hit ? authorRef(hit) : null;
  return {
    meta: {
      title: title?.text ?? null,
      authorKey: author?.name ?? null,
      author: author?.name ?? null,
      jurisdictionKey: place?.key ?? null,
      jurisdiction: place?.name ?? null,
      year,
      published,
      docNumber,
      genre: null, // read from the text in the placement work (issue 9)
      cues: {},
    },
    author,
    ctx,
  };
}
