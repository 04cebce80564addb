// Keys that make the same thing from many reports one node. Matching is done on NFKC-folded text
// (full-width ＋, ﹢, Ａ… become +, A…) with quote marks, enumeration commas and spaces removed, so
// “双随机、一公开” and 双随机一公开, 互联网﹢监管 and 互联网+监管 share a key. Offsets never use this form.

const DROPPED = /[\s“”‘’"'「」『』〈〉<>《》、·•・]/gu;

/** NFKC fold used for matching (keeps string length close but not equal: never index the original with it). */
export function fold(text: string): string {
  return text.normalize('NFKC');
}

/** Stable key of a reform or any named initiative. */
export function reformKey(name: string): string {
  return fold(name).replace(DROPPED, '').toLowerCase();
}

/** Stable key of a regulation title (brackets folded to ASCII, marks dropped). */
export function titleKey(title: string): string {
  return fold(title).replace(DROPPED, '').replace(/[（(]/g, '(').replace(/[）)]/g, ')');
}

/** Global node id: `<type>:<key>`, the `id` property every entity node carries. */
export type EntityPrefix = 'report' | 'passage' | 'jurisdiction' | 'agency' | 'regulation' | 'reform';

export function nodeId(prefix: EntityPrefix, key: string): string {
  return `${prefix}:${key}`;
}
