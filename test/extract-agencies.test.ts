// Agencies: canonical names from abbreviations and level prefixes resolved against the report's place.
import { describe, expect, it } from 'vitest';
import { agencyPrefix, canonicalName } from '../server/extract/agencies/canonical.ts';
import type { AuthorRef, PlaceSpan } from '../server/extract/agencies/hits.ts';
import { scanAgencies } from '../server/extract/agencies/scan-agencies.ts';
import { loadGazetteer } from '../server/extract/gazetteer.ts';
import { agencyLexicon } from '../server/extract/lexicon.ts';
import { contextFor, extractJurisdictions } from '../server/extract/places.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

const names = (file: string): string[] => seedReport(file).agencies.map((a) => a.name);
const byName = (file: string, name: string) => seedReport(file).agencies.find((a) => a.name === name);

/** Scans a snippet as if it sat in a report of `selfKey` written by `author`. */
function scan(text: string, selfKey: string, author: AuthorRef | null = null) {
  const ctx = contextFor(selfKey, 2023);
  const places: PlaceSpan[] = extractJurisdictions(text, ctx)
    .flatMap((j) =>
      j.mentions
        .filter((m) => m.surface !== '省' && !/^(全|我|本)/u.test(m.surface))
        .map((m) => ({ start: m.start, end: m.end, key: j.key })),
    )
    .sort((a, b) => a.start - b.start);
  return scanAgencies({ text, places, ctx, author });
}

describe('agency names on real seed text', () => {
  it('resolves a city bureau report: 市自规局, 省建设厅, 住建部, 住建部办公厅, 执法局, 党委, 我局', () => {
    const f = SEEDS.jiaxingJianshe2023;
    expect(names(f)).toEqual(
      expect.arrayContaining([
        '嘉兴市住房和城乡建设局',
        '中共嘉兴市住房和城乡建设局委员会',
        '中共中央办公厅',
        '国务院办公厅',
        '中华人民共和国住房和城乡建设部',
        '中华人民共和国住房和城乡建设部办公厅',
        '浙江省住房和城乡建设厅',
        '中共浙江省委全面深化改革委员会办公室',
        '嘉兴市人民政府',
        '嘉兴市自然资源和规划局',
        '嘉兴市综合行政执法局',
      ]),
    );
    expect(byName(f, '嘉兴市自然资源和规划局')?.aliases).toContain('市自规局');
    expect(byName(f, '浙江省住房和城乡建设厅')?.aliases).toEqual(
      expect.arrayContaining(['省建设厅', '省厅']),
    );
    // 嘉兴市建设局 and 我局 are the author itself, not new bodies.
    expect(byName(f, '嘉兴市住房和城乡建设局')?.aliases).toEqual(
      expect.arrayContaining(['我局', '嘉兴市建设局']),
    );
  });

  it('reads 市 as the county-level city itself in a 温岭市 report', () => {
    const f = SEEDS.wenlingJianshe2021;
    expect(names(f)).toEqual(
      expect.arrayContaining([
        '中华人民共和国国务院',
        '浙江省人民政府',
        '台州市人民政府',
        '温岭市人民政府',
        '中共温岭市委机构编制委员会办公室',
        '温岭市大数据发展管理局',
        '台州市住房和城乡建设局',
      ]),
    );
    expect(byName(f, '温岭市人民政府')?.aliases).toContain('市政府');
    expect(byName(f, '温岭市大数据发展管理局')?.aliases).toContain('温岭大数据局');
  });

  it('gives districts their city prefix and resolves congress, CPPCC, party and town justice offices', () => {
    const f = SEEDS.nanhu2023;
    expect(names(f)).toEqual(
      expect.arrayContaining([
        '中共嘉兴市委员会',
        '中共嘉兴市南湖区委员会',
        '嘉兴市南湖区人民政府',
        '中共嘉兴市南湖区委全面依法治区委员会',
        '嘉兴市南湖区司法局',
        '嘉兴市南湖区人民代表大会常务委员会',
        '嘉兴市南湖区人民代表大会',
        '中国人民政治协商会议嘉兴市南湖区委员会',
        '中共浙江省委政法委员会',
        '嘉兴市南湖区司法局新丰司法所',
        '嘉兴市南湖区企业综合服务中心',
      ]),
    );
    // 党委巡察 in a government's report is the generic phrase, not a body.
    expect(names(f).some((n) => n.includes('党委'))).toBe(false);
  });

  it('never lists generic collectives', () => {
    for (const f of Object.values(SEEDS)) {
      for (const n of names(f)) expect(n).not.toMatch(/^(各部门|局属各单位|市级部门|相关部门)$/u);
    }
  });
});

describe('agency resolution rules', () => {
  it('maps level prefixes from the report context', () => {
    const hits = scan('会同市自规局、市监局和区司法局开展检查，报省司法厅备案。', '330402');
    expect(hits.map((h) => h.name)).toEqual([
      '嘉兴市自然资源和规划局',
      '嘉兴市市场监督管理局',
      '嘉兴市南湖区司法局',
      '浙江省司法厅',
    ]);
  });

  it('keeps pre-2018 bodies as named (县安监局, 县工商局, 县食药监局) and resolves national 总局 and 省药监局', () => {
    const hits = scan(
      '县安监局、县工商局、县质监局、县食药监局、县国土资源局、县环保局联合执法。组建县城市管理综合行政执法局。配合国家市场监督管理总局、省药监局检查。省委全面深化改革委员会审议通过。',
      '330326',
    );
    expect(hits.map((h) => h.name)).toEqual([
      '平阳县安全生产监督管理局',
      '平阳县工商行政管理局',
      '平阳县质量技术监督局',
      '平阳县食品药品监督管理局',
      '平阳县国土资源局',
      '平阳县环境保护局',
      '平阳县综合行政执法局',
      '国家市场监督管理总局',
      '浙江省药品监督管理局',
      '中共浙江省委全面深化改革委员会',
    ]);
  });

  it('follows the kind of body the text writes: 区卫健委 is a commission, 区水务局 not a 水利局', () => {
    const hits = scan('区卫健委、区发改委、区水务局、区审批局、区卫健局、区发改局参与。', '320506');
    expect(hits.map((h) => h.name)).toEqual([
      '苏州市吴中区卫生健康委员会',
      '苏州市吴中区发展和改革委员会',
      '苏州市吴中区水务局',
      '苏州市吴中区行政审批局',
      '苏州市吴中区卫生健康局',
      '苏州市吴中区发展和改革局',
    ]);
  });

  it('keeps 自然资源局, 规划局 and 城管局 as written outside the Zhejiang merged names', () => {
    const hits = scan('市自然资源局、市规划局、市城管局、市城管执法局、市自规局联合检查。', '320100');
    expect(hits.map((h) => h.name)).toEqual([
      '南京市自然资源局',
      '南京市规划局',
      '南京市城市管理局',
      '南京市城市管理行政执法局',
      '南京市自然资源和规划局',
    ]);
  });

  it('reads 我院 as a court author, skips 各基层法院 and 各地级以上市, knows 工业和信息化厅', async () => {
    const { extractReport } = await import('../server/extract/index.ts');
    const court = extractReport(
      '杭州市中级人民法院2020年度法治建设工作报告\n我院认真贯彻落实。各基层法院、市检察院参与。\n杭州市中级人民法院\n2021年1月1日',
      'court.txt',
    );
    expect(court.agencies.map((a) => [a.name, a.mentions.map((m) => m.surface)])).toEqual([
      ['杭州市中级人民法院', ['杭州市中级人民法院', '我院', '杭州市中级人民法院']],
      ['杭州市人民检察院', ['市检察院']],
    ]);
    const hits = scan('会同省工业和信息化厅、省人力资源社会保障厅，指导各地级以上市司法局推进。', '440000');
    expect(hits.map((h) => h.name)).toEqual(['广东省工业和信息化厅', '广东省人力资源和社会保障厅']);
  });

  it('treats a subsequence abbreviation of the author as the author (发改局 for 发展改革和经济信息化局)', () => {
    const author: AuthorRef = {
      name: '杭州市上城区发展改革和经济信息化局',
      jurisdictionKey: '330102',
      body: '发展改革和经济信息化局',
      entry: null,
      isGovernment: false,
    };
    const hits = scan('发改局认真落实法治建设第一责任人职责规定，我局成立领导小组。', '330102', author);
    expect(hits.map((h) => [h.surface, h.name, h.self])).toEqual([
      ['发改局', '杭州市上城区发展改革和经济信息化局', true],
      ['我局', '杭州市上城区发展改革和经济信息化局', true],
    ]);
  });

  it('keeps words that only look like bodies out (城市管理 aside, 全市, 社区委员会, 委员)', () => {
    const hits = scan('全市各部门邀请人大代表、政协委员参加，社区委员会配合。', '330400');
    expect(hits.map((h) => h.name)).toEqual(['嘉兴市人民代表大会', '中国人民政治协商会议嘉兴市委员会']);
  });

  it('reads a provincial department report: 我厅, 省发展改革委, 司法部, and skips 各设区市司法局', () => {
    const author: AuthorRef = {
      name: '浙江省司法厅',
      jurisdictionKey: '330000',
      body: '司法厅',
      entry: null,
      isGovernment: false,
    };
    const hits = scan(
      '我厅会同省发展改革委、省市场监管局出台意见，指导各设区市司法局工作，在司法部指导下推进。',
      '330000',
      author,
    );
    expect(hits.map((h) => h.name)).toEqual([
      '浙江省司法厅',
      '浙江省发展和改革委员会',
      '浙江省市场监督管理局',
      '中华人民共和国司法部',
    ]);
  });

  it('keeps central party organs central (中央政法委 is not the city’s 政法委)', () => {
    const hits = scan('诸暨市“枫桥经验”被中央政法委在全国推广，市委政法委牵头落实。', '330600');
    expect(hits.map((h) => h.name)).toEqual(['中共中央政法委员会', '中共绍兴市委政法委员会']);
  });

  it('builds canonical names per level from the lexicon', () => {
    const g = loadGazetteer();
    const fagai = agencyLexicon().bodies.find((b) => b.forms.includes('发改局'))!;
    expect(canonicalName(g, fagai, g.byKey('330400')!)).toBe('嘉兴市发展和改革委员会');
    expect(canonicalName(g, fagai, g.byKey('330482')!)).toBe('平湖市发展和改革局');
    expect(canonicalName(g, fagai, g.nation)).toBe('国家发展和改革委员会');
    // A 委 as written is a commission at every level (县发改委 where counties kept the commission).
    const wei = agencyLexicon().bodies.find((b) => b.forms.includes('发改委'))!;
    expect(canonicalName(g, wei, g.byKey('330482')!)).toBe('平湖市发展和改革委员会');
    expect(agencyPrefix(g, g.byKey('330402')!)).toBe('嘉兴市南湖区');
    expect(agencyPrefix(g, g.byKey('330482')!)).toBe('平湖市');
  });
});
