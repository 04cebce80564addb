// Indicator extraction: numerals and units as written, which indicator a number states (count vs
// rate, received vs concluded, issued vs reviewed vs filed), whose number it is, and what is not an
// observation (targets, plans, courts, wider areas, spans of years). Pure: no database.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../server/extract/index.ts';
import { indicatorDefs } from '../server/extract/indicators/lexicon.ts';
import { chineseNumber, findQuantities } from '../server/extract/indicators/quantities.ts';
import type { IndicatorFact } from '../server/extract/model.ts';
import { MAX_QUOTE } from '../server/extract/quote.ts';
import { MINI_REPORTS } from './fixtures/indicators/mini-reports.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

const brief = (i: IndicatorFact) => `${i.name} ${i.value}${i.unit} ${i.year}`;
const indicatorsOf = (text: string, file = 'x.txt') => extractReport(text, file).indicators ?? [];

function report(body: string, head = '株洲市人民政府关于2022年法治政府建设情况的报告'): string {
  return `${head}\n\n一、2022年主要工作\n${body}\n`;
}

describe('quantities', () => {
  it('reads Chinese numerals', () => {
    expect(chineseNumber('一百二十三')).toBe(123);
    expect(chineseNumber('十五')).toBe(15);
    expect(chineseNumber('三千零五')).toBe(3005);
    expect(chineseNumber('一十二')).toBe(12);
    expect(chineseNumber('二〇二三')).toBe(2023);
    expect(chineseNumber('两万三千')).toBe(23000);
  });

  it('reads full-width digits and ％, thousands separators, 万 multipliers and 万元/亿元', () => {
    const got = findQuantities('受理１２３件，率为９８．５％，共1,024件，1.2万件，罚没款2.35亿元，539万元，一百二十三万元')
      .map((q) => [q.value, q.unit]);
    expect(got).toEqual([
      [123, '件'],
      [98.5, '%'],
      [1024, '件'],
      [12000, '件'],
      [2.35, '亿元'],
      [539, '万元'],
      [123, '万元'],
    ]);
  });

  it('marks approximations and skips wording like 三项制度', () => {
    const q = findQuantities('培训160余人，近700万元，达到96%以上，推行三项制度，共12件');
    expect(q.map((x) => [x.value, x.approximate])).toEqual([
      [160, true],
      [700, true],
      [96, true],
      [12, false],
    ]);
  });
});

describe('lexicon', () => {
  it('lists every indicator the issue names, each with units and a topic', () => {
    const names = indicatorDefs().map((d) => d.name);
    for (const n of [
      'reconsideration_received',
      'reconsideration_concluded',
      'reconsideration_corrected',
      'reconsideration_correction_rate',
      'litigation_cases',
      'litigation_loss_rate',
      'head_appearance_rate',
      'normative_docs_issued',
      'normative_docs_reviewed',
      'normative_docs_filed',
      'major_decisions',
      'legality_reviews',
      'certified_officers',
      'penalty_cases',
      'fines_amount',
      'info_disclosed',
      'info_on_request',
      'fair_competition_reviews',
      'legal_advisers',
    ])
      expect(names).toContain(n);
    for (const d of indicatorDefs()) expect(d.units.length, d.name).toBeGreaterThan(0);
    // Rates are stated in %, counts never are.
    for (const d of indicatorDefs()) expect(d.units.includes('%'), d.name).toBe(d.kind === 'rate');
  });
});

describe('mini reports of other provinces', () => {
  for (const m of MINI_REPORTS) {
    it(`${m.file}: exactly the values a reader takes`, () => {
      const got = indicatorsOf(m.text, m.file).map(brief).sort();
      expect(got).toEqual(m.expected.map((e) => `${e.name} ${e.value}${e.unit} ${e.year}`).sort());
    });
  }

  it('attributes a bureau’s numbers to the bureau and its city', () => {
    const m = MINI_REPORTS.find((r) => r.file.startsWith('zunyi'))!;
    for (const i of indicatorsOf(m.text, m.file)) {
      expect(i.agency).toBe('遵义市生态环境局');
      expect(i.jurisdictionKey).toBe('520300');
    }
  });

  it('quotes verbatim, at most 80 characters, holding the number', () => {
    for (const m of MINI_REPORTS) {
      for (const i of indicatorsOf(m.text, m.file)) {
        const e = i.evidence;
        expect(m.text.slice(e.start, e.end)).toBe(e.quote);
        expect(e.quote.length).toBeLessThanOrEqual(MAX_QUOTE);
        expect(e.passage).toBeGreaterThanOrEqual(0);
      }
    }
  });
});

describe('what is not an observation', () => {
  it('drops targets and plan sections', () => {
    const text = report(
      '力争行政机关负责人出庭应诉率达到100%。目标：行政复议纠错率控制在10%以内。\n二、2023年工作安排\n全年受理行政复议案件不少于50件，主动公开政府信息2000条。',
    );
    expect(indicatorsOf(text)).toEqual([]);
  });

  it('drops numbers about courts, the whole province and other places', () => {
    const text = report(
      '全省法院共受理行政诉讼案件1.5万件。全省行政复议机关受理行政复议案件3万件。醴陵市受理行政复议案件35件。',
    );
    expect(indicatorsOf(text)).toEqual([]);
  });

  it('drops spans of years and 五年来 paragraphs', () => {
    const text = report('2018年以来，共制定规范性文件60件。\n五年来，我们坚持依法行政。\n累计受理行政复议案件800件。');
    expect(indicatorsOf(text)).toEqual([]);
  });

  it('drops comparisons and parts of a stated total', () => {
    const text = report('全年公开政府信息1565条，包括主动公开政府信息732条。行政复议纠错率同比下降3.5%。');
    expect(indicatorsOf(text).map(brief)).toEqual(['info_disclosed 1565条 2022']);
  });

  it('keeps received and concluded apart, and never takes a carried-over case count', () => {
    const text = report('共收到行政复议申请152件，同比上升56.7%，办结127件（含上年度结转6件），其中确认违法2件。');
    expect(indicatorsOf(text).map(brief)).toEqual([
      'reconsideration_received 152件 2022',
      'reconsideration_concluded 127件 2022',
    ]);
  });

  it('drops an indicator stated with two different values for the same year', () => {
    const text = report('全年受理行政复议案件50件。全年受理行政复议案件55件。');
    expect(indicatorsOf(text)).toEqual([]);
  });

  it('takes a year stated at the sentence start', () => {
    const text = report('2021年，受理行政复议案件40件。', '株洲市人民政府关于2022年法治政府建设情况的报告');
    expect(indicatorsOf(text).map(brief)).toEqual(['reconsideration_received 40件 2021']);
  });
});

describe('seeds', () => {
  it('reads the 南湖区 2023 review numbers with quotes', () => {
    const r = seedReport(SEEDS.nanhu2023);
    const got = new Map((r.indicators ?? []).map((i) => [i.name, i]));
    expect(got.get('reconsideration_received')).toMatchObject({ value: 152, unit: '件', year: 2023, jurisdictionKey: '330402', agency: null });
    expect(got.get('reconsideration_concluded')?.value).toBe(127);
    expect(got.get('reconsideration_correction_rate')).toMatchObject({ value: 1.57, unit: '%' });
    expect(got.get('head_appearance_rate')?.evidence.quote).toContain('出庭率达100%');
  });
});
