// Report metadata from header lines, the signature block and the body, on the real seed reports.
import { describe, expect, it } from 'vitest';
import { dateLine, extractMetadata } from '../server/extract/metadata/index.ts';
import { SEEDS, seedText } from './helpers/seeds.ts';

describe('extractMetadata on the seeds', () => {
  it('reads a bureau report: title line, 日期 header, author from the title', () => {
    const { meta } = extractMetadata(seedText(SEEDS.jiaxingJianshe2023));
    expect(meta).toMatchObject({
      title: '嘉兴市住房和城乡建设局2023年法治政府建设年度报告',
      author: '嘉兴市住房和城乡建设局',
      jurisdiction: '嘉兴市',
      jurisdictionKey: '330400',
      year: 2023,
      published: '2024-02-27',
    });
  });

  it('skips the index block of a government site and reads the document number', () => {
    const { meta } = extractMetadata(seedText(SEEDS.wenlingJianshe2021));
    expect(meta).toMatchObject({
      title: '温岭市住房和城乡建设局2021年度法治政府建设工作报告',
      author: '温岭市住房和城乡建设局',
      jurisdiction: '温岭市',
      year: 2021,
      published: '2022-01-10',
      docNumber: '温建〔2022〕4号',
    });
  });

  it('gives a joint party–government report to the government and prefers the signature date', () => {
    const { meta, ctx } = extractMetadata(seedText(SEEDS.nanhu2023));
    expect(meta).toMatchObject({
      author: '嘉兴市南湖区人民政府',
      jurisdiction: '南湖区',
      year: 2023,
      published: '2024-02-29',
      docNumber: '南委〔2024〕12号',
    });
    expect(ctx).toMatchObject({ selfKey: '330402', cityKey: '330400', provinceKey: '330000' });
  });

  it('strips 《》 from a title line and takes the year reported on, not the publishing year', () => {
    const { meta } = extractMetadata(seedText(SEEDS.wenzhou2018));
    expect(meta).toMatchObject({
      title: '温州市人民政府关于2018年度法治政府建设工作情况的报告',
      author: '温州市人民政府',
      year: 2018,
      published: '2019-03-25',
    });
  });

  it('finds author and year in the body when there is no title line', () => {
    const { meta } = extractMetadata(seedText(SEEDS.shangchengFagai2023));
    expect(meta.title).toBeNull();
    expect(meta).toMatchObject({
      author: '杭州市上城区发展改革和经济信息化局',
      jurisdiction: '上城区',
      jurisdictionKey: '330102',
      year: 2023,
      published: null,
    });
  });
});

describe('metadata pieces', () => {
  it('parses signature dates in Arabic and Chinese numerals', () => {
    expect(dateLine('2024年2月29日')).toBe('2024-02-29');
    expect(dateLine('二〇二四年二月二十九日')).toBe('2024-02-29');
    expect(dateLine('2024年13月1日')).toBeNull();
    expect(dateLine('现将情况报告如下')).toBeNull();
  });

  it('reads 现将我局2023年度… when the body is all there is', () => {
    const { meta } = extractMetadata(
      '现将我局2022年度法治政府建设工作情况报告如下:\n一、主要做法\n温岭市住房和城乡建设局持续推进依法行政。我局严格执法。',
    );
    expect(meta.year).toBe(2022);
    expect(meta.author).toBe('温岭市住房和城乡建设局');
  });

  it('leaves the author null rather than guessing when nothing names it', () => {
    const { meta } = extractMetadata('一、主要工作\n加强学习。');
    expect(meta.author).toBeNull();
    expect(meta.year).toBeNull();
  });
});

describe('title shapes seen elsewhere', () => {
  it('drops the 名称： label of a disclosure table from the title', () => {
    const { meta } = extractMetadata(
      '索引号：000014349/2022-00045\n发布机构：岳麓区司法局\n名称： 长沙市岳麓区人民政府关于2021年法治政府建设工作情况的报告\n2021年，岳麓区深入学习贯彻习近平法治思想。\n长沙市岳麓区人民政府\n2022年3月10日',
    );
    expect(meta).toMatchObject({
      title: '长沙市岳麓区人民政府关于2021年法治政府建设工作情况的报告',
      author: '长沙市岳麓区人民政府',
      year: 2021,
    });
  });

  it('joins an issuer line to the 关于… line below it, as official documents break the title', () => {
    const { meta } = extractMetadata(
      '四川省成都市温江区人民政府\n关于2017年法治政府建设工作情况的报告\n温江府〔2018〕12号\n2017年，区政府全面推进依法行政。\n成都市温江区人民政府\n二〇一八年三月十日',
    );
    expect(meta).toMatchObject({
      title: '四川省成都市温江区人民政府关于2017年法治政府建设工作情况的报告',
      author: '成都市温江区人民政府',
      jurisdiction: '温江区',
      year: 2017,
      published: '2018-03-10',
      docNumber: '温江府〔2018〕12号',
    });
  });

  it('reads a bare place before the year as that place’s government', () => {
    const { meta } = extractMetadata(
      '平湖市2022年法治政府建设年度报告\n2022年,全市上下深入推进法治政府建设。\n平湖市人民政府\n2023年1月30日',
    );
    expect(meta).toMatchObject({
      author: '平湖市人民政府',
      jurisdiction: '平湖市',
      year: 2022,
      published: '2023-01-30',
    });
  });

  it('takes the place after 关于 and a year in Chinese numerals', () => {
    const { meta } = extractMetadata('关于嘉兴市二〇二一年度法治政府建设情况的报告\n现将有关情况报告如下。');
    expect(meta).toMatchObject({ author: '嘉兴市人民政府', jurisdiction: '嘉兴市', year: 2021 });
  });
});
