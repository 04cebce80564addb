// The map's data joins against the committed boundary index: code → unit, renamed unit → today's
// unit, towns and zones → points inside their parent, roll-up to the chosen level, the CSV panel.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { adoptionPanelCsv, MAP_CSV_COLUMNS } from '../client/src/map-csv.ts';
import { placeOf, pointOffset, unitAt, type GeoIndex } from '../client/src/map-model.ts';
import { paint, spreadMarks, type MapMark } from '../client/src/map-paint.ts';
import { neighbourhoodMarks } from '../client/src/map-sources.ts';
import { spreadModel } from '../client/src/spread-model.ts';
import { decodeState, defaultState, encodeState } from '../client/src/state.ts';
import type { Diffusion, GraphSlice, JurisdictionRef } from '../client/src/types.ts';

const index = JSON.parse(
  readFileSync(new URL('../client/public/geo/index.json', import.meta.url), 'utf8'),
) as GeoIndex;

const zj: JurisdictionRef = { id: 'j:330000', name: '浙江省', code: '330000', level: 'PROVINCE' };
const hz: JurisdictionRef = { id: 'j:330100', name: '杭州市', code: '330100', level: 'CITY', parent: zj };
const jx: JurisdictionRef = { id: 'j:330400', name: '嘉兴市', code: '330400', level: 'CITY', parent: zj };
const wz: JurisdictionRef = { id: 'j:330300', name: '温州市', code: '330300', level: 'CITY', parent: zj };
const ph: JurisdictionRef = { id: 'j:330482', name: '平湖市', code: '330482', level: 'COUNTY', parent: jx };
const nh: JurisdictionRef = { id: 'j:330402', name: '南湖区', code: '330402', level: 'COUNTY', parent: jx };
const fuyang: JurisdictionRef = {
  id: 'j:330183',
  name: '富阳市',
  code: '330183',
  level: 'COUNTY',
  parent: hz,
};
const jianggan: JurisdictionRef = {
  id: 'j:330104',
  name: '江干区',
  code: '330104',
  level: 'COUNTY',
  parent: hz,
};
const xinfeng: JurisdictionRef = {
  id: 'j:330402103',
  name: '新丰镇',
  code: '330402103',
  level: 'TOWN',
  parent: nh,
};
const zone: JurisdictionRef = {
  id: 'j:zone',
  name: '嘉兴经济技术开发区',
  code: null,
  level: 'COUNTY',
  parent: jx,
};
const qingpu: JurisdictionRef = { id: 'j:310118', name: '青浦区', code: '310118', level: 'COUNTY' };

describe('placeOf: code → unit', () => {
  it('finds a county, a city and a province by GB/T 2260 code with their centroids', () => {
    const p = placeOf(ph, index);
    expect(p).toMatchObject({ code: '330482', kind: 'polygon', historicalName: null, unitName: '平湖市' });
    expect(p.lon).toBeGreaterThan(120.9);
    expect(p.lat).toBeGreaterThan(30.5);
    expect(placeOf(jx, index).code).toBe('330400');
    expect(placeOf(zj, index).code).toBe('330000');
  });

  it('draws a renamed or merged unit as today’s unit and keeps the name the reports used', () => {
    expect(placeOf(fuyang, index)).toMatchObject({
      code: '330111',
      kind: 'polygon',
      historicalName: '富阳市',
      unitName: '富阳区',
    });
    expect(placeOf(jianggan, index)).toMatchObject({
      code: '330102',
      historicalName: '江干区',
      unitName: '上城区',
    });
  });

  it('puts a town at its county and an uncoded zone at its parent, as points', () => {
    expect(placeOf(xinfeng, index)).toMatchObject({ code: '330402', kind: 'point', unitName: '南湖区' });
    expect(placeOf(zone, index)).toMatchObject({ code: '330400', kind: 'point', unitName: '嘉兴市' });
    const { lon, lat } = placeOf(zone, index);
    expect([lon, lat]).toEqual([index.units['330400']![3], index.units['330400']![4]]);
  });

  it('leaves a place with no code and no coded ancestor unplaced', () => {
    expect(placeOf({ id: 'x', name: '某园区', level: 'COUNTY' }, index)).toMatchObject({
      code: null,
      lon: null,
    });
  });
});

describe('unitAt: roll-up to the level drawn', () => {
  it('rolls a county up to its city and province; a city is above the county level', () => {
    expect(unitAt('county', '330482', index)).toBe('330482');
    expect(unitAt('city', '330482', index)).toBe('330400');
    expect(unitAt('province', '330482', index)).toBe('330000');
    expect(unitAt('county', '330400', index)).toBeNull();
    expect(unitAt('city', '330000', index)).toBeNull();
  });

  it('a district of a municipality stands for itself on the city map', () => {
    expect(unitAt('city', qingpu.code!, index)).toBe('310118');
    expect(unitAt('province', qingpu.code!, index)).toBe('310000');
  });
});

describe('paint', () => {
  const mark = (j: JurisdictionRef, key: number): MapMark => ({
    j,
    key,
    color: `c${key}`,
    label: '',
    kinds: [],
  });

  it('fills each unit with its earliest mark, rings places above the level, points for towns and zones', () => {
    const p = paint(
      [mark(nh, 2023), mark(ph, 2019), mark(jx, 2018), mark(xinfeng, 2020), mark(zone, 2021)],
      'county',
      index,
    );
    expect([...p.fills.keys()].sort()).toEqual(['330402', '330482']);
    expect(p.above.map((m) => m.mark.j.name)).toEqual(['嘉兴市']);
    expect(p.points.map((m) => m.mark.j.name)).toEqual(['新丰镇', '嘉兴经济技术开发区']);
    expect([...p.provinces]).toEqual(['330000']);
    const city = paint([mark(nh, 2023), mark(ph, 2019), mark(jx, 2018)], 'city', index);
    expect(city.fills.get('330400')!.map((m) => m.mark.key)).toEqual([2018, 2019, 2023]);
  });

  it('spreads several points in one parent apart', () => {
    const towns = [1, 2, 3, 4].map((i) => mark({ ...xinfeng, id: `t${i}`, code: `33040210${i}` }, 2020));
    const p = paint(towns, 'county', index);
    const spots = new Set(p.points.map((m) => `${m.dx},${m.dy}`));
    expect(spots.size).toBe(4);
    expect(pointOffset(0)).toEqual([0, 0]);
    for (let k = 1; k < 20; k++) expect(Math.hypot(...pointOffset(k))).toBeLessThan(7 * Math.sqrt(k) + 0.2);
  });
});

const reform = { id: 'reform:x', name: '双随机、一公开' };
const ev = (year: number) => [
  { quote: `q${year}`, start: 0, end: 5, report: { id: `r${year}`, name: `报告${year}`, year } },
];
const d: Diffusion = {
  reform: {
    ...reform,
    aliases: [],
    adoptions: [
      { reform, jurisdiction: wz, year: 2018, evidence: ev(2018) },
      { reform, jurisdiction: fuyang, year: 2014, evidence: ev(2014) },
      { reform, jurisdiction: nh, year: 2023, evidence: ev(2023) },
    ],
  },
  pilots: [{ jurisdiction: nh, year: 2021, evidence: ev(2021) }],
  promotions: [{ scope: zj, year: 2022, evidence: ev(2022) }],
  firsts: [],
};

describe('spread marks and the adoption panel CSV', () => {
  it('colours by first year, marks pilots and promotions, and hides what comes after the slider', () => {
    const model = spreadModel(d);
    const all = spreadMarks(model, (r) => String(r.firstYear), null);
    expect(all.map((m) => [m.j.name, m.key, m.kinds])).toEqual([
      ['富阳市', 2014, []],
      ['温州市', 2018, []],
      ['南湖区', 2021, ['pilot']],
      ['浙江省', 2022, ['promotion']],
    ]);
    expect(new Set(all.map((m) => m.color)).size).toBe(4);
    expect(spreadMarks(model, () => '', 2018).map((m) => m.j.name)).toEqual(['富阳市', '温州市']);
  });

  it('writes one row per place with code, level, parent, lon/lat, first year, pilot and promotion years', () => {
    const csv = adoptionPanelCsv(spreadModel(d).order, index);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(MAP_CSV_COLUMNS.join(','));
    expect(lines[1]).toMatch(/^富阳市,330183,county,杭州市,119\.\d+,29\.\d+,2014,,,,330111,富阳区,polygon$/);
    expect(lines[3]).toMatch(
      /^南湖区,330402,county,嘉兴市,120\.\d+,30\.\d+,2021,2021,,,330402,南湖区,polygon$/,
    );
    expect(lines[4]).toMatch(/^浙江省,330000,province,,.*,2022,,2022,,330000,浙江省,polygon$/);
  });
});

describe('neighbourhood marks', () => {
  it('counts the reforms each place shares with the selected one', () => {
    const node = (id: string, type: 'JURISDICTION' | 'REFORM', code?: string) => ({
      id,
      type,
      label: id,
      data: code ? JSON.stringify({ code, level: 'county' }) : null,
    });
    const slice: GraphSlice = {
      nodes: [
        node('a', 'JURISDICTION', '330402'),
        node('b', 'JURISDICTION', '330482'),
        node('c', 'JURISDICTION', '330102'),
        node('r1', 'REFORM'),
        node('r2', 'REFORM'),
      ],
      edges: [
        { id: 'e1', source: 'a', target: 'r1', type: 'ADOPTED' },
        { id: 'e2', source: 'a', target: 'r2', type: 'ADOPTED' },
        { id: 'e3', source: 'b', target: 'r1', type: 'ADOPTED' },
        { id: 'e4', source: 'b', target: 'r2', type: 'ADOPTED' },
        { id: 'e5', source: 'c', target: 'r2', type: 'ADOPTED' },
      ],
    };
    const marks = neighbourhoodMarks('a', slice);
    expect(marks.map((m) => [m.j.id, m.j.code, m.label])).toEqual([
      ['a', '330402', '所选地区'],
      ['b', '330482', '共同改革 2 项'],
      ['c', '330102', '共同改革 1 项'],
    ]);
    expect(marks[1]!.key).toBeLessThan(marks[2]!.key);
  });
});

describe('map state in the URL', () => {
  it('round-trips what the map shows, its level and its zoom; defaults stay out of the link', () => {
    const s = {
      ...defaultState(),
      mode: 'map' as const,
      mapOf: 'compare' as const,
      mapLevel: 'city' as const,
      mapZoom: '330000',
    };
    expect(encodeState(s)).toBe('#mode=map&mo=compare&ml=city&mz=330000');
    expect(decodeState(encodeState(s))).toEqual(s);
    expect(encodeState({ ...defaultState(), mode: 'map' })).toBe('#mode=map');
    const bad = decodeState('#mode=map&ml=town&mz=abc');
    expect([bad.mapLevel, bad.mapZoom]).toEqual([undefined, undefined]);
  });
});
