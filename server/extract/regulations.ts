// Regulations: every 《》 title that is a law, regulation, rule, normative document, plan, list, guide
// or standard. Titles with a lost opening or closing mark are recovered up to the clause boundary;
// short references (《条例》) join the full title written earlier; periodicals, articles, reports and
// compilations are left out. Kind comes from the title's wording (seed/lexicon/regulation-kinds.json),
// the issuing area from the title's place, an issuer named just before it, or the reporter itself
// when the report says it made the document (制定/出台/印发《…》).
import type { AgencyHit } from './agencies/hits.ts';
import { loadGazetteer, type Gazetteer, type PlaceContext } from './gazetteer.ts';
import { nonRegulations, regulationKinds } from './lexicon.ts';
import type { RegulationEntity, RegulationKind } from './model.ts';
import { titleKey } from './normalize.ts';

export interface TitleSpan {
  title: string;
  start: number; // of the title text (inside the marks)
  end: number;
  /** Start/end including the marks actually present. */
  outerStart: number;
  outerEnd: number;
}

export interface RegulationHit extends TitleSpan {
  key: string;
  /** An agency that issued it according to the text, if any. */
  issuer: AgencyHit | null;
  /** The reporter says it made this document. */
  byReporter: boolean;
}

const nonReg = nonRegulations();
const NON_EXACT = new Set(nonReg.exact.map(titleKey));
const NON_SUFFIX = nonReg.suffix.map((s) => new RegExp(s, 'u'));
const NON_FOLLOWED = nonReg.followedBy.map((s) => new RegExp(s, 'u'));
const kindLex = regulationKinds();
const PARTY = new RegExp(kindLex.partyMarkers.join('|'), 'u');
const KIND_RULES = kindLex.rules.map((r) => ({ ...r, re: new RegExp(r.suffix, 'u') }));
const TRAILER =
  /[（(](?:试行|暂行|草案|修订|修正|征求意见稿|\d{4}年?版?|\d{4}年?[-－—–~～至]\d{4}年?|第[一二三四五六七八九十\d]+批)[）)]$/u;
const DOC_SUFFIX =
  /(?:法|法典|条例|规定|办法|细则|规则|意见|通知|决定|方案|规划|计划|纲要|要点|清单|目录|指引|指南|标准|规范|制度|机制|措施|守则|准则|责任书|名录|导则)(?:[（(][^（()）]{1,12}[）)])?$/u;
const GENERIC_SHORT =
  /^(?:法|条例|办法|规定|意见|方案|决定|通知|细则|纲要|规划|清单|实施意见|实施方案|实施细则|决议|要点)$/u;
const CLAUSE_BOUND = /[，,。；;：:！？!?\n“”]/u;
const CREATION_VERB =
  /(?:制定|出台|印发|下发|编制|发布|修订|起草|签订|制发|颁布|出台了|制定了|印发了|研究制定|牵头制定|联合制定|联合印发)[了的]?$/u;
const ISSUE_GAP = /^[\u4e00-\u9fa5\d]{0,10}?(?:印发|发布|出台|制定|颁布|下发)?的?$/u;
// Not when the date leads into the next title (…，自2021年1月1日起施行的《另一部》).
const EFFECTIVE_AFTER =
  /^[^。；;《]{0,14}?(?:于|自|从)?(\d{4})年(\d{1,2})月(\d{1,2})日(?:起)?(?:正式)?(?:施行|实施|生效)(?!的)/u;
const EFFECTIVE_BEFORE = /(?:自|于|从)(\d{4})年(\d{1,2})月(\d{1,2})日起(?:正式)?(?:施行|实施)的$/u;
const LEADING_VERBS =
  /^(?:[\u4e00-\u9fa5]{0,4}?(?:制定出台|研究制定|制定印发|制定下发|制定|出台|印发|下发|修订|编制|发布|落实|贯彻|执行|学习|依据|根据|按照|结合))+/u;

const OPEN = 0x300a; // 《
const CLOSE = 0x300b; // 》
const NEWLINE = 0x0a;

/** Every 《》 title span, recovering a lost opening or closing mark. */
export function titleSpans(text: string): TitleSpan[] {
  const out: TitleSpan[] = [];
  let open = -1;
  let lastClose = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== OPEN && ch !== CLOSE && ch !== NEWLINE) continue;
    if (ch === OPEN) {
      if (open >= 0) recoverOpenOnly(text, open, i, out);
      open = i;
    } else if (ch === CLOSE) {
      if (open >= 0) {
        const t = text.slice(open + 1, i);
        if (t.length > 0 && t.length <= 120 && !t.includes('\n'))
          out.push({ title: t, start: open + 1, end: i, outerStart: open, outerEnd: i + 1 });
        else if (t.includes('\n')) recoverOpenOnly(text, open, i, out);
        open = -1;
      } else recoverCloseOnly(text, Math.max(lastClose + 1, i - 80), i, out);
      lastClose = i;
    } else if (ch === NEWLINE && open >= 0) {
      recoverOpenOnly(text, open, i, out);
      open = -1;
    }
  }
  if (open >= 0) recoverOpenOnly(text, open, text.length, out);
  return out;
}

/** 《X without 》: X runs to the clause end and must end like a document. */
function recoverOpenOnly(text: string, open: number, limit: number, out: TitleSpan[]): void {
  let e = open + 1;
  while (e < limit && e - open < 80 && !CLAUSE_BOUND.test(text[e]!) && text[e] !== '《') e++;
  let t = text.slice(open + 1, e);
  const m =
    /^(.*(?:法|条例|规定|办法|细则|规则|意见|通知|决定|方案|规划|计划|纲要|要点|清单|目录|指引|指南|标准|规范)(?:[（(][^（()）]{1,12}[）)])?)/u.exec(
      t,
    );
  if (!m || m[1]!.length < 4) return;
  t = m[1]!;
  out.push({
    title: t,
    start: open + 1,
    end: open + 1 + t.length,
    outerStart: open,
    outerEnd: open + 1 + t.length,
  });
}

/** X》 without 《: X starts after the clause start, past verbs such as 制定出台, or at 关于. */
function recoverCloseOnly(text: string, from: number, close: number, out: TitleSpan[]): void {
  let s = close;
  while (s > from && !CLAUSE_BOUND.test(text[s - 1]!) && text[s - 1] !== '》') s--;
  let t = text.slice(s, close);
  const about = t.lastIndexOf('关于');
  if (about >= 0) t = t.slice(about);
  else t = t.replace(LEADING_VERBS, '');
  if (t.length < 4 || !DOC_SUFFIX.test(t)) return;
  const start = close - t.length;
  out.push({ title: t, start, end: close, outerStart: start, outerEnd: close + 1 });
}

function isNonRegulation(text: string, span: TitleSpan, reportTitleKey: string | null): boolean {
  const key = titleKey(span.title);
  if (NON_EXACT.has(key) || (reportTitleKey !== null && key === reportTitleKey)) return true;
  if (NON_SUFFIX.some((re) => re.test(span.title))) return true;
  const after = text.slice(span.outerEnd, span.outerEnd + 12);
  return NON_FOLLOWED.some((re) => re.test(after));
}

/** A place mention of the report (from places.ts, already vetted in context), offsets into the text. */
export interface PlaceSpanRef {
  start: number;
  end: number;
  key: string;
}

function leadingPlace(
  g: Gazetteer,
  title: string,
  ctx: PlaceContext,
  offset: number,
  places: PlaceSpanRef[] | null,
): { key: string; atStart: boolean } | null {
  if (title.startsWith('中华人民共和国')) return { key: g.nation.key, atStart: true };
  if (places) {
    // The report's own vetted mentions inside the title (温州古城区风貌… names 温州, not a 古城区).
    const inTitle = places.filter((p) => p.start >= offset && p.end <= offset + title.length);
    if (inTitle.length === 0) return null;
    let last = inTitle[0]!;
    for (const p of inTitle.slice(1)) if (p.start === last.end) last = p;
    const lead = title.slice(0, inTitle[0]!.start - offset);
    return { key: last.key, atStart: lead === '' || /^(?:\d{4}(?:-\d{4})?年度?)$/u.test(lead) };
  }
  const hits = g.scan(title);
  let prev: string | null = null;
  let prevEnd = -1;
  let best = null as { key: string; atStart: boolean } | null;
  for (const h of hits) {
    if (h.kind === 'townShort') continue;
    const p = g.resolve(h.candidates, { ...ctx, adjacentKey: prevEnd === h.start ? prev : null });
    if (!p) continue;
    const atStart: boolean =
      h.start === 0 ||
      (best?.atStart === true && prevEnd === h.start) ||
      /^(?:\d{4}(?:-\d{4})?年度?)$/u.test(title.slice(0, h.start));
    if (best && !(prevEnd === h.start)) break;
    best = { key: p.key, atStart };
    prev = p.key;
    prevEnd = h.end;
  }
  return best;
}

/** Kind of a title from its wording. */
export function kindOf(title: string, placed: boolean): RegulationKind {
  const t = title.replace(TRAILER, '').replace(TRAILER, '');
  const party = PARTY.test(t);
  const gov = placed && (!/(局|厅|委员会|办公室|办(?!法)|(?<!干)部(?!门))/u.test(t) || /人民政府/u.test(t));
  for (const r of KIND_RULES) {
    if (!r.re.test(t)) continue;
    if (r.when === 'party' && !party) continue;
    if (r.when === 'placed' && !placed) continue;
    if (r.when === 'placedGov' && !gov) continue;
    return r.kind;
  }
  return 'other';
}

function isoDate(y: string, m: string, d: string): string {
  return `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`;
}

export interface RegulationResult {
  entities: RegulationEntity[];
  hits: RegulationHit[];
}

/** Regulations of a report, with every mention and the issuer evidence for issues facts. */
export function extractRegulations(
  text: string,
  ctx: PlaceContext,
  agencies: AgencyHit[],
  reportTitle: string | null,
  authorKey: string | null,
  places: PlaceSpanRef[] | null = null,
): RegulationResult {
  const g = loadGazetteer();
  const reportKey = reportTitle ? titleKey(reportTitle) : null;
  const agencyByEnd = agencies.slice().sort((a, b) => a.end - b.end);
  const entities = new Map<string, RegulationEntity>();
  const hits: RegulationHit[] = [];
  let prev: RegulationHit | null = null;

  for (const span of titleSpans(text)) {
    if (isNonRegulation(text, span, reportKey)) continue;
    const title = span.title.trim();
    let key = titleKey(title);
    if (key.length < 2) continue;
    // 《条例》 after 《嘉兴市城市绿化条例》: a short reference to the latest full title ending so.
    if (GENERIC_SHORT.test(title)) {
      const full = [...entities.values()].reverse().find((e) => e.key.endsWith(key) && e.key !== key);
      if (!full) continue;
      key = full.key;
    }
    const before = text.slice(Math.max(0, span.outerStart - 20), span.outerStart);
    const clause = before.slice(before.search(/[^，,。；;：:！？!?\n]*$/u));
    const chained = prev !== null && /^[、，,和及与]?$/u.test(text.slice(prev.outerEnd, span.outerStart));
    let issuer: AgencyHit | null = null;
    // The last agency ending at or before the title (binary search over ends).
    let lo = 0;
    let hi = agencyByEnd.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (agencyByEnd[mid]!.end <= span.outerStart) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo - 1; i >= 0; i--) {
      const a = agencyByEnd[i]!;
      if (span.outerStart - a.end > 15) break;
      const gap = text.slice(a.end, span.outerStart);
      if (ISSUE_GAP.test(gap) && !/[，,。；;]/u.test(gap)) issuer = a;
      break;
    }
    if (!issuer && chained) issuer = prev!.issuer;
    const byReporter =
      (!issuer && CREATION_VERB.test(clause)) || (chained && prev!.byReporter) || (issuer?.self ?? false);
    const hit: RegulationHit = { ...span, title, key, issuer, byReporter };
    hits.push(hit);
    prev = hit;

    let e = entities.get(key);
    if (!e) {
      const lead = leadingPlace(
        g,
        title,
        ctx,
        span.start + (span.title.length - span.title.trimStart().length),
        places,
      );
      const placed = lead !== null && lead.atStart && lead.key !== g.nation.key;
      const kind = kindOf(title, placed);
      let jurisdictionKey: string | null = lead?.key ?? null;
      // Only the national congress makes laws: 《民法典》 贯彻 by a city is still the nation's.
      if (!jurisdictionKey && kind === 'law') jurisdictionKey = g.nation.key;
      if (!jurisdictionKey && issuer?.jurisdictionKey) jurisdictionKey = issuer.jurisdictionKey;
      if (!jurisdictionKey && (kind === 'law' || kind === 'administrative_regulation'))
        jurisdictionKey = g.nation.key;
      if (!jurisdictionKey && byReporter) jurisdictionKey = ctx.selfKey ?? null;
      e = { key, title, kind, jurisdictionKey, effective: null, mentions: [] };
      entities.set(key, e);
    }
    e.mentions.push({
      surface: text.slice(span.outerStart, span.outerEnd),
      start: span.outerStart,
      end: span.outerEnd,
    });
    if (!e.effective) {
      const a = EFFECTIVE_AFTER.exec(text.slice(span.outerEnd, span.outerEnd + 40));
      const b = a ? null : EFFECTIVE_BEFORE.exec(before);
      const m = a ?? b;
      if (m) e.effective = isoDate(m[1]!, m[2]!, m[3]!);
    }
  }
  void authorKey;
  return { entities: [...entities.values()], hits };
}
