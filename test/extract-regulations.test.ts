// Regulations: 《》 titles (with lost marks recovered), kinds, issuers, effective dates, short references.
import { describe, expect, it } from 'vitest';
import { contextFor } from '../server/extract/places.ts';
import { extractRegulations, kindOf, titleSpans } from '../server/extract/regulations.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

const reg = (file: string, title: string) => seedReport(file).regulations.find((r) => r.title === title);
const titles = (file: string): string[] => seedReport(file).regulations.map((r) => r.title);

describe('regulations in the seeds', () => {
  it('reads the effective date of 《嘉兴市城市绿化条例》 and joins 《条例》 to it', () => {
    const r = reg(SEEDS.jiaxingJianshe2023, '嘉兴市城市绿化条例');
    expect(r).toMatchObject({ kind: 'local_regulation', jurisdictionKey: '330400', effective: '2023-03-01' });
    // Two full mentions and the short 《条例》 reference.
    expect(r!.mentions.map((m) => m.surface)).toEqual([
      '《嘉兴市城市绿化条例》',
      '《条例》',
      '《嘉兴市城市绿化条例》',
    ]);
    expect(titles(SEEDS.jiaxingJianshe2023)).not.toContain('条例');
  });

  it('recovers a title whose opening 《 is missing, starting at 关于', () => {
    expect(reg(SEEDS.jiaxingJianshe2023, '关于开展分阶段办理建筑工程施工许可的实施意见(试行)')).toMatchObject(
      { kind: 'normative_document', jurisdictionKey: '330400' },
    );
  });

  it('leaves periodicals and article titles out', () => {
    const t = titles(SEEDS.jiaxingJianshe2023);
    expect(t).not.toContain('竞跑者');
    expect(t.some((x) => x.startsWith('桐乡市以'))).toBe(false);
    expect(t).toHaveLength(13);
  });

  it('knows laws, party regulations and issuers named before the title', () => {
    const f = SEEDS.jiaxingJianshe2023;
    expect(reg(f, '中华人民共和国招标投标法')).toMatchObject({ kind: 'law', jurisdictionKey: '100000' });
    expect(reg(f, '党政主要负责人履行推进法治建设第一责任人职责规定')).toMatchObject({
      kind: 'party_regulation',
      jurisdictionKey: '100000',
    });
    // 住建部办公厅于11月印发的《…清单》: the issuer's level is the issuing area.
    expect(reg(f, '发展智能建造可复制经验做法清单(第二批)')).toMatchObject({
      kind: 'list',
      jurisdictionKey: '100000',
    });
    expect(reg(f, '全面实施公平竞争审查制度')).toMatchObject({ kind: 'other', jurisdictionKey: null });
  });

  it('reads short law names and State Council regulations as national', () => {
    const f = SEEDS.wenlingJianshe2021;
    expect(reg(f, '建筑法')).toMatchObject({ kind: 'law', jurisdictionKey: '100000' });
    expect(reg(f, '建设工程质量管理条例')).toMatchObject({
      kind: 'administrative_regulation',
      jurisdictionKey: '100000',
    });
    expect(reg(f, '台州市物业管理条例')).toMatchObject({
      kind: 'local_regulation',
      jurisdictionKey: '331000',
    });
    expect(reg(f, '2021年法治温岭(政府)建设考核评价细则')).toMatchObject({
      kind: 'normative_document',
      jurisdictionKey: '331081',
    });
    expect(titles(f)).not.toContain('学法用法情况资料汇编');
  });

  it('does not take the report itself for a regulation', () => {
    expect(titles(SEEDS.wenzhou2018).some((t) => t.includes('2018年度法治政府建设工作情况的报告'))).toBe(
      false,
    );
    expect(reg(SEEDS.nanhu2023, '浙江省行政合法性审查工作规定')).toMatchObject({
      kind: 'rule',
      jurisdictionKey: '330000',
    });
  });
});

describe('regulation rules', () => {
  it('recovers a 《 without 》 up to the clause end', () => {
    const spans = titleSpans('依据《浙江省燃气管理条例\n开展检查');
    expect(spans.map((s) => s.title)).toEqual(['浙江省燃气管理条例']);
  });

  it('classifies by wording', () => {
    expect(kindOf('浙江省数字经济促进条例', true)).toBe('local_regulation');
    expect(kindOf('重大行政决策程序暂行条例', false)).toBe('administrative_regulation');
    expect(kindOf('中国共产党纪律处分条例', false)).toBe('party_regulation');
    expect(kindOf('温州市居住房屋出租安全管理办法', true)).toBe('rule');
    expect(kindOf('嘉兴市建设局关于规范施工许可的通知', true)).toBe('normative_document');
    expect(kindOf('法治政府建设实施纲要(2021-2025年)', false)).toBe('plan');
    expect(kindOf('市场准入负面清单(2022年版)', false)).toBe('list');
    expect(kindOf('嘉兴市微电子产业合规管理指引', true)).toBe('guide');
    expect(kindOf('建筑施工安全检查标准', false)).toBe('standard');
  });

  it('keeps a short law national after a city issuer, and periodicals or programme names out', async () => {
    const { extractReport } = await import('../server/extract/index.ts');
    const text =
      '南京市人民政府2020年法治政府建设年度报告\n市政府认真贯彻《中华人民共和国行政许可法》和《民法典》。在《中国司法》《人民司法》刊发经验，制作《法治南京》专题片。\n南京市人民政府\n2021年3月1日';
    const r = extractReport(text, 'nanjing.txt');
    expect(r.regulations.map((x) => [x.title, x.kind, x.jurisdictionKey])).toEqual([
      ['中华人民共和国行政许可法', 'law', '100000'],
      ['民法典', 'law', '100000'],
    ]);
  });

  it('does not give a date leading into the next title to the previous one', () => {
    const text =
      '严格执行《杭州市重大行政决策程序规定》，自2021年1月1日起施行的《杭州市西湖区行政规范性文件管理办法》已完成备案。';
    const { entities } = extractRegulations(text, contextFor('330106', 2020), [], null, null);
    expect(entities.map((e) => [e.title, e.effective])).toEqual([
      ['杭州市重大行政决策程序规定', null],
      ['杭州市西湖区行政规范性文件管理办法', '2021-01-01'],
    ]);
  });

  it('reads an effective date written before the title', () => {
    const text = '认真贯彻自2024年1月1日起施行的《中华人民共和国行政复议法》。';
    const { entities } = extractRegulations(text, contextFor('330402', 2023), [], null, null);
    expect(entities).toMatchObject([
      { title: '中华人民共和国行政复议法', kind: 'law', effective: '2024-01-01' },
    ]);
  });
});
