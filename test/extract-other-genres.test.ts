// Reports of other places, levels and genres than the seeds, written here in the style real ones use:
// a special zone's bureau report (管委会, 党工委, the zone's court), a county's work summary with a plan
// part, a city's government work report (review, then the year's plan). Each phrasing of pilots,
// promotions and firsts that other provinces use appears once, so a rule fitted to the seeds shows here.
import { describe, expect, it } from 'vitest';
import { toContract, type ContractReport } from '../server/extract/contract.ts';
import { extractReport } from '../server/extract/index.ts';
import type { ExtractedReport, Fact } from '../server/extract/model.ts';
import { reformKey } from '../server/extract/normalize.ts';

const ZONE_BUREAU_2023 = `兰州新区司法局2023年法治政府建设年度报告
2023年，在新区党工委、管委会的坚强领导下，我局深入推进法治政府建设，现将有关情况报告如下。
一、主要工作
（一）加强组织领导。新区管委会主要负责人履行推进法治建设第一责任人职责。配合新区人民法院、新区人民检察院开展府院联动。管委会经济发展局、管委会办公室、区市场监管局、省司法厅、市司法局联合开展“双随机、一公开”监管。
（二）打造“法润新区”品牌，该做法获评全省法治政府建设典型案例，被省司法厅予以全省推广。
（三）创新“园区法务驿站”服务模式，试行企业合规第三方监督评估机制。入选省委改革办第三批创新举措。
（四）我区被列为全省行政复议体制改革试点，承担国家级综合行政执法改革试点任务。获批全省首个数字经济发展试验区。
二、下一步工作打算
2024年，我局将深化“放管服”改革，力争创建国家级法治政府建设示范区，争取纳入全国“秒批”改革试点。
兰州新区司法局
2024年1月20日`;

const COUNTY_SUMMARY_2022 = `长兴县司法局2022年工作总结暨2023年工作计划
一、2022年工作开展情况
（一）深化矛盾纠纷多元化解。推行“枫桥经验”，首批“共享法庭”试点落地我县。“一网通办”经验在全市推广。我县在全市率先推出行政执法“综合查一次”改革。建成全市首批“法治驿站”。入列全省首批重点产业合规指引目录。
（二）下一步，我局将全面推行“证照分离”改革，计划于2023年6月前试行柔性执法清单。
二、2023年工作计划
（一）开展“法治体检”先行先试，推进“互联网+监管”。
长兴县司法局
2023年1月10日`;

const CITY_GWR_2019 = `各位代表：
现在，我代表湖州市人民政府向大会作政府工作报告，请予审议。
一、2018年工作回顾
过去一年，我们深化“最多跑一次”改革，推行“秒批”服务，全面实施河长制。“创新开路、质量至上”理念深入人心，高质量发展迈出新步伐，先行示范区建设扎实推进。“一芯两核多支点”空间格局初步形成，完成“11+2”产业布局。湖州市中心医院门诊大楼扩建工程竣工。
二、2019年工作安排
今年，我们要深化“放管服”改革，推进“一网通办”，力争成为国家级营商环境创新试点。全面推行街道综合行政执法改革，推广“i湖州”APP。`;

const cache = new Map<string, ExtractedReport>();
function report(text: string): ExtractedReport {
  let r = cache.get(text);
  if (!r) {
    r = extractReport(text, 'other-genres.txt');
    cache.set(text, r);
  }
  return r;
}
const contract = (text: string): ContractReport => toContract(report(text));
const reformOf = (text: string, name: string) => report(text).reforms.find((r) => r.key === reformKey(name));
const factsOf = (text: string, kind: Fact['kind'], name: string): Fact[] =>
  report(text).facts.filter(
    (f) => f.kind === kind && 'reform' in f && f.reform === reformOf(text, name)?.key,
  );

describe('agencies of a special zone resolve against the zone', () => {
  const agencies = () => contract(ZONE_BUREAU_2023).agencies.map((a) => a.name);

  it('reads the zone committee, its party working committee and its court and procuratorate', () => {
    expect(agencies()).toEqual(
      expect.arrayContaining([
        '兰州新区管理委员会',
        '中共兰州新区工作委员会',
        '兰州新区人民法院',
        '兰州新区人民检察院',
      ]),
    );
  });

  it("gives a 管委会's departments to the zone, and 区/省/市 bodies to the zone, its province and city", () => {
    expect(agencies()).toEqual(
      expect.arrayContaining([
        '兰州新区经济发展局',
        '兰州新区管理委员会办公室',
        '兰州新区市场监督管理局',
        '甘肃省司法厅',
        '兰州市司法局',
      ]),
    );
  });

  it('never prefixes a zone named after its city with the city again', () => {
    expect(agencies().some((a) => a.startsWith('兰州市兰州新区'))).toBe(false);
  });
});

describe('pilots, promotions and firsts as other provinces write them', () => {
  it('获评全省…典型案例 and 被省司法厅予以全省推广 promote to the province', () => {
    const scopes = contract(ZONE_BUREAU_2023)
      .promotions.filter((p) => p.reform === '法润新区')
      .map((p) => p.scope);
    expect(scopes.length).toBeGreaterThan(0);
    expect(new Set(scopes)).toEqual(new Set(['甘肃省']));
    expect(factsOf(ZONE_BUREAU_2023, 'promoted', '法润新区').every((f) => f.stage === 'done')).toBe(true);
  });

  it('入选…第N批创新举措 reaches back to the practice of the sentence before', () => {
    expect(
      contract(ZONE_BUREAU_2023)
        .promotions.map((p) => p.quote)
        .join('|'),
    ).toContain('创新举措');
  });

  it('列为全省…试点 and 承担国家级…试点任务 are pilots of the reporter', () => {
    const pilots = contract(ZONE_BUREAU_2023).pilots;
    expect(pilots.map((p) => p.reform)).toEqual(
      expect.arrayContaining(['行政复议体制改革', '综合行政执法改革']),
    );
    expect(pilots.every((p) => p.jurisdiction === '兰州新区')).toBe(true);
  });

  it('首批…试点 and 先行先试 are pilots; 在全市推广 promotes to the city', () => {
    const c = contract(COUNTY_SUMMARY_2022);
    expect(c.pilots.map((p) => p.reform)).toContain('共享法庭');
    expect(c.promotions.find((p) => p.reform === '一网通办')?.scope).toBe('湖州市');
  });

  it('在全市率先 and 全市首批 are firsts; 入列全省首批…目录 is not', () => {
    const firsts = contract(COUNTY_SUMMARY_2022).firsts;
    expect(firsts.find((f) => f.reform === '综合查一次')?.scope).toBe('湖州市');
    expect(firsts.some((f) => f.quote.includes('全市首批') && f.scope === '湖州市')).toBe(true);
    expect(firsts.some((f) => f.quote.includes('入列'))).toBe(false);
  });

  it('获批…试验区 is a pilot of the reporter', () => {
    const c = contract(ZONE_BUREAU_2023);
    expect(c.pilots.map((p) => p.reform)).toContain('数字经济发展试验区');
  });
});

describe('stage: done or planned', () => {
  it('a plan part (二、下一步工作打算 / 二、2023年工作计划) makes its facts planned', () => {
    expect(reformOf(ZONE_BUREAU_2023, '放管服')?.stage).toBe('planned');
    expect(factsOf(ZONE_BUREAU_2023, 'adopts', '放管服')[0]?.stage).toBe('planned');
    expect(reformOf(COUNTY_SUMMARY_2022, '互联网+监管')?.stage).toBe('planned');
    expect(reformOf(ZONE_BUREAU_2023, '府院联动')?.stage).toBe('done');
  });

  it('下一步，…将… and 计划于… in a review are planned', () => {
    expect(reformOf(COUNTY_SUMMARY_2022, '证照分离')?.stage).toBe('planned');
  });

  it('a plan to pilot is not a pilot', () => {
    const pilots = contract(ZONE_BUREAU_2023).pilots.map((p) => p.reform);
    expect(pilots).not.toContain('秒批');
    const planned = factsOf(ZONE_BUREAU_2023, 'pilots', '秒批');
    expect(planned.every((f) => f.stage === 'planned')).toBe(true);
    expect(reformOf(ZONE_BUREAU_2023, '秒批')?.roles).not.toContain('pilot');
  });

  it('a government work report: the review is done, the part after it planned, both when in both', () => {
    expect(reformOf(CITY_GWR_2019, '最多跑一次')?.stage).toBe('done');
    expect(reformOf(CITY_GWR_2019, '秒批')?.stage).toBe('done');
    expect(reformOf(CITY_GWR_2019, '放管服')?.stage).toBe('planned');
    expect(reformOf(CITY_GWR_2019, '街道综合行政执法改革')?.stage).toBe('planned');
    const c = contract(CITY_GWR_2019);
    expect(c.reforms.every((r) => ['done', 'planned', 'both'].includes(r.stage))).toBe(true);
  });

  it('every fact carries a stage', () => {
    for (const t of [ZONE_BUREAU_2023, COUNTY_SUMMARY_2022, CITY_GWR_2019])
      expect(report(t).facts.every((f) => f.stage === 'done' || f.stage === 'planned')).toBe(true);
  });
});

describe('government work reports: slogans are not reforms', () => {
  const names = () => report(CITY_GWR_2019).reforms.flatMap((r) => [r.name, ...r.aliases]);

  it('finds named mechanisms, services, platforms and brands', () => {
    expect(names()).toEqual(expect.arrayContaining(['最多跑一次', '秒批', '河长制', '一网通办']));
  });

  it('drops concepts, goals, statuses, spatial layouts, formulas and construction projects', () => {
    const joined = names().join('|');
    for (const s of ['创新开路', '高质量发展', '先行示范区', '一芯两核多支点', '11+2', '扩建工程'])
      expect(joined).not.toContain(s);
  });
});

describe('one key for the surface forms of a reform', () => {
  it('“放管服”改革, 放管服改革, "放管服" and 放管服 share a key, as do 秒批 and 一网通办 forms', () => {
    const k = reformKey('放管服');
    for (const s of ['“放管服”改革', '放管服改革', '"放管服"', '放管服']) expect(reformKey(s)).toBe(k);
    expect(reformKey('“秒批”')).toBe(reformKey('秒批'));
    expect(reformKey('“一网通办”改革')).toBe(reformKey('一网通办'));
  });

  it('keeps a kind word that is all a name has (综合改革, 体制改革)', () => {
    expect(reformKey('综合改革')).toBe('综合改革');
    expect(reformKey('体制改革')).toBe('体制改革');
  });
});
