// Which indicator a stated quantity measures, read from the words of its own sentence before it: the
// topic (行政复议, 规范性文件…), the last verb of the topic's family (收到 vs 办结, 制定 vs 审查 vs 备案)
// and what lies between topic and number. A quantity between the topic and this one breaks the link
// unless the words right before the number carry it on (收到…152件,办结127件). When in doubt, none.
import type { IndicatorDef } from './lexicon.ts';
import type { Quantity } from './quantities.ts';

/** Topic to number: farther than this and the number is about something said in between. */
const MAX_GAP = 16;
/** How far before the topic its verb may stand (共收到行政复议申请, 审查区政府拟制发…规范性文件). */
const VERB_REACH = 10;
const AFTER_GAP = 6;
const CONTEXT_REACH = 120;
// Proposed, not done: 拟制发 is the draft a reviewer looked at, not an issued document.
const PROPOSED = /拟(?:制定|制发|出台|印发|发布|起草)/gu;

export interface Sentence {
  start: number;
  /** Quantities of the sentence that end before the one classified. */
  before: Quantity[];
}

export interface Classified {
  def: IndicatorDef;
  /** Where the topic was read (for the evidence span). */
  topicStart: number;
}

interface Candidate extends Classified {
  distance: number;
  zone: [number, number];
}

function lastMatch(re: RegExp, s: string): RegExpExecArray | null {
  re.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    last = m;
    if (m[0] === '') re.lastIndex++;
  }
  return last;
}

const CLAUSE = /[，,；;：:]/u;

export function clauseStart(text: string, at: number, floor: number): number {
  let s = at;
  while (s > floor && !CLAUSE.test(text[s - 1]!)) s--;
  return s;
}

// 制定的规范性文件 names whose documents they are, not what was done to them (废止…制定的规范性文件27件).
const MODIFIER = /(?:制定|制发|出台|印发|发布|起草)的/gu;
/** The sentence before the number and the rest of its paragraph before it (其中… opens a sentence). */
function contextBefore(text: string, sentence: number, at: number): string {
  const from = Math.max(0, sentence - CONTEXT_REACH);
  const nl = text.lastIndexOf('\n', sentence - 1);
  return text.slice(Math.max(from, nl + 1), at);
}

const blank = (s: string): string =>
  s.replace(PROPOSED, (m) => ' '.repeat(m.length)).replace(MODIFIER, (m) => ' '.repeat(m.length));

/** The topic before the number, or the carried-over one; null when the sentence does not link them. */
function before(text: string, q: Quantity, def: IndicatorDef, sent: Sentence): Candidate | null {
  const pre = text.slice(sent.start, q.start);
  const t = lastMatch(def.topic, pre);
  if (!t) return null;
  const tStart = sent.start + t.index;
  const tEnd = tStart + t[0].length;
  const prevEnd = sent.before.length ? sent.before[sent.before.length - 1]!.end : sent.start;
  const head = text.slice(Math.max(prevEnd, sent.start), q.start);
  if (def.context && !def.context.test(contextBefore(text, sent.start, q.start))) return null;
  if (tEnd >= prevEnd) {
    // Topic and number side by side: nothing counted in between.
    if (q.start - tEnd > MAX_GAP) return null;
    // 10个重大行政决策和2个…: the topic is the noun the previous number counts.
    if (sent.before.length && tStart - prevEnd <= 1 && !/[，,、；;：:（(]/u.test(text.slice(prevEnd, tStart + 1))) return null;
    // 合法性审查等6项制度: a list of things counted by the noun after the number.
    if (text.slice(tEnd, q.start).includes('等')) return null;
    const clause = clauseStart(text, tStart, sent.start);
    const zoneStart = Math.max(sent.start, prevEnd, clause, tStart - VERB_REACH);
    // 公开政府信息1565条,包括…主动公开732条: a part of a total of the same measure already stated.
    if (/^[，,、；;:：\s]*(?:其中|包括)/u.test(head) && !def.carry?.test(head)) {
      def.topic.lastIndex = 0;
      if (def.topic.test(text.slice(sent.start, Math.max(sent.start, prevEnd)))) return null;
    }
    if (def.forbid) {
      // Only what stands between the verb (or the clause start) and the number can make it another
      // measure: 清理工作全年审核规范性文件30件 is a review, whatever came before 审核.
      const verb = def.action ? lastMatch(def.action, blank(text.slice(zoneStart, tStart))) : null;
      const from = verb ? zoneStart + verb.index : zoneStart;
      if (def.forbid.test(text.slice(from, tStart) + ' ' + text.slice(tEnd, q.start))) return null;
    }
    // 对…规范性文件11件进行合法性审查: the verb after the number is the one that counts.
    const post = /^[^，,。；;]{0,6}?(?:进行|予以)[^，,。；;]{0,8}/u.exec(text.slice(q.end, q.end + 20));
    const verbZone: [number, number] =
      post && text.slice(clause, tStart).includes('对') ? [q.end, q.end + post[0].length] : [zoneStart, q.start];
    return { def, topicStart: tStart, distance: q.start - tEnd, zone: verbZone };
  }
  if (!def.carry || !def.carry.test(head)) return null;
  if (def.forbid && def.forbid.test(head.replace(def.carry, ''))) return null;
  return { def, topicStart: tStart, distance: head.length, zone: [q.start - head.length, q.start] };
}

/** The topic right after the number: 17名知名法律顾问, 1234名持证执法人员. */
function after(text: string, q: Quantity, def: IndicatorDef): Candidate | null {
  if (!def.after) return null;
  const post = text.slice(q.end, q.end + AFTER_GAP + 12);
  def.topic.lastIndex = 0;
  const t = def.topic.exec(post);
  if (!t || t.index > AFTER_GAP) return null;
  const gap = post.slice(0, t.index);
  if (/[，,。；;、\d０-９]/u.test(gap)) return null;
  if (def.forbid && def.forbid.test(gap + post.slice(t.index + t[0].length, t.index + t[0].length + 2))) return null;
  return { def, topicStart: q.start, distance: t.index, zone: [q.start, q.start] };
}

/**
 * Among a family's members (received/concluded; issued/reviewed/filed) the one whose verb stands
 * last before the number wins; a member whose verb is absent is out.
 */
function familyWinners(text: string, found: Candidate[]): Candidate[] {
  return found.filter((c) => {
    if (!c.def.action) return true;
    const zone = blank(text.slice(c.zone[0], c.zone[1]));
    const mine = lastMatch(c.def.action, zone);
    if (!mine) return false;
    for (const o of found) {
      if (o === c || o.def.family !== c.def.family || !o.def.action) continue;
      const theirs = lastMatch(o.def.action, blank(text.slice(o.zone[0], o.zone[1])));
      if (!theirs) continue;
      const mineEnd = c.zone[0] + mine.index + mine[0].length;
      const theirsEnd = o.zone[0] + theirs.index + theirs[0].length;
      if (theirsEnd > mineEnd) return false;
    }
    return true;
  });
}

/** The indicator this quantity states, or null. */
export function classify(text: string, q: Quantity, sent: Sentence, defs: IndicatorDef[]): Classified | null {
  const found: Candidate[] = [];
  for (const def of defs) {
    if (!def.units.includes(q.unit)) continue;
    const c = before(text, q, def, sent) ?? after(text, q, def);
    if (c) found.push(c);
  }
  const winners = familyWinners(text, found).sort((a, b) => a.distance - b.distance || a.def.order - b.def.order);
  const best = winners[0];
  return best ? { def: best.def, topicStart: best.topicStart } : null;
}
