// Diffusion facts with evidence: adoption, pilots, promotions, learning, firsts, citations, issuing,
// cooperation — and the evidence contract (verbatim, ≤ 80 chars, offsets into the text).
import { describe, expect, it } from 'vitest';
import type { ExtractedReport, Fact } from '../server/extract/model.ts';
import { reformKey } from '../server/extract/normalize.ts';
import { MAX_QUOTE, evidenceAt } from '../server/extract/quote.ts';
import { splitPassages } from '../server/extract/passages.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

type Of<K extends Fact['kind']> = Extract<Fact, { kind: K }>;
const facts = <K extends Fact['kind']>(r: ExtractedReport, kind: K): Of<K>[] =>
  r.facts.filter((f): f is Of<K> => f.kind === kind);
const reformName = (r: ExtractedReport, key: string | null): string | null =>
  key === null ? null : (r.reforms.find((x) => x.key === key)?.name ?? key);

describe('adoption', () => {
  it('dates 双随机、一公开 by each report’s year and quotes the right report', () => {
    const key = reformKey('双随机、一公开');
    const expected: [string, string, number][] = [
      [SEEDS.wenzhou2018, '330300', 2018],
      [SEEDS.wenlingJianshe2021, '331081', 2021],
      [SEEDS.jiaxingJianshe2023, '330400', 2023],
      [SEEDS.nanhu2023, '330402', 2023],
      [SEEDS.shangchengFagai2023, '330102', 2023],
    ];
    for (const [file, place, year] of expected) {
      const r = seedReport(file);
      const a = facts(r, 'adopts').find((f) => f.reform === key);
      expect(a, file).toMatchObject({ jurisdiction: place, year, agency: r.report.author });
      expect(a!.evidence.quote).toMatch(/双随机/u);
      expect(r.text.slice(a!.evidence.start, a!.evidence.end)).toBe(a!.evidence.quote);
    }
  });

  it('takes an earlier start year written with the first mention', async () => {
    const { extractReport } = await import('../server/extract/index.ts');
    const text =
      '嘉兴市人民政府关于2023年度法治政府建设工作情况的报告\n一、主要工作\n自2021年起全面推行“证照分离”改革，成效明显。深化“最多跑一次”改革。\n嘉兴市人民政府\n2024年2月1日';
    const r = extractReport(text, 'dated.txt');
    const years = Object.fromEntries(facts(r, 'adopts').map((f) => [reformName(r, f.reform), f.year]));
    expect(years).toMatchObject({ 证照分离: 2021, 最多跑一次: 2023 });
  });

  it('has 温州市 adopt 最多跑一次 in 2018', () => {
    const r = seedReport(SEEDS.wenzhou2018);
    expect(facts(r, 'adopts').find((f) => f.reform === reformKey('最多跑一次'))).toMatchObject({
      jurisdiction: '330300',
      year: 2018,
    });
  });
});

describe('pilots', () => {
  it('gives one pilot per named area (确定由嘉善县、平湖市、海盐县为县级试点; 在平湖、海宁试点推出…)', () => {
    const r = seedReport(SEEDS.jiaxingJianshe2023);
    const got = facts(r, 'pilots').map((f) => `${reformName(r, f.reform)}@${f.jurisdiction}`);
    expect(got).toEqual(
      expect.arrayContaining([
        '农房建设综合监管改革@330400', // 获得省厅…市级试点: the reporter
        '农房建设综合监管改革@330421', // 嘉善县
        '农房建设综合监管改革@330482', // 平湖市
        '农房建设综合监管改革@330424', // 海盐县
        '智能建造试点@330400',
      ]),
    );
    const pinghu = facts(r, 'pilots')
      .filter((f) => f.jurisdiction === '330482')
      .map((f) => reformName(r, f.reform));
    expect(pinghu.some((n) => /涉.涉.*一件事改革|涉路涉绿/u.test(n ?? ''))).toBe(true);
    const pf = facts(r, 'pilots').find((f) => f.jurisdiction === '330421')!;
    expect(pf.evidence.quote).toContain('确定由嘉善县、平湖市、海盐县为县级试点');
  });

  it('gives the reporter the pilots it joined (入选省…试点, …全国试点为契机)', () => {
    const r = seedReport(SEEDS.nanhu2023);
    const mine = facts(r, 'pilots')
      .filter((f) => f.jurisdiction === '330402')
      .map((f) => reformName(r, f.reform));
    expect(mine).toEqual(
      expect.arrayContaining([
        '政务服务现场管理标准化',
        '个体工商户信用体系建设',
        '规范行政执法队伍人员编制管理',
        '知识产权保护警务联络官制度',
      ]),
    );
  });
});

describe('promotions, learning and firsts', () => {
  it('promotes to the province or the nation, from the place whose experience it is', () => {
    const r = seedReport(SEEDS.jiaxingJianshe2023);
    const got = facts(r, 'promoted').map((f) => `${reformName(r, f.reform)}:${f.from}→${f.scope}`);
    expect(got).toEqual(expect.arrayContaining(['智能建造试点:330400→100000']));
    expect(got.some((g) => /:330482→330000$/u.test(g))).toBe(true); // 平湖市…刊发在《竞跑者》…全省推广
    expect(got.some((g) => /:330483→330000$/u.test(g))).toBe(true); // 《桐乡市以“三化”优服务…》…全省推广
    const nanhu = seedReport(SEEDS.nanhu2023);
    const fromTown = facts(nanhu, 'promoted').find((f) => f.from !== '330402');
    expect(nanhu.jurisdictions.find((j) => j.key === fromTown?.from)?.name).toBe('余新镇');
  });

  it('reads benchmarking and visits as learning in both directions', () => {
    const jx = seedReport(SEEDS.jiaxingJianshe2023);
    expect(facts(jx, 'learned')).toMatchObject([{ learner: '330400', teacher: '310000' }]);
    const wz = seedReport(SEEDS.wenzhou2018);
    const learners = facts(wz, 'learned')
      .filter((f) => f.teacher === '330300')
      .map((f) => f.learner);
    expect(learners).toEqual(expect.arrayContaining(['440000', '460000', '220000']));
  });

  it('scopes firsts by 全省/全市/全国 and leaves a bare 率先 unscoped', () => {
    const r = seedReport(SEEDS.nanhu2023);
    const got = facts(r, 'first').map((f) => `${reformName(r, f.reform)}@${f.scope}`);
    expect(got).toEqual(
      expect.arrayContaining(['一证通@330000', '未来政务服务小厅@330400', '民声一键办@null']),
    );
    const wz = seedReport(SEEDS.wenzhou2018);
    expect(facts(wz, 'first').map((f) => `${reformName(wz, f.reform)}@${f.scope}`)).toEqual(
      expect.arrayContaining(['温州掌上微仲裁@100000', '行政复议体制改革@330000']),
    );
  });

  it('learns from every place listed, the most specific of a path, and promotes by the promoting body', async () => {
    const { extractReport } = await import('../server/extract/index.ts');
    const text =
      '宁波市鄞州区人民政府关于2022年度法治政府建设情况的报告\n一、主要成效\n“最多跑一次”改革经验被国务院推广。组织赴江苏苏州、上海浦东学习考察。对标深圳、杭州等先进地区。湖南长沙、四川成都等地先后来我区考察交流。\n宁波市鄞州区人民政府\n2023年3月1日';
    const r = extractReport(text, 'yinzhou.txt');
    expect(facts(r, 'promoted').map((f) => [reformName(r, f.reform), f.scope])).toEqual([
      ['最多跑一次', '100000'],
    ]);
    expect(facts(r, 'learned').map((f) => [f.learner, f.teacher])).toEqual([
      ['330212', '320500'],
      ['330212', '310115'],
      ['330212', '440300'],
      ['330212', '330100'],
      ['430100', '330212'],
      ['510100', '330212'],
    ]);
  });

  it('keeps a scoped first without a named reform, but not the 率先垂范 idiom', async () => {
    const { extractReport } = await import('../server/extract/index.ts');
    const text =
      '昆山市人民政府关于2022年度法治政府建设情况的报告\n一、主要工作\n巴城镇在全省率先建成镇级公共法律服务中心。领导干部在全市率先垂范。\n昆山市人民政府\n2023年2月25日';
    const r = extractReport(text, 'kunshan.txt');
    const firsts = facts(r, 'first');
    expect(firsts.map((f) => [f.reform, f.scope])).toEqual([[null, '320000']]);
    expect(firsts[0]!.evidence.quote).toMatch(/在全省率先建成/u);
  });
});

describe('a district report from elsewhere', () => {
  const text =
    '杭州市西湖区人民政府关于2020年度法治政府建设情况的报告\n一、深化改革\n在全市率先推行企业开办“一件事”集成改革。率先在全省制定《西湖区轻微违法行为不予行政处罚清单》，推行“首违不罚”。区综合行政执法局牵头，在三墩镇、转塘街道开展“一支队伍管执法”试点，试点经验被省司法厅转发全省推广。余杭区、拱墅区先后来我区学习考察。\n杭州市西湖区人民政府\n2021年2月5日';
  it('scopes, pilots, promotes and learns in context', async () => {
    const { extractReport } = await import('../server/extract/index.ts');
    const r = extractReport(text, 'xihu.txt');
    expect(r.report).toMatchObject({
      author: '杭州市西湖区人民政府',
      jurisdictionKey: '330106',
      year: 2020,
      published: '2021-02-05',
    });
    expect(facts(r, 'first').map((f) => `${reformName(r, f.reform)}@${f.scope}`)).toEqual([
      '企业开办一日办结@330100',
      '首违不罚@330000',
    ]);
    const pilots = facts(r, 'pilots').map((f) => r.jurisdictions.find((j) => j.key === f.jurisdiction)?.name);
    expect(pilots).toEqual(['三墩镇', '转塘街道']);
    expect(facts(r, 'promoted').map((f) => [reformName(r, f.reform), f.from, f.scope])).toEqual([
      ['一支队伍管执法', '330106', '330000'],
    ]);
    expect(facts(r, 'learned').map((f) => [f.learner, f.teacher])).toEqual([
      ['330110', '330106'],
      ['330105', '330106'],
    ]);
  });
});

describe('documents', () => {
  it('cites every regulation mention and has the author issue what it made, with its partner', () => {
    const r = seedReport(SEEDS.jiaxingJianshe2023);
    expect(facts(r, 'cites').length).toBe(r.regulations.reduce((n, x) => n + x.mentions.length, 0));
    const issued = facts(r, 'issues')
      .filter((f) => f.agency === '嘉兴市住房和城乡建设局')
      .map((f) => f.regulation);
    expect(issued.length).toBeGreaterThanOrEqual(3);
    expect(facts(r, 'cooperates')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ agency: '嘉兴市住房和城乡建设局', partner: '嘉兴市自然资源和规划局' }),
      ]),
    );
  });
});

describe('evidence', () => {
  it('is always a verbatim slice of at most 80 characters inside its passage', () => {
    for (const file of Object.values(SEEDS)) {
      const r = seedReport(file);
      for (const f of r.facts) {
        const e = f.evidence;
        expect(e.quote.length, `${file} ${f.kind}`).toBeLessThanOrEqual(MAX_QUOTE);
        expect(e.quote.length).toBeGreaterThan(0);
        expect(r.text.slice(e.start, e.end)).toBe(e.quote);
        const p = r.passages[e.passage]!;
        expect(e.start >= p.start && e.end <= p.end, `${file} ${f.kind} ${e.quote}`).toBe(true);
      }
    }
  });

  it('bounds a quote by its clause and cuts long clauses around the trigger', () => {
    const text =
      '一、总体情况\n全面推行“双随机、一公开”监管,实现全覆盖。' +
      '很'.repeat(120) +
      '率先推出“民声一键办”' +
      '很'.repeat(120) +
      '。';
    const passages = splitPassages(text);
    const a = evidenceAt(text, passages, text.indexOf('“双随机'), text.indexOf('监管'));
    expect(a.quote).toBe('全面推行“双随机、一公开”监管');
    const at = text.indexOf('率先');
    const b = evidenceAt(text, passages, at, at + 12);
    expect(b.quote.length).toBe(MAX_QUOTE);
    expect(b.quote).toContain('率先推出“民声一键办”');
    expect(text.slice(b.start, b.end)).toBe(b.quote);
  });
});
