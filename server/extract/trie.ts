// A character trie for lexicon matching: from each start position one lookup per character, longest
// match wins. Children are keyed by UTF-16 code unit (numbers, so walking a CJK text never allocates a
// one-character string), and a first-character table skips positions no key can start at.

interface Node<T> {
  next: Map<number, Node<T>>;
  value?: T;
}

export class Trie<T> {
  private readonly root: Node<T> = { next: new Map() };
  private readonly first = new Uint8Array(65536);

  /** Adds `key`; an existing value for the same key is kept unless `replace`. */
  add(key: string, value: T, replace = false): void {
    if (key.length === 0) return;
    let n = this.root;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = { next: new Map() }));
      n = m;
    }
    if (n.value === undefined || replace) n.value = value;
    this.first[key.charCodeAt(0)] = 1;
  }

  /** True when some key starts with the character at `i` (a table lookup, no allocation). */
  startsAt(s: string, i: number): boolean {
    return this.first[s.charCodeAt(i)] === 1;
  }

  /** Longest key starting at `i` in `s`: its end offset and value, or null. */
  longestAt(s: string, i: number): { end: number; value: T } | null {
    if (this.first[s.charCodeAt(i)] !== 1) return null;
    let n = this.root.next.get(s.charCodeAt(i));
    if (!n) return null;
    let bestEnd = -1;
    let bestValue: T | undefined;
    let j = i + 1;
    for (;;) {
      if (n.value !== undefined) {
        bestEnd = j;
        bestValue = n.value;
      }
      if (j >= s.length) break;
      const m: Node<T> | undefined = n.next.get(s.charCodeAt(j));
      if (!m) break;
      n = m;
      j++;
    }
    return bestEnd < 0 ? null : { end: bestEnd, value: bestValue as T };
  }

  /** Leftmost-longest, non-overlapping matches over the whole string. */
  scan(s: string): { start: number; end: number; value: T }[] {
    const out: { start: number; end: number; value: T }[] = [];
    const first = this.first;
    for (let i = 0; i < s.length;) {
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
