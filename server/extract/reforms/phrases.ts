// Noun phrases ending in a reform word (…改革/制度/机制/模式/平台/试点/行动/工程/体系/专项整治…) whose
// left edge is the nearest verb or function word.
import {
  BOUNDARY,
  GENERIC_SHORT_NAME,
  genericCore,
  LEAD_TRIM,
  METRIC,
  METRIC_AFTER,
  strip,
  TOPIC_WORD,
  type Candidate,
  type Span,
} from './candidate.ts';
import { reformKey, STOP } from './canon.ts';

const PHRASE_END =
  /(?:体制改革|综合改革|集成改革|制度改革|改革|工作制度|制度|工作机制|机制|模式|平台(?:\d+(?:\.\d+)?)?|国家级试点|国家试点|全国试点|省级试点|市级试点|县级试点|试点|行动|工程|体系|专项整治|专项监督|专项清理|一件事|出庭应诉制|承诺制|负责制|一张图|实验区|试验区|示范区)/gu;
const CONSTRUCTION =
  /扩建|改扩建|新建|重建|迁址|迁建|修缮|主体工程|大楼|水厂|医院|学校|场馆|[东南西北]段|[一二三四五\d]期|代建|治堵|道路|隧道|桥梁|管网/u;
// A zone is a reform only when it names what it tries (国家邮轮旅游发展实验区, 国家生态文明示范区); a
// status (先行示范区) or a place (自由贸易试验区) is not.
const ZONE_SUFFIX = /(?:实验区|试验区|示范区)$/u;
const NOT_ZONE_REFORM =
  /(?:先行示范区|自由贸易试验区|自贸试验区|综合实验区|核心示范区|引领示范区|先行区示范区)$/u;
// What may follow a reform noun phrase: punctuation or a function word, not more noun (工程建设, 改革任务);
// a meeting held about it (试点现场会, 改革推进会) shows it is a named initiative.
const FOLLOW_OK =
  /^(?:$|现场会|推进会|观摩会|[^\u4e00-\u9fa5A-Za-z0-9]|的|等|和|与|及|为|是|在|中|已|也|并|取得|获|得到|入选|成效|工作|试点|经验|案例|落地|走深|纵深|高效|全面|持续|不断|向|有效|被|列为|成为|作为|实现|推动|助力|让|使|以|通过|全省|全市|全国)/u;

// The same boundary words as BOUNDARY, for a right-to-left scan: the first boundary found from the
// right is where the name starts (one short walk per position instead of a large alternation per window).
interface RevNode {
  next: Map<number, RevNode>;
  end?: boolean;
}
const REV_ROOT: RevNode = { next: new Map() };
for (const w of BOUNDARY.source.slice(3, -1).split('|')) {
  if (w.includes('(') || w.length < 2) continue;
  let n = REV_ROOT;
  for (let i = w.length - 1; i >= 0; i--) {
    const c = w.charCodeAt(i);
    let m = n.next.get(c);
    if (!m) n.next.set(c, (m = { next: new Map() }));
    n = m;
  }
  n.end = true;
}
// Single-character boundaries with the neighbours that make them part of a word (行为, 方向, 在线…).
const SINGLE_BOUNDARY: Record<string, { notBefore?: string; notAfter?: string }> = {
  以: { notAfter: '案' },
  由: { notBefore: '理经自缘' },
  对: { notBefore: '针面相反绝核比应' },
  为: { notBefore: '行作认成称更列视' },
  向: { notBefore: '方导面意走流转动' },
  使: { notBefore: '行促致迫即' },
  在: { notBefore: '存实所现', notAfter: '线' },
  将: {},
  把: {},
  的: {},
  了: {},
  等: {},
  并: {},
  从: {},
  于: {},
  让: {},
  是: {},
};

/** End offset of the rightmost boundary word in `w` (0 when none). */
function lastBoundaryEnd(w: string): number {
  for (let k = w.length; k > 0; k--) {
    const single = SINGLE_BOUNDARY[w[k - 1]!];
    if (
      single &&
      !(single.notBefore ?? '').includes(w[k - 2] ?? '\0') &&
      !(single.notAfter ?? '').includes(w[k] ?? '\0')
    )
      return k;
    let n: RevNode | undefined = REV_ROOT;
    for (let j = k - 1; j >= 0; j--) {
      n = n.next.get(w.charCodeAt(j));
      if (!n) break;
      if (n.end) return k;
    }
  }
  return 0;
}

/** Characters a reform noun phrase may contain: CJK, ASCII letters/digits, quotes, plus, dot, brackets, 、. */
function phraseChar(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fa5) ||
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x201c ||
    c === 0x201d ||
    c === 0x22 ||
    c === 0x2b ||
    c === 0xff0b ||
    c === 0xfe62 ||
    c === 0x2e ||
    c === 0x28 ||
    c === 0x29 ||
    c === 0xff08 ||
    c === 0xff09 ||
    c === 0x3001
  );
}

export function phraseCandidates(text: string, blockers: Span[], places: Span[]): Candidate[] {
  const out: Candidate[] = [];
  const blockEnds = new Set(blockers.map((b) => b.end));
  const placeAt = new Map(places.map((p) => [p.start, p.end]));
  for (const m of text.matchAll(PHRASE_END)) {
    const end = m.index + m[0].length;
    const follow = text.slice(end, end + 3);
    if (
      !(
        FOLLOW_OK.test(follow) ||
        (follow.startsWith('建设') && /(?:平台|体系|机制|制度|一张图)/u.test(m[0]))
      ) ||
      METRIC_AFTER.test(text.slice(end, end + 3))
    )
      continue;
    let s = m.index;
    while (s > 0 && m.index - s < 28 && phraseChar(text.charCodeAt(s - 1))) s--;
    const window = text.slice(s, m.index);
    let cut = lastBoundaryEnd(window);
    // An agency written just before (省厅农房…改革) is the actor, not part of the name.
    for (let k = s; k < m.index; k++) if (blockEnds.has(k) && k - s > cut) cut = k - s;
    let core = window.slice(cut);
    // An unbalanced closing mark means the window started inside a heading marker or a quote.
    const close = Math.max(core.lastIndexOf(')'), core.lastIndexOf('）'));
    if (close >= 0 && core.lastIndexOf('(', close) < 0 && core.lastIndexOf('（', close) < 0)
      core = core.slice(close + 1);
    // A closing quote before any opening one: the window began inside a quoted term.
    const q = core.indexOf('”');
    if (q >= 0 && core.lastIndexOf('“', q) < 0) core = core.slice(q + 1);
    // An enumeration comma outside quotes starts a new item (A、B改革 → B改革), unless the items are short verbs.
    const lastComma = core.lastIndexOf('、');
    if (
      lastComma >= 0 &&
      core.slice(0, lastComma).split('“').length === core.slice(0, lastComma).split('”').length
    ) {
      const items = core.slice(0, lastComma).split('、');
      if (items.some((x) => x.length > 3)) core = core.slice(lastComma + 1);
    }
    // A previous item of a list (“春雷”行动和房地产“砺剑”行动) ends at its own reform noun.
    const prevItem = [
      ...core.matchAll(/(?:改革|制度|机制|模式|平台|行动|工程|体系|试点|制|清理|整治)[和与及、]/gu),
    ].pop();
    if (prevItem) core = core.slice(prevItem.index + prevItem[0].length);
    core = core
      .replace(/^[（(]?[一二三四五六七八九十\d]+[）)、.．]/u, '')
      .replace(LEAD_TRIM, '')
      .replace(/^[()（）”]+/u, '');
    // 平湖市涉路涉绿审批改革: the place owns the experience; the reform is what follows it.
    for (let guard = 0; guard < 3; guard++) {
      const pe = placeAt.get(m.index - core.length);
      if (pe === undefined || pe > m.index) break;
      core = core.slice(pe - (m.index - core.length)).replace(LEAD_TRIM, '');
    }
    const start = m.index - core.length;
    // Two characters before 制度/机制 are a topic (行政制度), not a name; quoted cores carry their own weight.
    if (
      core.length < 2 ||
      (core.length === 2 && TOPIC_WORD.test(core)) ||
      METRIC.test(core) ||
      genericCore(strip(core))
    )
      continue;
    if (/^[\d.]/u.test(core)) continue;
    const suffix = m[0];
    // An office's internal work rules (案卷评查工作制度, 登记、审核、归档工作制度) are routine, not reforms;
    // a quoted “一张图” is a slogan for the quoted-term rule, X一张图建设 names a platform.
    if (suffix === '工作制度' || (suffix === '一张图' && text[m.index - 1] === '“')) continue;
    // “桩基工程”, or “粤省事”“粤商通”平台: quoted terms and chains are the quoted-term rule's business.
    if ((core.startsWith('“') && text[end] === '”') || /”“/u.test(core)) continue;
    const pilot = /试点$/u.test(suffix);
    const full = strip(core + suffix);
    let name = pilot ? strip(core).replace(/(?:国家级|国家|全国|省级|市级|县级|区级|省|市)$/u, '') : full;
    const raw = window.slice(cut);
    const aliases = [full, ...(placeAt.has(m.index - raw.length) ? [] : [strip(raw) + suffix])];
    // 房地产“砺剑”行动: the quoted part names it (砺剑行动), the rest is context.
    const qm = /“([^“”]{1,20})”([^“”]*)$/u.exec(core);
    if (qm && !pilot) {
      aliases.push(name);
      const before = strip(core.slice(0, qm.index));
      // 企业开办“一件事”集成改革: a short generic quoted name needs what it is written onto.
      if (GENERIC_SHORT_NAME.test(qm[1]!) && before.length >= 2) name = before + qm[1]!;
      else name = qm[1]!.length <= 2 || qm[2]!.length > 0 ? qm[1]! + qm[2]! + suffix : qm[1]!;
    }
    if (name.length < 3 || name.length > 32 || STOP.has(reformKey(name))) continue;
    // 南山水厂扩建工程, 医院门急诊大楼修缮改造工程: a construction project, not a reform.
    if (suffix === '工程' && CONSTRUCTION.test(name)) continue;
    if (
      ZONE_SUFFIX.test(suffix) &&
      (NOT_ZONE_REFORM.test(name) ||
        name.length < 6 ||
        /争创|争当|争取|力争|打造|建设|建成/u.test(text.slice(Math.max(0, start - 6), start + 2)))
    )
      continue;
    // 国家邮轮旅游发展实验区: the granting level is part of a zone's name.
    const level = ZONE_SUFFIX.test(suffix)
      ? /(?:国家级|国家|全国|省级)$/u.exec(text.slice(Math.max(0, start - 3), start))?.[0]
      : undefined;
    if (level && !name.startsWith(level)) {
      aliases.push(name);
      name = level + name;
    }
    out.push({
      start: start - (level?.length ?? 0),
      end,
      name,
      aliases: [...new Set(aliases)].filter((a) => a !== name),
      source: 'discovered',
      rank: 1,
      pilot,
    });
  }
  return out;
}
