// A character trie for lexicon matching: one Map lookup per character from each start position,
// longest match wins. Built once per lexicon at module load; matching never allocates per character.

interface Node<T> {
  next: Map<string, Node<T>>;
  value?: T;
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  private readonly first = new Uint8Array(65536);

  /** Adds `key`; an existing value for the same key is kept unless `replace`. */
  add(key: string, value: T, replace = false): void {
    if (key.length === 0) return;
    let n = this.root;
    for (const ch of key) {
      let m = n.next.get(ch);
      if (!m) n.next.set(ch, (m = { next: new Map() }));
      n = m;
    }
    if (n.value === undefined || replace) n.value = value;
    this.first[key.charCodeAt(0)] = 1;
  }

  /** Longest key starting at `i` in `s`: its end offset and value, or null. */
  /** True when some key starts with the character at `i` (a table lookup, no allocation). */
  startsAt(s: string, i: number): boolean {
    return this.first[s.charCodeAt(i)] === 1;
  }

  longestAt(s: string, i: number): { end: number; value: T } | null {
    if (this.first[s.charCodeAt(i)] !== 1) return null;
    let n = this.root.next.get(s[i]!);
    if (!n) return null;
    let best: { end: number; value: T } | null = null;
    let j = i + 1;
    for (;;) {
      if (n.value !== undefined) best = { end: j, value: n.value };
      if (j >= s.length) break;
      const m: Node<T> | undefined = n.next.get(s[j]!);
      if (!m) break;
      n = m;
      j++;
    }
    return best;
  }

  /** Leftmost-longest, non-overlapping matches over the whole string. */
  scan(s: string): { start: number; end: number; value: T }[] {
    const out: { start: number; end: number; value: T }[] = [];
    const first = this.first;
    for (let i = 0; i < s.length; ) {
      if (first[s.charCodeAt(i)] !== 1) {
        i++;
        continue;
      }
      const m = this.longestAt(s, i);
      if (m) {
        out.push({ start: i, end: m.end, value: m.value });
        i = m.end;
      } else i++;
    }
    return out;
  }
}
