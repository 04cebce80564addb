// The curated reform lexicon (seed/lexicon/reforms.json) as the extractor uses it: canonical names by
// key, a trie of every name and alias, the terms it rules out, and where its names occur in a text.
import { foldText } from '../fold.ts';
import { notReforms, reformLexicon } from '../lexicon.ts';
import { matchKey, reformKey as rawReformKey } from '../normalize.ts';
import { Trie } from '../trie.ts';
import type { Candidate } from './candidate.ts';

export interface Canon {
  name: string;
  aliases: string[];
}

// reformKey (NFKC + replace) is called for every name and alias of every candidate; memoise it,
// clearing the memo now and then so memory stays flat across a large corpus.
const keyMemo = new Map<string, string>();
export function reformKey(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size > 20000) keyMemo.clear();
    k = rawReformKey(s);
    keyMemo.set(s, k);
  }
  return k;
}

const lexicon = reformLexicon();
export const canonByKey = new Map<string, Canon>();
export const lexTrie = new Trie<Canon>();
for (const r of lexicon) {
  const c: Canon = { name: r.name, aliases: r.aliases };
  for (const a of [r.name, ...r.aliases]) {
    // The trie scans the folded text, so it holds the written form; the map holds the node key.
    const m = matchKey(a);
    const k = reformKey(a);
    if (m.length < 2) continue;
    if (!canonByKey.has(k)) canonByKey.set(k, c);
    if (!canonByKey.has(m)) canonByKey.set(m, c);
    lexTrie.add(m, c);
  }
}

const stop = notReforms();
export const STOP = new Set(stop.exact.map(reformKey));
export const STOP_AFTER = new RegExp(stop.followedBy, 'u');
export const STOP_BEFORE = new RegExp(stop.precededBy, 'u');

export function lexiconCandidates(text: string): Candidate[] {
  const { s, map } = foldText(text);
  const out: Candidate[] = [];
  for (const m of lexTrie.scan(s)) {
    const start = map[m.start]!;
    const end = map[m.end - 1]! + 1;
    let e = end;
    if (text[e] === '”' || text[e] === '"') e++;
    let st = start;
    if (text[st - 1] === '“' || text[st - 1] === '"') st--;
    out.push({
      start: st,
      end: e,
      name: m.value.name,
      aliases: [],
      source: 'lexicon',
      rank: 3,
      pilot: false,
    });
  }
  return out;
}
