// User text → a Lucene query that can only ever mean "these words": every whitespace-separated term
// becomes a quoted phrase with Lucene's special characters escaped, so operators (OR, AND, NOT, +, -),
// field prefixes (name:x), wildcards, fuzziness, ranges and stray quotes are taken literally.

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every Lucene query-syntax character with a backslash. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * The full-text query for user text, or null when nothing searchable is left (only punctuation):
 * an empty phrase would match nothing at best and fail to parse at worst.
 */
export function luceneQuery(text: string): string | null {
  const terms = text
    .split(/\s+/u)
    .filter((t) => /[\p{L}\p{N}]/u.test(t))
    .slice(0, 16);
  if (terms.length === 0) return null;
  return terms.map((t) => `"${escapeLucene(t)}"`).join(' ');
}
