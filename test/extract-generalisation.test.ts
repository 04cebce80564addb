// Generalisation: short reports written in the style of real 法治政府建设 reports from other provinces,
// levels and years than the seeds. Each mixes named reforms with the routine wording every report uses
// (internal systems, generic mechanisms, goal idioms), so a rule that only fits the seeds shows here.
import { describe, expect, it } from 'vitest';
import { extractReport } from '../server/extract/index.ts';
import type { ExtractedReport } from '../server/extract/model.ts';

const JIANGSU_COUNTY_2020 = `昆山市人民政府关于2020年度法治政府建设情况的报告
2020年，我市坚持以习近平新时代中国特色社会主义思想为指导，全面推进依法行政，法治政府建设取得新成效。
一、深化“放管服”改革
（一）优化营商环境。全面推行证明事项告知承诺制，开展18个工业项目“拿地即开工”改革，相关经验全省推广。开展35个老旧小区加装电梯联审联办，经验做法在全省推广。建立健全重大事项集体决策制度，探索提质增效模式。
（二）规范政务公开。完善政府信息公开申请登记、审核、办理、答复、归档工作制度，形成事前防范、事中控制和事后补救的风险防范机制。
二、推进矛盾纠纷多元化解
构建市、镇、村三级人民调解网络，打造全方位多元调解机制。召开全省行政争议实质性化解试点推进会。
昆山市人民政府
2021年3月10日`;

const GUANGDONG_BUREAU_2022 = `佛山市市场监督管理局2022年法治政府建设年度报告
2022年，我局认真贯彻落实市委、市政府关于法治政府建设的决策部署，现将有关情况报告如下。
一、推进严格规范公正文明执法
（一）全面落实行政执法三项制度。推行包容审慎监管，编制轻微违法行为免罚清单。试点3个镇街食品安全信用积分管理，召开全市电梯安全责任保险试点现场会。
（二）强化执法监督。完善执法案卷评查工作制度，健全行政执法风险防控机制，建立健全局重大行政决策科学决策制度。
二、优化法治化营商环境
开展12个专业市场智慧监管提升，监管经验全省推广。推进“佛山市场监管一张图”建设，参与全市企业信用风险分类监管一张图建设。
佛山市市场监督管理局
2023年1月20日`;

const SICHUAN_DISTRICT_2019 = `成都市武侯区人民政府关于2019年法治政府建设工作情况的报告
一、完善依法行政制度体系
严格落实重大行政决策程序，建立健全共同富裕监测和评估机制。完善政府法律顾问制度，落实行政机关负责人出庭应诉制度。
二、深化行政执法体制改革
推进综合行政执法改革，构建区、街道、社区三级综合执法网络。全面推行“双随机、一公开”监管。参与全省矛盾纠纷调处化解一张图建设，实现“一地创新、全省推广”。探索降本增效模式，构建全方位全覆盖监管体系。
成都市武侯区人民政府
2020年2月28日`;

const SHANDONG_CITY_2024 = `济南市人民政府关于2024年度法治政府建设情况的报告
2024年，全市上下深入学习贯彻习近平法治思想，法治政府建设各项工作扎实推进。
一、持续优化营商环境
深化“高效办成一件事”改革，开展26个园区“标准地+承诺制”改革，经验做法被国务院办公厅推广。试点5个项目工程质量潜在缺陷保险。探索“跨域通办”改革，力争实现“一地创新、全省推广”。
二、加强行政复议和调解
建立行政复议与行政调解衔接机制，健全矛盾纠纷风险防范机制，完善信访事项登记、受理、办理、督办工作制度。
济南市人民政府
2025年3月5日`;

const cache = new Map<string, ExtractedReport>();
function report(text: string): ExtractedReport {
  let r = cache.get(text);
  if (!r) {
    r = extractReport(text, 'generalisation.txt');
    cache.set(text, r);
  }
  return r;
}
const names = (text: string): string[] =>
  report(text).reforms.flatMap((r) => [r.name, ...r.aliases]);
const promotedNames = (text: string): string[] => {
  const r = report(text);
  return r.facts
    .filter((f) => f.kind === 'promoted')
    .map((f) => r.reforms.find((x) => x.key === (f as { reform: string }).reform)?.name ?? '');
};

describe('a 江苏 county-level city, 2020', () => {
  const t = JIANGSU_COUNTY_2020;
  it('finds the named reforms, the practice whose experience spread and the tiered network', () => {
    expect(names(t)).toEqual(
      expect.arrayContaining([
        '证明事项告知承诺制',
        '拿地即开工',
        '老旧小区加装电梯联审联办',
        '三级人民调解网络',
        '行政争议实质性化解试点',
      ]),
    );
  });
  it('promotes both practices to the province', () => {
    expect(promotedNames(t)).toEqual(expect.arrayContaining(['拿地即开工', '老旧小区加装电梯联审联办']));
  });
  it('leaves routine internal systems, generic mechanisms and goal idioms out', () => {
    const all = names(t);
    for (const n of ['重大事项集体决策制度', '提质增效模式', '归档工作制度', '风险防范机制', '全方位多元调解机制'])
      expect(all, n).not.toContain(n);
  });
});

describe('a 广东 city bureau, 2022', () => {
  const t = GUANGDONG_BUREAU_2022;
  it('finds pilots named as the object of 试点 and by their on-site meeting', () => {
    const r = report(t);
    const credit = r.reforms.find((x) => x.name === '食品安全信用积分管理');
    expect(credit?.roles).toContain('pilot');
    // 试点 after the sentence that names the 免罚清单 does not make it a pilot.
    expect(r.reforms.find((x) => x.name === '轻微违法免罚')?.roles).not.toContain('pilot');
    expect(names(t)).toEqual(expect.arrayContaining(['电梯安全责任保险试点', '包容审慎监管', '轻微违法行为免罚清单']));
  });
  it('finds a practice promoted province-wide and a named “一张图” platform', () => {
    expect(names(t)).toEqual(
      expect.arrayContaining(['专业市场智慧监管提升', '企业信用风险分类监管一张图']),
    );
    expect(promotedNames(t)).toContain('专业市场智慧监管提升');
  });
  it('leaves routine internal systems out', () => {
    const all = names(t);
    for (const n of ['执法案卷评查工作制度', '行政执法风险防控机制', '重大行政决策科学决策制度'])
      expect(all, n).not.toContain(n);
  });
});

describe('a 四川 district, 2019', () => {
  const t = SICHUAN_DISTRICT_2019;
  it('finds the named reforms and the tiered enforcement network', () => {
    expect(names(t)).toEqual(
      expect.arrayContaining(['综合行政执法改革', '三级综合执法网络', '双随机、一公开', '政府法律顾问制度']),
    );
  });
  it('reads an achieved “一地创新、全省推广” as the promotion of the platform before it', () => {
    expect(promotedNames(t)).toEqual(['矛盾纠纷调处化解一张图']);
  });
  it('leaves monitoring mechanisms of a policy goal, goal idioms and generic qualifiers out', () => {
    const all = names(t);
    for (const n of ['共同富裕监测和评估机制', '降本增效模式', '全方位全覆盖监管体系'])
      expect(all, n).not.toContain(n);
  });
});

describe('a 山东 city, 2024', () => {
  const t = SHANDONG_CITY_2024;
  it('finds the practice promoted nationally and the piloted insurance', () => {
    expect(names(t)).toEqual(expect.arrayContaining(['高效办成一件事', '工程质量潜在缺陷保险']));
    const r = report(t);
    expect(r.reforms.find((x) => x.name === '工程质量潜在缺陷保险')?.roles).toContain('pilot');
    expect(promotedNames(t).some((n) => /承诺制|标准地/u.test(n))).toBe(true);
    // The count of sites written before a quoted name is not part of any of its spellings.
    expect(names(t).filter((n) => /^\d/u.test(n))).toEqual([]);
  });
  it('does not read a hoped-for “一地创新、全省推广” as a promotion', () => {
    expect(names(SHANDONG_CITY_2024)).toContain('跨域通办');
    expect(promotedNames(SHANDONG_CITY_2024)).not.toContain('跨域通办');
  });
  it('leaves routine procedure systems and risk mechanisms out', () => {
    const all = names(t);
    for (const n of ['风险防范机制', '督办工作制度', '矛盾纠纷风险防范机制'])
      expect(all, n).not.toContain(n);
  });
});
