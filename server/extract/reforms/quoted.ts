// Quoted terms that read as initiatives (“千所联千会”法律服务品牌), named with the noun they attach to and
// the modifier written before them.
import { matchKey } from '../normalize.ts';
import { BOUNDARY, GENERIC_SHORT_NAME, LEAD_TRIM, type Candidate } from './candidate.ts';
import { lexTrie, reformKey, STOP, STOP_AFTER, STOP_BEFORE } from './canon.ts';

// Nouns a quoted name attaches to (“多评合一”审批模式) and that end a reform noun phrase.
const SUFFIX_WORDS =
  '改革|体制改革|综合改革|集成改革|制度|机制|工作机制|模式|新模式|服务模式|审批模式|平台|数字化平台|重大平台|品牌|服务品牌|工作法|系统|应用场景|场景应用|场景|应用|联动|共治|体系|行动|攻坚行动|专项行动|工程|专项整治|专项监督|专项清理|一件事|联席会议|工作站|服务|审批|普法|活动|理念|指数|试点|制|机制建设|建设|合规建设';
// Suffixes that by themselves make a quoted term an initiative (工程, 服务 are too often plain nouns).
const STRONG_SUFFIX = /(?:改革|试点|机制|制度|模式|平台|品牌|行动|一件事|工作法|体系|联动|共治)$/u;
const ATTACH = new RegExp(`^[\\u4e00-\\u9fa5A-Za-z0-9]{0,8}?(?:${SUFFIX_WORDS})`, 'u');
const FORMULA = /^(?=.*[\dA-Za-z])(?:[\u4e00-\u9fa5\dA-Za-z]{1,2}[+＋])+[\u4e00-\u9fa5\dA-Za-z]{1,2}$/u;
const GOAL_END = /(?:政府|城区|城市|社会|之城|之区|强区|强市|大区)$/u;
const EXPERIENCE_AFTER = /^([\u4e00-\u9fa5]{0,4}?)(?:经验|做法)(?:[在被获入]|全[省市国])/u;
const QUOTED = /[“"]([^“”"\n]{1,30})[”"]/gu;

const ACTION_BEFORE =
  /(?:开展|推行|推进|深化|实施|打造|构建|建设|建立|对接|贯通|依托|履行|落实|推出|创新|迭代升级|升级|启用|运用|推广|共建|制定|试行|首创|探索|开通|上线|发挥|做优|做强|深入|坚持|全面|持续|常态化|擦亮|打响|承接|搭建|出席|召开|举办|参加|参与)/u;
const ACTION_BEFORE_G = new RegExp(ACTION_BEFORE.source, 'gu');

function leftModifier(text: string, at: number): string {
  let s = at;
  while (s > 0 && at - s < 12 && /[\u4e00-\u9fa5A-Za-z0-9]/u.test(text[s - 1]!)) s--;
  const w = text.slice(s, at);
  let cut = 0;
  for (const m of w.matchAll(BOUNDARY)) cut = Math.max(cut, m.index + m[0].length);
  for (const m of w.matchAll(/[和与及]/gu)) cut = Math.max(cut, m.index + 1);
  for (const m of w.matchAll(ACTION_BEFORE_G)) cut = Math.max(cut, m.index + m[0].length);
  // A count of sites (开展26个园区“标准地+承诺制”改革) says how many, not which: no modifier.
  if (/\d+(?:\.\d+)?[个项家批处类]/u.test(w.slice(cut))) return '';
  return w.slice(cut).replace(LEAD_TRIM, '');
}

export function quotedCandidates(text: string): Candidate[] {
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
      // “环保油”查处经验全市推广: an experience or practice named by the quoted term is an initiative.
      const practice = ATTACH.test(after) ? null : EXPERIENCE_AFTER.exec(after);
      const attach = ATTACH.exec(after)?.[0] ?? practice?.[1] ?? '';
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
      const selfSuffixed = STRONG_SUFFIX.test(core) || lexTrie.scan(matchKey(core)).length > 0;
      // “阳光政府”, “清新城区”: a goal the area sets itself, unless a reform noun follows (“数字政府”改革).
      if (!attach && GOAL_END.test(core)) continue;
      // “11+2”, “IT+BT+低碳”: a formula of counts and letters names a plan's parts, unless a reform
      // noun follows (“1+11”区域调解品牌); 总部+基地, 互联网+监管 keep their words.
      if (!attach && FORMULA.test(core)) continue;
      if (
        !attach &&
        !practice &&
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

// A spatial layout written as counts of places (一芯两核多支点, 三城一港, 一脊一带二十廊) is a plan's shape,
// not a reform.
const LAYOUT =
  /^(?:[一二三四五六七八九十百两双多\d]+(?:芯|核|极|带|廊|轴|脊|心|圈|城|港|区|片|点|支点|翼|环|谷|湾|园|星|星座|中心|廊道|板块|组团|路)[、，,]?){2,}$/u;

function acceptQuoted(core: string, before: string, after: string): boolean {
  if (core.length < 2 || STOP.has(reformKey(core))) return false;
  if (LAYOUT.test(core)) return false;
  // 绿水青山就是金山银山: a sentence-like slogan.
  if (/就是|才是|即是/u.test(core)) return false;
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
