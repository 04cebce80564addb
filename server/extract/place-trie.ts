// Finding place names in a text. A character trie walked from every position, so a multi-MB report
// costs one Map lookup per character in the common case (no place name starts there).
import type { Place, PlaceHit, SurfaceKind } from './gazetteer.ts';

/** Places named by one surface form, by how it names them. */
interface Entry {
  full: Place[];
  short: Place[];
  townShort: Place[];
}
// Keyed by UTF-16 code unit: indexing a string by position would allocate a one-character string for
// every CJK character of a multi-MB text.
interface TrieNode {
  next: Map<number, TrieNode>;
  entry?: Entry;
  block?: boolean;
}

export class PlaceTrie {
  private readonly root: TrieNode = { next: new Map() };
  private readonly notAfter: string[];
  private readonly institutions: string[];

  /**
   * `notAfter`: words that make a preceding name no area; `institutions`: what a town's short form must
   * precede to count (新丰 in 新丰司法所).
   */
  constructor(notAfter: string[], institutions: string[]) {
    this.notAfter = notAfter;
    this.institutions = institutions;
  }

  private node(word: string): TrieNode {
    let n = this.root;
    for (let i = 0; i < word.length; i++) {
      const c = word.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map() }));
      n = m;
    }
    return n;
  }

  add(surface: string, p: Place, kind: SurfaceKind): void {
    const n = this.node(surface);
    n.entry ??= { full: [], short: [], townShort: [] };
    // Two-character full names (城区, 郊区) are as risky as short forms: gate them the same way.
    const k: SurfaceKind = kind === 'full' && surface.length <= 2 ? 'short' : kind;
    if (!n.entry[k].includes(p)) n.entry[k].push(p);
  }

  /** A word that is never a place name although one starts inside it: it swallows its span. */
  block(word: string): void {
    this.node(word).block = true;
  }

  private followedBy(text: string, at: number, words: string[]): boolean {
    for (const w of words) if (text.startsWith(w, at)) return true;
    return false;
  }

  // Metadata and places both scan the whole report: remember the last long text's hits (read-only).
  private lastText: string | null = null;
  private lastHits: PlaceHit[] = [];

  scan(text: string): PlaceHit[] {
    if (text === this.lastText) return this.lastHits;
    const hits = this.scanText(text);
    if (text.length >= 1000) {
      this.lastText = text;
      this.lastHits = hits;
    }
    return hits;
  }

  private scanText(text: string): PlaceHit[] {
    const hits: PlaceHit[] = [];
    const root = this.root.next;
    const n = text.length;
    // Terminals along the current path (end offsets and nodes); reused across positions.
    const endAt: number[] = [];
    const endNode: TrieNode[] = [];
    let i = 0;
    while (i < n) {
      let node = root.get(text.charCodeAt(i));
      if (!node) {
        i++;
        continue;
      }
      let ends = 0;
      let j = i + 1;
      for (;;) {
        if (node.entry || node.block) {
          endAt[ends] = j;
          endNode[ends] = node;
          ends++;
        }
        if (j >= n) break;
        const m: TrieNode | undefined = node.next.get(text.charCodeAt(j));
        if (!m) break;
        node = m;
        j++;
      }
      // The longest acceptable terminal wins; a block word swallows its span.
      let next = i + 1;
      for (let k = ends - 1; k >= 0; k--) {
        const end = endAt[k]!;
        const t = endNode[k]!;
        if (t.block) {
          next = end;
          break;
        }
        const hit = this.accept(text, i, end, t.entry!);
        if (hit) {
          hits.push(hit);
          next = end;
          break;
        }
      }
      i = next;
    }
    return hits;
  }

  private accept(text: string, start: number, end: number, entry: Entry): PlaceHit | null {
    if (this.followedBy(text, end, this.notAfter)) return null;
    // A full name is its own evidence; a short form may name several places, towns only before 司法所 etc.
    let candidates: Place[];
    let kind: SurfaceKind;
    if (entry.full.length > 0) {
      candidates = entry.full;
      kind = 'full';
    } else {
      const towns =
        entry.townShort.length > 0 && this.followedBy(text, end, this.institutions) ? entry.townShort : [];
      candidates = towns.length > 0 ? [...entry.short, ...towns] : entry.short;
      kind = towns.length > 0 && entry.short.length === 0 ? 'townShort' : 'short';
    }
    if (candidates.length === 0) return null;
    return { start, end, surface: text.slice(start, end), candidates, kind };
  }
}
