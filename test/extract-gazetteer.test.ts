// Gazetteer, jurisdiction mentions and passages on real seed text.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../server/extract/gazetteer.ts';
import { splitPassages, headingOf, passageAt } from '../server/extract/passages.ts';
import { contextFor, extractJurisdictions } from '../server/extract/places.ts';

const seed = (name: string): string =>
  readFileSync(new URL(`../seed/reports/${name}.txt`, import.meta.url), 'utf8');
const g = loadGazetteer();
const JIAXING = contextFor('330400', 2023); // 嘉兴市 (the city bureau's report)
const NANHU = contextFor('330402', 2023); // 嘉兴市南湖区

const names = (text: string, ctx = JIAXING): string[] => extractJurisdictions(text, ctx).map((j) => j.name);

describe('gazetteer data', () => {
  it('has the nation, provinces, municipalities without 市辖区, cities, counties and towns', () => {
    expect(g.nation).toMatchObject({ key: '100000', name: '中华人民共和国', level: 'nation' });
    expect(g.byKey('330000')).toMatchObject({ name: '浙江省', level: 'province', parentKey: '100000' });
    expect(g.byKey('310000')).toMatchObject({ name: '上海市', level: 'province' });
    expect(g.byName('市辖区')).toEqual([]);
    expect(g.byKey('310118')).toMatchObject({
      name: '青浦区',
      level: 'county',
      parentKey: '310000',
      fullName: '上海市青浦区',
    });
    expect(g.byKey('330482')).toMatchObject({
      name: '平湖市',
      level: 'county',
      parentKey: '330400',
      fullName: '浙江省嘉兴市平湖市',
    });
    expect(g.byKey('330402103')).toMatchObject({ name: '新丰镇', level: 'town', parentKey: '330402' });
    expect(g.ancestors('330402103').map((p) => p.name)).toEqual([
      '南湖区',
      '嘉兴市',
      '浙江省',
      '中华人民共和国',
    ]);
    // Lookup by full path or by the parent+name path reports write.
    expect(g.byName('嘉兴市南湖区').map((p) => p.key)).toEqual(['330402']);
    expect(g.byName('浙江省嘉兴市南湖区新丰镇').map((p) => p.key)).toEqual(['330402103']);
  });

  it('resolves short forms to full names: 平湖 → 平湖市 in 嘉兴市, 广东 → 广东省', () => {
    const pinghu = g.resolve(g.byName('平湖'), JIAXING);
    expect(pinghu).toMatchObject({ name: '平湖市', parentKey: '330400' });
    expect(g.byKey(pinghu!.parentKey!)!.name).toBe('嘉兴市');
    expect(g.resolve(g.byName('广东'), JIAXING)?.name).toBe('广东省');
    expect(g.resolve(g.byName('嘉兴'), {})?.name).toBe('嘉兴市');
    expect(g.byKey('331127')?.shortNames).toEqual(['景宁']); // 景宁畲族自治县
    const visitors = '2018年,广东、海南、内蒙古、吉林等省市纷纷来我市学习';
    expect(names(visitors, contextFor('330300', 2018))).toEqual([
      '广东省',
      '海南省',
      '内蒙古自治区',
      '吉林省',
      '温州市',
    ]);
  });

  it('keeps a place named for its experience (学习杭州经验)', () => {
    expect(names('学习借鉴杭州经验', contextFor('440305', 2022))).toEqual(['杭州市']);
  });

  it('resolves 新丰镇 by the report context: the one in 南湖区 for a 南湖 report', () => {
    const candidates = g.byName('新丰镇');
    expect(candidates.length).toBeGreaterThanOrEqual(1);
    expect(g.resolve(candidates, NANHU)?.key).toBe('330402103');
    const j = extractJurisdictions('新丰镇开展法治宣传', NANHU);
    expect(j[0]).toMatchObject({ key: '330402103', fullName: '浙江省嘉兴市南湖区新丰镇' });
  });

  it('knows divisions merged since: 江干区 (until 2021), 富阳市 before 富阳区', () => {
    expect(g.byKey('330104')).toMatchObject({ name: '江干区', level: 'county', validUntil: 2021 });
    const hz2019 = contextFor('330100', 2019);
    expect(extractJurisdictions('江干区、下城区综合执法', hz2019).map((j) => [j.name, j.validUntil])).toEqual(
      [
        ['江干区', 2021],
        ['下城区', 2021],
      ],
    );
    expect(g.resolve(g.byName('富阳'), contextFor('330100', 2013))?.name).toBe('富阳市');
    expect(g.resolve(g.byName('富阳'), contextFor('330100', 2020))?.name).toBe('富阳区');
  });
});

describe('scan: no false hits', () => {
  it('skips 枫桥经验, 浙江日报, 嘉兴学院 and road names', () => {
    expect(names('坚持和发展新时代“枫桥经验”')).toEqual([]);
    expect(names('在浙江日报刊发')).toEqual([]);
    expect(names('与嘉兴学院合作,位于南湖路')).toEqual([]);
  });

  it('does not read common words as short county names outside the province (会同, 比如, 富裕)', () => {
    expect(names('会同市自规局联合制定,比如共同富裕', JIAXING)).toEqual([]);
    expect(names('县司法局会同县市场监管局', contextFor('330521', 2020))).toEqual([]);
    // …but after their own province they are places.
    expect(names('与江苏宜兴、安徽广德交流', JIAXING)).toEqual(['江苏省', '宜兴市', '安徽省', '广德市']);
  });

  it('reads a far city short name as a place only where a place fits (株洲钻石 is a company)', () => {
    expect(names('推动果麦文化、株洲钻石等企业相继落户', NANHU)).toEqual([]);
    expect(names('赴深圳学习先进经验', NANHU)).toEqual(['深圳市']);
  });

  it('reads a path 嘉兴市南湖区 as two mentions, the second in the first', () => {
    const j = extractJurisdictions('嘉兴市南湖区人民政府', NANHU);
    expect(j.map((x) => [x.name, x.mentions[0]!.start, x.mentions[0]!.end])).toEqual([
      ['嘉兴市', 0, 3],
      ['南湖区', 3, 6],
    ]);
  });

  it('reads towns of every province inside the report’s province, elsewhere only after their county', () => {
    const KUNSHAN = contextFor('320583', 2022); // 江苏省苏州市昆山市
    const text =
      '在张浦镇、周市镇、千灯镇开展“一支队伍管执法”改革试点。巴城镇在全省率先建成镇级公共法律服务中心。';
    expect(names(text, KUNSHAN)).toEqual(['张浦镇', '周市镇', '千灯镇', '巴城镇', '江苏省']);
    // The same town names in a 嘉兴 report are not read; with their county before them they are.
    expect(names('在张浦镇开展试点。赴江苏省昆山市千灯镇学习。', JIAXING)).toEqual([
      '江苏省',
      '昆山市',
      '千灯镇',
    ]);
  });

  it('takes a bare town name only before a township institution (新丰司法所)', () => {
    expect(extractJurisdictions('新丰司法所、余新司法所先后获评', NANHU).map((j) => j.name)).toEqual([
      '新丰镇',
      '余新镇',
    ]);
    expect(names('新丰收', NANHU)).toEqual([]);
  });
});

describe('extractJurisdictions on seed reports', () => {
  it('resolves self-references: 全省 → 浙江省, 我市/全市 → 嘉兴市, 全国 → 中华人民共和国 in the 嘉兴 report', () => {
    const text = seed('000_0487bdcd1988260a');
    const js = extractJurisdictions(text, JIAXING);
    const byName = new Map(js.map((j) => [j.name, j]));
    expect(byName.get('浙江省')!.mentions.map((m) => m.surface)).toEqual(
      expect.arrayContaining(['全省', '浙江省']),
    );
    expect(byName.get('嘉兴市')!.mentions.map((m) => m.surface)).toEqual(
      expect.arrayContaining(['我市', '全市', '嘉兴市', '嘉兴']),
    );
    expect(byName.get('中华人民共和国')!.mentions.map((m) => m.surface)).toEqual(
      expect.arrayContaining(['全国', '国家']),
    );
    for (const j of js) for (const m of j.mentions) expect(text.slice(m.start, m.end)).toBe(m.surface);
  });

  it('finds every gold jurisdiction of the three annotated seeds', () => {
    const cases: [string, string][] = [
      ['000_0487bdcd1988260a', '330400'],
      ['001_5077eddd7db1c184', '331081'],
      ['002_3f4c336867fb5dca', '330402'],
    ];
    for (const [file, self] of cases) {
      const gold = JSON.parse(
        readFileSync(new URL(`./fixtures/gold/${file}.json`, import.meta.url), 'utf8'),
      ) as { jurisdictions: { name: string }[] };
      const found = extractJurisdictions(seed(file), contextFor(self, null));
      const full = found.flatMap((j) => [j.name, j.fullName]);
      for (const gj of gold.jurisdictions)
        expect(
          full.some((n) => n === gj.name || n.endsWith(gj.name)),
          `${file}: ${gj.name}`,
        ).toBe(true);
    }
  });

  it('reads 我市 in a county-level city report as that city (温岭市), and 健全市场 as nothing', () => {
    const js = extractJurisdictions('我市建立健全市场主体名录库', contextFor('331081', 2021));
    expect(js.map((j) => [j.name, j.mentions.map((m) => m.surface)])).toEqual([['温岭市', ['我市']]]);
  });
});

describe('passages', () => {
  const text = seed('000_0487bdcd1988260a');
  const passages = splitPassages(text);

  it('gives every non-empty line a passage with exact offsets', () => {
    expect(passages.length).toBe(text.split('\n').filter((l) => l.trim().length > 0).length);
    for (const p of passages) expect(text.slice(p.start, p.end)).toBe(text.slice(p.start, p.end).trim());
  });

  it('makes a heading line its own passage and the heading of those below', () => {
    const h = passages.find(
      (p) => text.slice(p.start, p.end) === '一、压实法治建设主体责任,法治工作显现新气象',
    )!;
    expect(h.heading).toBeNull();
    expect(passages[h.index + 1]!.heading).toBe('一、压实法治建设主体责任,法治工作显现新气象');
    const inline = passages.find((p) => text.slice(p.start, p.end).startsWith('(二)创新推出分期竣工验收'))!;
    expect(inline.heading).toBe('(二)创新推出分期竣工验收');
    expect(passageAt(passages, inline.start + 5)).toBe(inline.index);
  });

  it('splits \\r\\n and lone \\r line ends the same way as \\n', () => {
    const lf = splitPassages('一、总体情况\n正文一\n\n正文二');
    for (const variant of ['一、总体情况\r\n正文一\r\n\r\n正文二', '一、总体情况\r正文一\r\r正文二']) {
      const ps = splitPassages(variant);
      expect(ps.map((p) => [variant.slice(p.start, p.end), p.heading])).toEqual(
        lf.map((p) => ['一、总体情况\n正文一\n\n正文二'.slice(p.start, p.end), p.heading]),
      );
    }
  });

  it('recognises the four numbering styles', () => {
    expect(headingOf('三、推进行政决策法治化')?.level).toBe(1);
    expect(headingOf('（二）完善机制。正文')).toMatchObject({
      level: 2,
      title: '（二）完善机制',
      standalone: false,
    });
    expect(headingOf('1.建立制度')?.level).toBe(3);
    expect(headingOf('(3)加强监督')?.level).toBe(4);
    expect(headingOf('2023年,嘉兴市')).toBeNull();
  });
});
