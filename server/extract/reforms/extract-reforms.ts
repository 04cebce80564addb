// Reforms and named initiatives, from three sources whose spans compete (longest wins):
//  1. the curated lexicon (seed/lexicon/reforms.json), matched on the folded view of the text so quote
//     marks, 、 and full-width forms never matter (双随机一公开 = “双随机、一公开”);
//  2. quoted terms that read as initiatives (“千所联千会”法律服务品牌), with the noun they attach to;
//  3. noun phrases ending in a reform word (…改革/制度/机制/模式/平台/试点/行动/工程/体系/专项整治…)
//     whose left edge is the nearest verb or function word, section headings such as
//     (二)创新推出分期竣工验收, institutions set up for it (成立…中心), and practices named by where they
//     stand (开展X，经验全省推广; 试点2个项目X; 三级X网络).
// A name whose key is a lexicon name or alias becomes that lexicon reform, so reports share nodes.
import { Coverage } from '../coverage.ts';
import { matchKey } from '../normalize.ts';
import type { Mention, Passage, ReformEntity } from '../model.ts';
import type { RegulationHit } from '../regulations.ts';
import { METRIC_AFTER, strip, type Candidate, type Span } from './candidate.ts';
import { canonByKey, lexiconCandidates, reformKey, type Canon } from './canon.ts';
import { headingCandidates } from './headings.ts';
import { institutionCandidates } from './institutions.ts';
import { mergeNearDuplicates } from './near-duplicates.ts';
import { phraseCandidates } from './phrases.ts';
import { practiceCandidates } from './practices.ts';
import { quotedCandidates } from './quoted.ts';

export interface ReformHit extends Mention {
  key: string;
  /** Text right around the hit says it is a pilot (…试点, 试行…). */
  pilot: boolean;
}

export interface ReformResult {
  entities: ReformEntity[];
  hits: ReformHit[];
}

const PILOT_NEAR = /试点|试行/u;
const COUNT_AFTER = /^\d+(?:\.\d+)?(?:次|项|件|个|场|人次|余次|万)/u;

function insideAny(spans: { start: number; end: number }[], s: number, e: number): boolean {
  return spans.some((x) => s >= x.start && e <= x.end);
}

/** Every reform the report names, merged by canonical key, with its mentions. */
export function extractReforms(
  text: string,
  passages: Passage[],
  regulations: RegulationHit[],
  agencies: Span[] = [],
  places: Span[] = [],
): ReformResult {
  const titles = regulations.map((r) => ({ start: r.outerStart, end: r.outerEnd }));
  const agencyCover = new Coverage(text.length, agencies);
  const cands = [
    ...[
      ...lexiconCandidates(text),
      // A phrase inside an agency's name (…发展改革和经济信息化局) is part of that name.
      ...phraseCandidates(text, agencies, places).filter((c) => !agencyCover.overlaps(c.start, c.end)),
      ...headingCandidates(text, passages),
      ...institutionCandidates(text, agencies),
      ...practiceCandidates(text, agencies),
    ].filter((c) => !insideAny(titles, c.start, c.end)),
    // A brand quoted inside a plan's title (《南湖区深化“36.7℃”政务服务品牌建设方案》) is still a brand.
    ...quotedCandidates(text),
  ].filter(
    (c) =>
      !METRIC_AFTER.test(text.slice(c.end, c.end + 8)) &&
      !(c.rank === 1 && COUNT_AFTER.test(text.slice(c.end, c.end + 8))) &&
      // …等柔性执法方式: what follows 等 is the kind of a list; a quoted known name (等“秒批”事项) is itself.
      ((c.source === 'lexicon' && text[c.start] === '“') || !/等$/u.test(text.slice(c.start - 1, c.start))),
  );
  // Longest span wins; among equal spans the more trusted source.
  // A complete quoted lexicon name (“双随机、一公开”) is never swallowed by a longer phrase around it.
  const pin = new Map<Candidate, number>();
  for (const c of cands)
    pin.set(
      c,
      c.source === 'lexicon' &&
        text[c.start] === '“' &&
        text[c.end - 1] === '”' &&
        reformKey(c.name).length >= 4
        ? 1
        : 0,
    );
  cands.sort(
    (a, b) =>
      pin.get(b)! - pin.get(a)! ||
      b.end - b.start - (a.end - a.start) ||
      b.rank - a.rank ||
      a.start - b.start,
  );
  const kept: Candidate[] = [];
  const taken = new Coverage(text.length);
  for (const c of cands) {
    if (taken.overlaps(c.start, c.end)) continue;
    kept.push(c);
    taken.add(c.start, c.end);
  }
  kept.sort((a, b) => a.start - b.start);

  const entities = new Map<string, ReformEntity>();
  const hits: ReformHit[] = [];
  for (const c of kept) {
    let canon: Canon | undefined;
    for (const n of [c.name, ...c.aliases]) {
      canon = canonByKey.get(reformKey(n));
      if (canon) break;
    }
    const name = canon?.name ?? c.name;
    const key = reformKey(name);
    if (key.length < 2) continue;
    let e = entities.get(key);
    if (!e) {
      e = {
        key,
        name,
        // A lexicon reform carries its known variants, so search and matching find every spelling.
        aliases: canon ? canon.aliases.filter((a) => matchKey(a) !== matchKey(name)) : [],
        roles: ['implement'],
        source: canon ? 'lexicon' : c.source,
        mentions: [],
      };
      entities.set(key, e);
    }
    const surface = text.slice(c.start, c.end);
    for (const a of [...c.aliases, strip(surface)])
      // Aliases are written variants: 桩基先行改革 shares the key of 桩基先行 but is kept as its alias.
      if (a !== name && matchKey(a) !== matchKey(name) && !e.aliases.includes(a)) e.aliases.push(a);
    e.mentions.push({ surface, start: c.start, end: c.end });
    // Only within the sentence: 出台免罚清单。试点… does not make the 清单 a pilot.
    const before = text
      .slice(Math.max(0, c.start - 4), c.start)
      .split(/[。；;！？\n]/u)
      .pop()!;
    const after = text.slice(c.end, Math.min(text.length, c.end + 4)).split(/[。；;！？\n]/u)[0]!;
    const pilot = c.pilot || PILOT_NEAR.test(before + surface + after);
    if (pilot && !e.roles.includes('pilot')) e.roles.push('pilot');
    hits.push({ surface, start: c.start, end: c.end, key, pilot });
  }
  mergeNearDuplicates(entities, hits);
  return { entities: [...entities.values()], hits };
}
