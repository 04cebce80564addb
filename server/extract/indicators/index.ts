// Report text → the indicator values it states (IndicatorFact[]). Pure. Order: find every quantity,
// classify each by the words of its sentence, keep only the reporter's own observations, then drop
// any indicator the report states with two different values for the same subject and year: one of
// them is misread, and a wrong number is worse than none.
import type { AuthorRef } from '../agencies/hits.ts';
import { loadGazetteer } from '../gazetteer.ts';
import type { Evidence, IndicatorFact, JurisdictionEntity, Passage, ReportMeta } from '../model.ts';
import { passageAt } from '../passages.ts';
import { MAX_QUOTE } from '../quote.ts';
import { classify, clauseStart } from './classify.ts';
import { indicatorDefs } from './lexicon.ts';
import { findQuantities, type Quantity } from './quantities.ts';
import { sectionFlags, subjectOf } from './scope.ts';

export interface IndicatorInput {
  text: string;
  passages: Passage[];
  meta: ReportMeta;
  author: AuthorRef | null;
  jurisdictions: JurisdictionEntity[];
}

const SENTENCE_END = /[。；;！!？?\n]/u;
const MAX_SENTENCE = 300;
const MIN_CLAUSE = 10;

function sentenceStart(text: string, at: number): number {
  const lo = Math.max(0, at - MAX_SENTENCE);
  let s = at;
  while (s > lo && !SENTENCE_END.test(text[s - 1]!)) s--;
  return s;
}

/**
 * A verbatim span from the clause of the topic (or of the number, when the topic is far) to the
 * number's unit, never crossing the sentence; a clause too short to read takes the one before it.
 */
function evidenceFor(input: IndicatorInput, topicStart: number, q: Quantity, sentence: number): Evidence {
  const { text } = input;
  const from = q.end - topicStart <= MAX_QUOTE - 20 ? topicStart : q.start;
  let start = clauseStart(text, from, sentence);
  if (q.end - start < MIN_CLAUSE && start > sentence) {
    const wider = clauseStart(text, start - 1, sentence);
    if (q.end - wider <= MAX_QUOTE) start = wider;
  }
  start = Math.max(start, q.end - MAX_QUOTE);
  while (start < q.start && /\s/u.test(text[start]!)) start++;
  return { quote: text.slice(start, q.end), start, end: q.end, passage: passageAt(input.passages, q.start) };
}

export function extractIndicators(input: IndicatorInput): IndicatorFact[] {
  const { text, passages, meta, author } = input;
  const g = loadGazetteer();
  const defs = indicatorDefs();
  const units = new Set(defs.flatMap((d) => d.units));
  const self = meta.jurisdictionKey ? (g.byKey(meta.jurisdictionKey) ?? null) : null;
  const reporter = {
    self,
    agency: author && !author.isGovernment ? author.name : null,
    year: meta.year,
  };
  const { planned, multiYear } = sectionFlags(text, passages, meta.year);
  const places = input.jurisdictions
    .flatMap((j) => j.mentions.filter((m) => !/^(全|我|本)/u.test(m.surface) && m.surface !== '省').map((m) => ({ ...m, key: j.key })))
    .sort((a, b) => a.start - b.start);

  const quantities = findQuantities(text);
  const found: IndicatorFact[] = [];
  for (let i = 0; i < quantities.length; i++) {
    const q = quantities[i]!;
    if (q.approximate || !units.has(q.unit)) continue;
    const pi = passageAt(passages, q.start);
    if (pi >= 0 && (planned[pi] || multiYear[pi])) continue;
    const s = sentenceStart(text, q.start);
    const before: Quantity[] = [];
    for (let k = i - 1; k >= 0 && quantities[k]!.start >= s; k--) before.unshift(quantities[k]!);
    const hit = classify(text, q, { start: s, before }, defs);
    if (!hit) continue;
    const pre = text.slice(s, q.start);
    const named = places.filter((p) => p.start >= s && p.end <= q.start).map((p) => p.key);
    const clause = text.slice(clauseStart(text, Math.min(hit.topicStart, q.start), s), q.start);
    const subject = subjectOf(pre, clause, named, reporter, g);
    if (!subject) continue;
    found.push({
      name: hit.def.name,
      value: q.value,
      unit: q.unit,
      year: subject.year,
      jurisdictionKey: subject.jurisdictionKey,
      agency: subject.agency,
      evidence: evidenceFor(input, hit.topicStart, q, s),
    });
  }
  return consistent(found);
}

/** One value per indicator, subject and year: repeats of the same value collapse, conflicts go. */
function consistent(found: IndicatorFact[]): IndicatorFact[] {
  const groups = new Map<string, IndicatorFact[]>();
  for (const f of found) {
    const key = [f.name, f.year, f.jurisdictionKey, f.agency].join('|');
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  const out: IndicatorFact[] = [];
  for (const list of groups.values()) {
    const first = list[0]!;
    if (list.every((f) => f.value === first.value && f.unit === first.unit)) out.push(first);
  }
  return out.sort((a, b) => a.evidence.start - b.evidence.start || a.evidence.end - b.evidence.end);
}
