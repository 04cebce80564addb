// Reforms and named initiatives, from three sources whose spans compete (longest wins):
//  1. the curated lexicon (seed/lexicon/reforms.json), matched on the folded view of the text so quote
//     marks, 、 and full-width forms never matter (双随机一公开 = “双随机、一公开”);
//  2. quoted terms that read as initiatives (“千所联千会”法律服务品牌), with the noun they attach to;
//  3. noun phrases ending in a reform word (…改革/制度/机制/模式/平台/试点/行动/工程/体系/专项整治…)
//     whose left edge is the nearest verb or function word, and section headings such as
//     (二)创新推出分期竣工验收.
// A name whose key is a lexicon name or alias becomes that lexicon reform, so reports share nodes.
import { foldText } from './fold.ts';
import { reformLexicon } from './lexicon.ts';
import type { Mention, Passage, ReformEntity } from './model.ts';
import { reformKey as rawReformKey } from './normalize.ts';
import type { RegulationHit } from './regulations.ts';
import { Trie } from './trie.ts';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface ReformHit extends Mention {
  key: string;
  /** Text right around the hit says it is a pilot (…试点, 试行…). */
  pilot: boolean;
}

export interface ReformResult {
  entities: ReformEntity[];
  hits: ReformHit[];
}

interface Canon {
  name: string;
  aliases: string[];
}

// reformKey (NFKC + replace) is called for every name and alias of every candidate; memoise it,
// clearing the memo now and then so memory stays flat across a large corpus.
const keyMemo = new Map<string, string>();
function reformKey(s: string): string {
  let k = keyMemo.get(s);
  if (k === undefined) {
    if (keyMemo.size > 20000) keyMemo.clear();
    k = rawReformKey(s);
    keyMemo.set(s, k);
  }
  return k;
}

const lexicon = reformLexicon();
const canonByKey = new Map<string, Canon>();
const lexTrie = new Trie<Canon>();
for (const r of lexicon) {
  const c: Canon = { name: r.name, aliases: r.aliases };
  for (const a of [r.name, ...r.aliases]) {
    const k = reformKey(a);
    if (k.length < 2) continue;
    if (!canonByKey.has(k)) canonByKey.set(k, c);
    lexTrie.add(k, c);
  }
}

interface NotReforms {
  exact: string[];
  followedBy: string;
  precededBy: string;
}
const notReforms = (
  JSON.parse(
    readFileSync(
      join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seed', 'lexicon', 'reforms.json'),
      'utf8',
    ),
  ) as { notReforms: NotReforms }
).notReforms;
const STOP = new Set(notReforms.exact.map(reformKey));
const STOP_AFTER = new RegExp(notReforms.followedBy, 'u');
const STOP_BEFORE = new RegExp(notReforms.precededBy, 'u');

// Nouns a quoted name attaches to (“多评合一”审批模式) and that end a reform noun phrase.
const SUFFIX_WORDS =
  '改革|体制改革|综合改革|集成改革|制度|机制|工作机制|模式|新模式|服务模式|审批模式|平台|数字化平台|重大平台|品牌|服务品牌|工作法|系统|应用场景|场景应用|场景|应用|联动|共治|体系|行动|攻坚行动|专项行动|工程|专项整治|专项监督|专项清理|一件事|联席会议|工作站|服务|审批|普法|活动|理念|指数|试点|制|机制建设|建设|合规建设';
// Suffixes that by themselves make a quoted term an initiative (工程, 服务 are too often plain nouns).
const STRONG_SUFFIX = /(?:改革|试点|机制|制度|模式|平台|品牌|行动|一件事|工作法|体系|联动|共治)$/u;
const ATTACH = new RegExp(`^[\\u4e00-\\u9fa5A-Za-z0-9]{0,8}?(?:${SUFFIX_WORDS})`, 'u');
const PHRASE_END =
  /(?:体制改革|综合改革|集成改革|制度改革|改革|制度|工作机制|机制|模式|平台(?:\d+(?:\.\d+)?)?|国家级试点|国家试点|全国试点|省级试点|市级试点|县级试点|试点|行动|工程|体系|专项整治|专项监督|专项清理|一件事|出庭应诉制|承诺制|负责制)/gu;
const BOUNDARY =
  /(?:推进|推行|实施|深化|开展|打造|创新|构建|建立健全|建立完善|建立|健全|完善|建成|落实|执行|试行|推出|启用|依托|探索|运用|推广|承接|搭建|形成|实行|强化|加强|加快|提升|优化|迭代升级|迭代|升级|启动|组织|参与|入选|获得|争取|通过|纳入|列入|成立|全面|持续|深入|积极|认真|严格|扎实|不断|进一步|率先|首创|首个|首家|重点|着力|聚焦|围绕|结合|按照|根据|依法|切实|有效|大力|全力|努力|主动|自觉|统筹|配合|协助|指导|督促|推动|支持|引导|鼓励|确保|保障|实现|召开|举办|印发|制定|出台|下发|做好|抓好|发挥|贯彻|同步|牵头|完成|常态化|全域|分别|集中|以(?!案)|(?<![理经自缘])由|(?<![针面相反绝核比应])对|将|把|(?<![行作认成称更列视])为|的|了|等|并|从|(?<![方导面意走流转动])向|于|让|(?<![行促致迫即])使|在全省|在全市|在全国|(?<![存实所现])在(?!线)|是|利用|借助|基于|接入|接通|对标对表|对标|对表|对照|列为|列入|确定为|作为|成为)/gu;
const LEAD_TRIM =
  /^(?:各类|相关|有关|全区|全市|全省|全县|全国|本级|市级|区级|县级|省级|国家级|我局|我市|我区|一系列|多项|各项|各|该|其|首批|一批|一套|各级|这|本|原|新|省(?![委政厅])|局|[市区县](?![场民政委级直属内外中])|(?:中央|国家|省|市|区|县)、|、|国家|年度|持续|全面|深化|稳步|有序)+/u;
const GENERIC_PARTS =
  /整治|联合|集中|攻坚|工作|管理|内部|长效|考核|协调|沟通|联动|相关|各项|规章|治理|标准|监督|责任|组织|评价|专项|重点|民生|各类|有关|配套|监管|服务|综合|改革|任务|措施|事项|成效|项目|试点|体制|机制|制度|体系|平台|模式|建设|创新|政策|业务|信息|数字|智慧|安全|质量|行业|部门|领域|基层|队伍|法治|法律|依法|政务|全过程|全流程|闭环|常态|新|多|大|规范化|规范|法治化|长效|常态化|调解|审查|防范|宣传|会商|应急|决策|考核|评估|监测|规则|目标|部门|内控|日常/gu;
// Short names that only mean something with what they are written onto (企业开办“一件事”, 监管“一件事”).
const GENERIC_SHORT_NAME = /^一[件类]事$/u;
// Two-character topics that never name a reform on their own (行政制度, 执法机制).
const TOPIC_WORD =
  /^(?:行政|依法|执法|审批|监管|服务|管理|工作|考核|内部|法治|法制|安全|质量|信息|数字|智慧|政务|制度|决策|监督|规范|综合|专项|社会|市场|基层|长效|清单|行政执法|依法行政)$/u;
const HEADING_TAIL =
  /(?:成效显著|纵深推进|高效推进|取得实效|取得新成效|取得新突破|持续深化|全面推进|有序推进|稳步推进|扎实推进|见行见效|走深走实|成效明显|全面落地|提质增效|深入推进)$/u;
const HEADING_LEAD =
  /^(?:(?:创新推出|创新实施|创新建立|全面推行|推行|推出|首创|试行|探索|建立完善|建立健全|持续推进|深入推进|积极推进|重点开展|纵深推进|推进|实施|开展|深化|打造|构建|建立|健全|完善)+)/u;
const HEADING_STRONG = /创新|推出|推行|首创|试行|探索|实施/u;
const HEADING_GENERIC_END =
  /(?:工作|管理|能力|水平|格局|作用|权益|氛围|环境|供给|监督|领导|质效|决策|程序|保障|职责|责任|队伍|机构|宣传|教育|学习|意识|建设|治理|服务|执法|审查|调解|优先|为民|稳定|透明|运行)$/u;
const METRIC = /\d+(?:\.\d+)?(?:个|项|件|次|万|亿|%|家|人|名|批|场|余)/u;
const QUOTED = /[“"]([^“”"\n]{1,30})[”"]/gu;
const PILOT_NEAR = /试点|试行/u;
// What may follow a reform noun phrase: punctuation or a function word, not more noun (工程建设, 改革任务).
const FOLLOW_OK =
  /^(?:$|[^\u4e00-\u9fa5A-Za-z0-9]|的|等|和|与|及|为|是|在|中|已|也|并|取得|获|得到|入选|成效|工作|试点|经验|案例|落地|走深|纵深|高效|全面|持续|不断|向|有效|被|列为|成为|作为|实现|推动|助力|让|使|以|通过|全省|全市|全国)/u;
const METRIC_AFTER = /^(?:率|开通率|覆盖率|激活率|完成率|人均|次数|数量|案件数)/u;
const COUNT_AFTER = /^\d+(?:\.\d+)?(?:次|项|件|个|场|人次|余次|万)/u;

const ACTION_BEFORE =
  /(?:开展|推行|推进|深化|实施|打造|构建|建设|建立|对接|贯通|依托|履行|落实|推出|创新|迭代升级|升级|启用|运用|推广|共建|制定|试行|首创|探索|开通|上线|发挥|做优|做强|深入|坚持|全面|持续|常态化|擦亮|打响|承接|搭建|出席|召开|举办|参加|参与)/u;
const ACTION_BEFORE_G = new RegExp(ACTION_BEFORE.source, 'gu');
const INSTITUTION =
  /(?:成立|组建|揭牌成立|设立)(?:了)?(?:[^，,。；;—]{0,24}?——)?((?:[\u4e00-\u9fa5]{2,6}[市区县])?[\u4e00-\u9fa5()（）]{3,20}?(?:中心|工作站|仲裁院|服务站))/gu;

interface Candidate {
  start: number;
  end: number;
  name: string;
  aliases: string[];
  source: 'lexicon' | 'discovered';
  rank: number; // tie-break: lexicon 3 > quoted 2 > phrase 1 > heading 0
  pilot: boolean;
}

const strip = (s: string): string => s.replace(/[“”"‘’]/gu, '');

function genericCore(core: string): boolean {
  // What is left after the generic parts must name something: 依法行政制度体系 leaves 行政, a topic.
  const rest = core.replace(GENERIC_PARTS, '');
  return rest.length < 2 || TOPIC_WORD.test(rest);
}

function lexiconCandidates(text: string): Candidate[] {
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

function leftModifier(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 12 && /[\u4e00-\u9fa5A-Za-z0-9]/u.test(text[s - 1]!)) s--;
  const w = text.slice(s, at);
  let cut = 0;
  for (const m of w.matchAll(BOUNDARY)) cut = Math.max(cut, m.index + m[0].length);
  for (const m of w.matchAll(/[和与及]/gu)) cut = Math.max(cut, m.index + 1);
  for (const m of w.matchAll(ACTION_BEFORE_G)) cut = Math.max(cut, m.index + m[0].length);
  return w.slice(cut).replace(LEAD_TRIM, '');
}

function quotedCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  const all = [...text.matchAll(QUOTED)];
  for (let i = 0; i < all.length; i++) {
    // A chain of quoted terms (“府院”“府检”联席会议, “A”、“B”等机制) shares what follows the last one.
    let j = i;
    while (
      j + 1 < all.length &&
      /^[、和与及]?$/u.test(text.slice(all[j]!.index + all[j]![0].length, all[j + 1]!.index))
    )
      j++;
    const last = all[j]!;
    const after = text.slice(last.index + last[0].length, last.index + last[0].length + 12);
    for (let k = i; k <= j; k++) {
      const m = all[k]!;
      const core = m[1]!.trim();
      const qs = m.index;
      const qe = m.index + m[0].length;
      const before = text.slice(Math.max(0, qs - 6), qs).replace(/\s+/gu, '');
      if (!acceptQuoted(core, before, after)) continue;
      const attach = ATTACH.exec(after)?.[0] ?? '';
      const chainEtc = /^等/u.test(after);
      // Something must say this is being done: an attached reform noun, a list of such (等机制), or an action verb.
      const clauseStart = Math.max(0, all[i]!.index - 14);
      const lead =
        text
          .slice(clauseStart, all[i]!.index)
          .split(/[，,。；;：:\n]/u)
          .pop() ?? '';
      const inHeading = /(?:^|\n)\s*[（(][一二三四五六七八九十]+[）)]$/u.test(
        text.slice(Math.max(0, all[i]!.index - 8), all[i]!.index),
      );
      const selfSuffixed = STRONG_SUFFIX.test(core) || lexTrie.scan(reformKey(core)).length > 0;
      if (
        !attach &&
        !selfSuffixed &&
        !(chainEtc && ATTACH.test(after.slice(1))) &&
        !ACTION_BEFORE.test(lead) &&
        !inHeading
      )
        continue;
      const suffix = chainEtc ? '' : attach;
      const left = k === i ? leftModifier(text, qs) : '';
      // “政务服务现场管理标准化国家试点”: the pilot marker is a role, not part of the name.
      const pilotCore = /^(.{3,}?)(?:国家级|国家|全国|省级|市级|县级|区级)?试点$/u.exec(core)?.[1];
      const base = pilotCore ?? core;
      // 企业开办“一件事”集成改革, 监管“一件事”: a short generic lexicon name needs what it is written onto.
      const onto = GENERIC_SHORT_NAME.test(base) && left.length >= 2;
      const name = onto ? left + base : base.length <= 2 && suffix ? base + suffix : base;
      const aliases = (
        onto ? [left + core + suffix, left + core] : [core, core + suffix, left + core + suffix, left + core]
      ).filter((a) => a !== name && a.length > 1);
      const end = k === j && suffix ? qe + suffix.length : qe;
      out.push({
        start: qs - (k === i ? left.length : 0),
        end,
        name,
        aliases,
        source: 'discovered',
        rank: 2,
        pilot: /试点/u.test(suffix) || pilotCore !== undefined,
      });
    }
    i = j;
  }
  return out;
}

function acceptQuoted(core: string, before: string, after: string): boolean {
  if (core.length < 2 || STOP.has(reformKey(core))) return false;
  if (/[，。；：！？,;:]/u.test(core)) return false;
  if (/^[\d.·\s-]+$/u.test(core) || (/^\d/u.test(core) && /[日月周节]$/u.test(core))) return false;
  if (/(?:宪法日|纪念日|宣传日|宣传周|宣传月|生产月|防灾日|民防日|消防日|节)$/u.test(core)) return false;
  if (/[需可按将把由]/u.test(core) && core.length > 6) return false;
  const parts = core.split('、');
  if (parts.length >= 3 && parts.some((p) => p.length >= 5)) return false;
  if (parts.length === 2 && parts.every((p) => p.length >= 6)) return false;
  if (STOP_AFTER.test(after) || STOP_BEFORE.test(before)) return false;
  if (/^\d+(?:\.\d+)?(?:个|项|件|场|余|人|条|篇|期|份|户|名)/u.test(after)) return false;
  return true;
}

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

function phraseCandidates(text: string, blockers: Span[], places: Span[]): Candidate[] {
  const out: Candidate[] = [];
  const blockEnds = new Set(blockers.map((b) => b.end));
  const placeAt = new Map(places.map((p) => [p.start, p.end]));
  for (const m of text.matchAll(PHRASE_END)) {
    const end = m.index + m[0].length;
    const follow = text.slice(end, end + 2);
    if (
      !(FOLLOW_OK.test(follow) || (follow === '建设' && /(?:平台|体系|机制|制度)/u.test(m[0]))) ||
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
      ...core.matchAll(/(?:改革|制度|机制|模式|平台|行动|工程|体系|试点|制)[和与及、]/gu),
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
    out.push({
      start,
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

function headingCandidates(text: string, passages: Passage[]): Candidate[] {
  const out: Candidate[] = [];
  for (const p of passages) {
    const line = text.slice(p.start, Math.min(p.end, p.start + 64));
    const mk = /^(?:[（(][一二三四五六七八九十]+[）)]|[一二三四五六七八九十]+[、．.]|\d{1,2}[、.．])/u.exec(
      line,
    );
    if (!mk) continue;
    const rest = line.slice(mk[0].length);
    const stop = rest.search(/[。；;，,：:！!]/u);
    let head = stop === -1 ? rest : rest.slice(0, stop);
    if (head.length > 30) continue;
    const lead = HEADING_LEAD.exec(head)?.[0] ?? '';
    head = head.slice(lead.length);
    const tailM = HEADING_TAIL.exec(head);
    const tail = tailM?.[0] ?? '';
    head = head.slice(0, head.length - tail.length);
    const name = strip(head);
    if (name.length < 4 || METRIC.test(name) || genericCore(name)) continue;
    if (!(HEADING_STRONG.test(lead) || tail)) continue;
    if (HEADING_GENERIC_END.test(name) && !tail) continue;
    const start = p.start + mk[0].length + lead.length;
    out.push({
      start,
      end: start + head.length,
      name,
      aliases: [],
      source: 'discovered',
      rank: 0,
      pilot: false,
    });
  }
  return out;
}

interface Span {
  start: number;
  end: number;
}

function institutionCandidates(text: string, blockers: Span[]): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(INSTITUTION)) {
    const name = m[1]!;
    const start = m.index + m[0].length - name.length;
    const end = start + name.length;
    if (blockers.some((b) => b.start < end && b.end > start)) continue;
    out.push({ start, end, name, aliases: [], source: 'discovered', rank: 1, pilot: false });
  }
  return out;
}

function covers(mask: Uint8Array, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (mask[i]) return true;
  return false;
}

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
  const agencyMask = new Uint8Array(text.length);
  for (const a of agencies) agencyMask.fill(1, a.start, a.end);
  const cands = [
    ...[
      ...lexiconCandidates(text),
      // A phrase inside an agency's name (…发展改革和经济信息化局) is part of that name.
      ...phraseCandidates(text, agencies, places).filter((c) => !covers(agencyMask, c.start, c.end)),
      ...headingCandidates(text, passages),
      ...institutionCandidates(text, agencies),
    ].filter((c) => !insideAny(titles, c.start, c.end)),
    // A brand quoted inside a plan's title (《南湖区深化“36.7℃”政务服务品牌建设方案》) is still a brand.
    ...quotedCandidates(text),
  ].filter(
    (c) =>
      !METRIC_AFTER.test(text.slice(c.end, c.end + 8)) &&
      !(c.rank === 1 && COUNT_AFTER.test(text.slice(c.end, c.end + 8))) &&
      !/等$/u.test(text.slice(c.start - 1, c.start)),
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
  const taken = new Uint8Array(text.length);
  for (const c of cands) {
    let free = true;
    for (let i = c.start; i < c.end; i++) if (taken[i]) free = false;
    if (!free) continue;
    kept.push(c);
    for (let i = c.start; i < c.end; i++) taken[i] = 1;
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
        aliases: canon ? canon.aliases.filter((a) => reformKey(a) !== key) : [],
        roles: ['implement'],
        source: canon ? 'lexicon' : c.source,
        mentions: [],
      };
      entities.set(key, e);
    }
    const surface = text.slice(c.start, c.end);
    for (const a of [...c.aliases, strip(surface)])
      if (a !== name && reformKey(a) !== key && !e.aliases.includes(a)) e.aliases.push(a);
    e.mentions.push({ surface, start: c.start, end: c.end });
    const near = text.slice(Math.max(0, c.start - 4), Math.min(text.length, c.end + 4));
    const pilot = c.pilot || PILOT_NEAR.test(near);
    if (pilot && !e.roles.includes('pilot')) e.roles.push('pilot');
    hits.push({ surface, start: c.start, end: c.end, key, pilot });
  }
  mergeNearDuplicates(entities, hits);
  return { entities: [...entities.values()], hits };
}

const MAX_MERGE = 1500;

function charSet(s: string): Set<string> {
  return new Set([...reformKey(s)]);
}

// Within one report the same discovered initiative is often written several ways (涉路涉绿审批改革,
// 涉绿涉路一件事改革; 十大行业严管行动, 行业严管行动): near-identical character sets are one reform.
function mergeNearDuplicates(entities: Map<string, ReformEntity>, hits: ReformHit[]): void {
  const list = [...entities.values()]
    .filter((e) => e.source === 'discovered')
    .sort((a, b) => a.name.length - b.name.length);
  // Pairwise is fine for a report (tens to hundreds of names); a pathological input stays unmerged.
  if (list.length > MAX_MERGE) return;
  const sets = new Map(list.map((e) => [e.key, charSet(e.name)]));
  const into = new Map<string, string>();
  const root = (k: string): string => {
    while (into.has(k)) k = into.get(k)!;
    return k;
  };
  for (let i = 0; i < list.length; i++) {
    const a = list[i]!;
    const sa = sets.get(a.key)!;
    if (sa.size < 4) continue;
    for (let j = i + 1; j < list.length; j++) {
      const b = list[j]!;
      const sb = sets.get(b.key)!;
      let inter = 0;
      for (const ch of sa) if (sb.has(ch)) inter++;
      const union = sa.size + sb.size - inter;
      const contained = inter === sa.size && sa.size / sb.size >= 0.7;
      if (!(contained || inter / union >= 0.75)) continue;
      const ra = root(a.key);
      const rb = root(b.key);
      if (ra !== rb) into.set(rb, ra);
    }
  }
  for (const from of [...into.keys()]) {
    const target = root(from);
    const src = entities.get(from);
    const dst = entities.get(target);
    if (!src || !dst || src === dst) continue;
    for (const a of [src.name, ...src.aliases])
      if (a !== dst.name && !dst.aliases.includes(a)) dst.aliases.push(a);
    dst.mentions.push(...src.mentions);
    dst.mentions.sort((x, y) => x.start - y.start);
    for (const r of src.roles) if (!dst.roles.includes(r)) dst.roles.push(r);
    entities.delete(from);
    for (const h of hits) if (h.key === from) h.key = target;
  }
}
