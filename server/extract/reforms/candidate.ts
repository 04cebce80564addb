// What every candidate source shares: the shape of a candidate span and the words that bound a
// reform name or disqualify one.

export interface Candidate {
  start: number;
  end: number;
  name: string;
  aliases: string[];
  source: 'lexicon' | 'discovered';
  rank: number; // tie-break: lexicon 3 > quoted 2 > phrase 1 > heading 0
  pilot: boolean;
}

export interface Span {
  start: number;
  end: number;
}

export const BOUNDARY =
  /(?:推进|推行|实施|深化|开展|打造|创新|构建|建立健全|建立完善|建立|健全|完善|建成|落实|执行|试行|推出|启用|依托|探索|运用|推广|承接|搭建|形成|实行|强化|加强|加快|提升|优化|迭代升级|迭代|升级|启动|组织|参与|入选|获得|争取|通过|纳入|列入|成立|全面|持续|深入|积极|认真|严格|扎实|不断|进一步|率先|首创|首个|首家|承担|获批|重点|着力|聚焦|围绕|结合|按照|根据|依法|切实|有效|大力|全力|努力|主动|自觉|统筹|配合|协助|指导|督促|推动|支持|引导|鼓励|确保|保障|实现|召开|举办|印发|制定|出台|下发|做好|抓好|发挥|贯彻|同步|牵头|完成|常态化|全域|分别|集中|以(?!案)|(?<![理经自缘])由|(?<![针面相反绝核比应])对|将|把|(?<![行作认成称更列视])为|的|了|等|并|从|(?<![方导面意走流转动])向|于|让|(?<![行促致迫即])使|在全省|在全市|在全国|(?<![存实所现])在(?!线)|是|利用|借助|基于|接入|接通|对标对表|对标|对表|对照|列为|列入|确定为|作为|成为)/gu;
export const LEAD_TRIM =
  /^(?:各类|相关|有关|全区|全市|全省|全县|全国|本级|市级|区级|县级|省级|国家级|我局|我市|我区|一系列|多项|各项|各|该|其|首批|一批|一套|各级|这|本|原|新|省(?![委政厅])|局|以及|及|与|[市区县](?![场民政委级直属内外中])|(?:中央|国家|省|市|区|县)、|、|国家|年度|持续|全面|深化|稳步|有序)+/u;
// Qualifiers, goal idioms and personnel words that describe how or for whom a routine mechanism works
// (全方位多元调解机制, 降本增效模式, 重大事项集体决策制度, 领导干部实绩考核评价体系) come first so they win over
// their single-character prefixes; conjunctions count as generic so 监测和评估机制 leaves only its topic.
const GENERIC_PARTS =
  /全方位|全覆盖|全闭环|全链条|多层次|多元化|多元|立体化|降本增效|提质增效|降本|增效|提质|重大|科学|集体|民主|风险|防控|领导班子|领导干部|实绩|[和与及]|整治|联合|集中|攻坚|工作|管理|内部|长效|考核|协调|沟通|联动|相关|各项|规章|治理|标准|监督|责任|组织|评价|专项|重点|民生|各类|有关|配套|监管|服务|综合|改革|任务|措施|事项|成效|项目|试点|体制|机制|制度|体系|平台|模式|建设|创新|政策|业务|信息|数字|智慧|安全|质量|行业|部门|领域|基层|队伍|法治|法律|依法|政务|全过程|全流程|闭环|常态|新|多|大|规范化|规范|法治化|长效|常态化|调解|审查|防范|宣传|会商|应急|决策|考核|评估|监测|规则|目标|部门|内控|日常/gu;
// Short names that only mean something with what they are written onto (企业开办“一件事”, 监管“一件事”).
export const GENERIC_SHORT_NAME = /^一[件类]事$/u;
// Two-character topics that never name a reform on their own (行政制度, 执法机制).
export const TOPIC_WORD =
  /^(?:行政|依法|执法|审批|监管|服务|管理|工作|考核|内部|法治|法制|安全|质量|信息|数字|智慧|政务|制度|决策|监督|规范|综合|专项|社会|市场|基层|长效|清单|行政执法|依法行政|矛盾纠纷|共同富裕|营商环境|乡村振兴|安全生产|信访|事项)$/u;
export const METRIC = /\d+(?:\.\d+)?(?:个|项|件|次|万|亿|%|家|人|名|批|场|余)/u;
export const METRIC_AFTER = /^(?:率|开通率|覆盖率|激活率|完成率|人均|次数|数量|案件数)/u;

export const strip = (s: string): string => s.replace(/[“”"‘’]/gu, '');

export function genericCore(core: string): boolean {
  // What is left after the generic parts must name something: 依法行政制度体系 leaves 行政, a topic.
  const rest = core.replace(GENERIC_PARTS, '');
  return rest.length < 2 || TOPIC_WORD.test(rest);
}
