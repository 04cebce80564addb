// The spread timeline model (grouping, order, year filter) and the reader's quote location.
import { describe, expect, it } from 'vitest';
import { groupName, spreadModel } from '../client/src/spread-model.ts';
import { locateQuote } from '../client/src/views/reader.ts';
import type { Diffusion, JurisdictionRef } from '../client/src/types.ts';

const zj: JurisdictionRef = {
  id: 'j:33',
  name: '浙江省',
  level: 'PROVINCE',
  parent: { id: 'j:0', name: '中华人民共和国', level: 'NATION' },
};
const wz: JurisdictionRef = { id: 'j:3303', name: '温州市', code: '330300', level: 'CITY', parent: zj };
const jx: JurisdictionRef = { id: 'j:3304', name: '嘉兴市', code: '330400', level: 'CITY', parent: zj };
const nh: JurisdictionRef = { id: 'j:330402', name: '南湖区', code: '330402', level: 'COUNTY', parent: jx };
const reform = { id: 'reform:x', name: '双随机、一公开' };
const ev = (year: number) => [
  { quote: `q${year}`, start: 0, end: 5, report: { id: `r${year}`, name: `报告${year}`, year } },
];

const d: Diffusion = {
  reform: {
    ...reform,
    aliases: [],
    adoptions: [
      { reform, jurisdiction: nh, year: 2023, evidence: ev(2023) },
      { reform, jurisdiction: jx, year: 2023, evidence: ev(2023) },
      { reform, jurisdiction: wz, year: 2018, evidence: ev(2018) },
    ],
  },
  pilots: [{ jurisdiction: nh, year: 2021, evidence: ev(2021) }],
  promotions: [{ scope: zj, year: null, evidence: [] }],
  firsts: [],
};

describe('spreadModel', () => {
  it('orders places by their first event, groups by province · city, spans every year', () => {
    const m = spreadModel(d);
    expect(m.order.map((r) => r.jurisdiction.name)).toEqual(['温州市', '南湖区', '嘉兴市']);
    expect(m.groups.map((g) => [g.name, g.rows.map((r) => r.jurisdiction.name)])).toEqual([
      ['浙江省 · 温州市', ['温州市']],
      ['浙江省 · 嘉兴市', ['南湖区', '嘉兴市']],
    ]);
    expect(m.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(m.order[1]!.events.map((e) => [e.kind, e.year])).toEqual([
      ['pilot', 2021],
      ['adoption', 2023],
    ]);
  });

  it('drops events outside the year range (undated ones have no place on a timeline)', () => {
    const m = spreadModel(d, { from: null, to: 2018 });
    expect(m.order.map((r) => r.jurisdiction.name)).toEqual(['温州市']);
    expect(m.years).toEqual([2018]);
  });

  it('groups a province-level place under itself', () => {
    expect(groupName(zj)).toBe('浙江省');
    expect(groupName({ id: 'x', name: '某地' })).toBe('某地');
  });
});

describe('locateQuote', () => {
  const text = '一、总体情况。全面推行“双随机、一公开”监管。二、其他。';
  it('trusts offsets that point at the quote', () => {
    const start = text.indexOf('双随机');
    expect(locateQuote(text, start, start + 3, '双随机')).toEqual({ start, end: start + 3 });
  });
  it('finds the quote when the offsets are off', () => {
    const start = text.indexOf('全面推行');
    expect(locateQuote(text, 0, 4, '全面推行')).toEqual({ start, end: start + 4 });
  });
  it('gives null when neither the offsets nor the quote fit', () => {
    expect(locateQuote(text, 500, 510, '不存在')).toBeNull();
  });
});
