// Keys that make the same thing from many reports one node. Matching is done on NFKC-folded text
// (full-width ＋, ﹢, Ａ… become +, A…) with quote marks, enumeration commas and spaces removed, so
// “双随机、一公开” and 双随机一公开, 互联网﹢监管 and 互联网+监管 share a key. Offsets never use this form.

const DROPPED = /[\s“”‘’"'「」『』〈〉<>《》、·•・]/gu;

/** NFKC fold used for matching (keeps string length close but not equal: never index the original with it). */
export function fold(text: string): string {
  return text.normalize('NFKC');
}

/** The folded form a name is matched by in a text (lexicon scans): marks dropped, nothing else. */
export function matchKey(name: string): string {
  return fold(name).replace(DROPPED, '').toLowerCase();
}

// “放管服”改革, 放管服改革 and 放管服 are one reform: a trailing 改革 names the kind, not the reform.
// Kept when what remains is too short to name anything (综合改革, 体制改革), unless the text quoted it
// as a name (“秒批”改革).
const KIND_SUFFIX = '改革';
const GENERIC_REST = /^(?:综合|体制|制度|集成|行政|系统|全面|深化|深层次|重点|重大|各项|专项)$/u;

/** Stable key of a reform or any named initiative: its node key, shared across reports. */
export function reformKey(name: string): string {
  const k = matchKey(name);
  if (!k.endsWith(KIND_SUFFIX)) return k;
  const rest = k.slice(0, -KIND_SUFFIX.length);
  const quoted = /[“"「][^“”"「」]+[”"」]\s*改革$/u.test(name);
  if (GENERIC_REST.test(rest) || (rest.length < 3 && !quoted)) return k;
  return rest;
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
