// Placing and dating reports the rules were not tuned on: hand-written mini reports of other
// provinces, levels and genres (test/fixtures/placement/), each cue on its own, overrides winning.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractMetadata } from '../server/extract/metadata/index.ts';
import { MetaOverrideError } from '../server/extract/metadata/overrides.ts';
import { contextFor, extractJurisdictions } from '../server/extract/places.ts';

const fixture = (name: string): string =>
  readFileSync(join(import.meta.dirname, 'fixtures', 'placement', name), 'utf8');
const meta = (name: string, file = name, overrides = {}) =>
  extractMetadata(fixture(name), file, overrides).meta;

describe('placing reports of other provinces, levels and genres', () => {
  it('places a bureau of a development zone by pattern under its city (title line + signature)', () => {
    expect(meta('zone-bureau.txt')).toMatchObject({
      author: '武汉东湖新技术开发区管委会司法局',
      jurisdiction: '武汉东湖新技术开发区',
      jurisdictionKey: 'name:湖北省武汉市武汉东湖新技术开发区',
      year: 2022,
      published: '2023-01-16',
      genre: 'rule_of_law',
      cues: { author: 'title-line', year: 'title-line', published: 'signature' },
    });
  });

  it('dates a county government work report by its review heading, the place by its file name', () => {
    expect(meta('county-gwr.txt', '德清县2023年政府工作报告.txt')).toMatchObject({
      title: null, // the file name is not the text
      author: '德清县人民政府',
      jurisdictionKey: '330521',
      year: 2022,
      genre: 'government_work',
      cues: {
        author: 'opening-formula',
        jurisdiction: 'file-name',
        year: 'review-heading',
        genre: 'file-name',
      },
    });
  });

  it('reads a town work summary (工作总结暨…计划) from its title', () => {
    expect(meta('town-summary.txt')).toMatchObject({
      author: '德清县新市镇人民政府',
      jurisdiction: '新市镇',
      year: 2023,
      genre: 'work_summary',
    });
  });

  it('reads portal header fields: 标题, 发布机构, 发布时间', () => {
    expect(meta('portal-bureau.txt', 'page.html')).toMatchObject({
      title: '2023年法治政府建设年度报告',
      author: '佛山市南海区司法局',
      jurisdictionKey: '440605',
      year: 2023,
      published: '2024-03-15',
      cues: { title: 'portal-header', author: 'portal-header', published: 'portal-header' },
    });
  });

  it('places a report by its breadcrumb when nothing else names the body', () => {
    expect(meta('breadcrumb.txt', 'x.txt')).toMatchObject({
      author: '成都市温江区人民政府',
      jurisdictionKey: '510115',
      year: 2021,
      cues: { jurisdiction: 'breadcrumb', year: 'body' },
    });
  });

  it('reads a signature with a Chinese-numeral date', () => {
    expect(meta('signature-cn.txt')).toMatchObject({
      author: '昆山市人民政府',
      jurisdictionKey: '320583',
      year: 2023,
      published: '2024-03-05',
      cues: { author: 'signature', published: 'signature' },
    });
  });

  it('fills 我代表省人民政府 with the province the text is about', () => {
    expect(meta('province-gwr.txt', '2024年政府工作报告.txt')).toMatchObject({
      author: '四川省人民政府',
      jurisdictionKey: '510000',
      year: 2023,
      cues: { author: 'opening-formula', jurisdiction: 'body', year: 'review-heading' },
    });
  });

  it('keys a 新区 by the district of the same stem, under the 新区 name', () => {
    expect(meta('new-area-committee.txt', '广州南沙新区管委会2016年工作报告_2016.txt')).toMatchObject({
      author: '广州南沙新区管理委员会',
      jurisdiction: '广州南沙新区',
      jurisdictionKey: '440115',
      year: 2015,
      genre: 'committee_work',
    });
  });

  it('reads place, year and genre from a file name', () => {
    expect(meta('breadcrumb.txt', '深圳市龙华区2019年法治政府建设年度报告.txt')).toMatchObject({
      jurisdictionKey: '440309',
      genre: 'rule_of_law',
      cues: { jurisdiction: 'file-name', genre: 'file-name' },
    });
  });
});

describe('a zone bureau that names itself only in its running text', () => {
  it('places the bureau the opening names twice on its zone', () => {
    const text =
      '　　2023年，赣江新区司法局在新区党工委、管委会的坚强领导下，深入学习贯彻习近平法治思想。现将我局2023年法治政府建设工作情况报告如下：\n' +
      '　　一、主要成效\n　　赣江新区司法局推进“放管服”改革，与南昌市、九江市共同推进。\n';
    expect(extractMetadata(text, '003_abc.txt').meta).toMatchObject({
      author: '赣江新区司法局',
      jurisdiction: '赣江新区',
      year: 2023,
      cues: { author: 'body', jurisdiction: 'body', year: 'body' },
    });
  });
});

describe('functional areas listed with a statistics code', () => {
  it('places 苏州工业园区 and 郑州航空港经济综合实验区 on their own codes', () => {
    const place = (t: string) => extractMetadata(t, 'x.txt').meta;
    expect(
      place('苏州工业园区管理委员会2023年法治政府建设工作报告\n　　2023年，园区坚持依法行政。\n'),
    ).toMatchObject({
      author: '苏州工业园区管理委员会',
      jurisdictionKey: '320576',
      year: 2023,
    });
    expect(
      place(
        '郑州航空港经济综合实验区管委会2022年法治政府建设年度报告\n　　2022年，实验区深入推进依法行政。\n',
      ),
    ).toMatchObject({ jurisdictionKey: '410173', year: 2022 });
  });
});

describe('overrides win over the text', () => {
  it('takes jurisdiction, year and published with their cue; the place’s own government reports', () => {
    const m = meta('county-gwr.txt', 'a.txt', {
      jurisdiction: '安吉县',
      year: 2020,
      published: '2021-01-20',
      cue: 'argument',
    });
    expect(m).toMatchObject({
      jurisdiction: '安吉县',
      author: '安吉县人民政府',
      year: 2020,
      published: '2021-01-20',
      cues: { jurisdiction: 'argument', author: 'argument', year: 'argument', published: 'argument' },
    });
  });

  it('resolves a code and a delivery year (a government work report is about the year before)', () => {
    const m = meta('county-gwr.txt', 'a.txt', { jurisdiction: '330521', delivered: 2019 });
    expect(m).toMatchObject({ jurisdictionKey: '330521', year: 2018, cues: { year: 'manifest' } });
  });

  it('refuses a jurisdiction that names no place with a coded error', () => {
    expect(() => meta('county-gwr.txt', 'a.txt', { jurisdiction: '火星市' })).toThrow(MetaOverrideError);
  });
});

describe('jurisdictions a government work report names in passing', () => {
  const names = (text: string) => extractJurisdictions(text, contextFor('440307', 2021)).map((j) => j.name);

  it('reads towns enumerated before one shared suffix inside the report’s area', () => {
    expect(names('宝龙、横岗、布吉、坂田街道获评全市先进。')).toEqual(
      expect.arrayContaining(['宝龙街道', '横岗街道', '布吉街道', '坂田街道']),
    );
  });

  it('does not read the word 城区 as a district, but does after its city', () => {
    expect(names('提升城区环境，优化中心城区功能。')).not.toContain('城区');
    expect(extractJurisdictions('汕尾市城区', contextFor('440300', 2021)).map((j) => j.name)).toContain(
      '城区',
    );
  });
});
