// The pure payload → Cytoscape mapping, checked by loading the result into headless Cytoscape.
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import {
  diffusionToSlice,
  edgeId,
  inYearRange,
  newElements,
  sliceToElements,
} from '../client/src/elements.ts';
import { buildStylesheet, KIND_STYLES } from '../client/src/style.ts';
import type { Diffusion, GraphSlice } from '../client/src/types.ts';

const ev = (quote: string, year: number) => ({
  quote,
  start: 10,
  end: 10 + quote.length,
  report: { id: `report:${year}`, name: `报告${year}`, year },
});

const slice: GraphSlice = {
  nodes: [
    { id: 'reform:双随机一公开', type: 'REFORM', label: '双随机、一公开', year: 2018, data: null },
    {
      id: 'jurisdiction:330300',
      type: 'JURISDICTION',
      label: '温州市',
      year: 2018,
      data: '{"code":"330300","level":"CITY","id":"evil"}',
    },
    { id: 'jurisdiction:330402', type: 'JURISDICTION', label: '南湖区', year: 2023, data: 'not json' },
    { id: 'jurisdiction:330300', type: 'JURISDICTION', label: 'duplicate', year: 2018 },
  ],
  edges: [
    {
      id: 'r1',
      source: 'jurisdiction:330300',
      target: 'reform:双随机一公开',
      type: 'ADOPTED',
      year: 2018,
      evidence: [ev('推行双随机', 2018)],
    },
    {
      id: 'r2',
      source: 'jurisdiction:330402',
      target: 'reform:双随机一公开',
      type: 'ADOPTED',
      year: 2023,
      evidence: [],
    },
    { id: 'r3', source: 'jurisdiction:330402', target: 'agency:missing', type: 'OF', year: null },
    { id: 'r1', source: 'jurisdiction:330300', target: 'reform:双随机一公开', type: 'ADOPTED', year: 2018 },
  ],
};

describe('sliceToElements', () => {
  const els = sliceToElements(slice);

  it('prefixes edge ids so they never collide with node ids', () => {
    const edges = els.filter((e) => e.group === 'edges');
    expect(edges.map((e) => e.data.id)).toEqual(['e:r1', 'e:r2']);
    expect(edgeId('e:r1')).toBe('e:r1');
  });

  it('drops duplicate nodes and edges, and edges whose end is not in the slice', () => {
    expect(els.filter((e) => e.group === 'nodes').map((e) => e.data.label)).toEqual([
      '双随机、一公开',
      '温州市',
      '南湖区',
    ]);
    expect(els.some((e) => e.data.id === 'e:r3')).toBe(false);
  });

  it('keeps an edge whose end is already on the canvas', () => {
    const more = sliceToElements(slice, new Set(['agency:missing']));
    expect(more.some((e) => e.data.id === 'e:r3')).toBe(true);
  });

  it('spreads extra display data without letting it overwrite identity, and survives bad JSON', () => {
    const wz = els.find((e) => e.data.label === '温州市')!;
    expect(wz.data).toMatchObject({
      id: 'jurisdiction:330300',
      code: '330300',
      level: 'CITY',
      kind: 'jurisdiction',
      year: 2018,
    });
    expect(wz.classes).toBe('jurisdiction');
    expect(els.find((e) => e.data.label === '南湖区')!.data.code).toBeUndefined();
  });

  it('loads into headless Cytoscape with the stylesheet, evidence kept on the edge', () => {
    const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet(), elements: els });
    expect(cy.nodes().length).toBe(3);
    expect(cy.edges().length).toBe(2);
    const e = cy.getElementById('e:r1');
    expect(e.source().data('label')).toBe('温州市');
    expect(e.data('evidence')[0].quote).toBe('推行双随机');
    expect(cy.getElementById('reform:双随机一公开').style('shape')).toBe(KIND_STYLES.reform!.shape);
    expect(cy.getElementById('jurisdiction:330300').style('shape')).toBe('ellipse');
    cy.getElementById('jurisdiction:330402').addClass('filtered');
    expect(cy.getElementById('jurisdiction:330402').style('display')).toBe('none');
    cy.destroy();
  });

  it('newElements keeps only what is not on the canvas yet', () => {
    const present = new Set(['reform:双随机一公开', 'e:r1']);
    expect(newElements(els, present).map((e) => e.data.id)).toEqual([
      'jurisdiction:330300',
      'jurisdiction:330402',
      'e:r2',
    ]);
  });
});

describe('diffusionToSlice', () => {
  const wz = { id: 'jurisdiction:330300', name: '温州市', code: '330300', level: 'CITY' };
  const d: Diffusion = {
    reform: {
      id: 'reform:x',
      name: '双随机、一公开',
      aliases: [],
      adoptions: [
        { reform: { id: 'reform:x', name: '双随机、一公开' }, jurisdiction: wz, year: 2019, evidence: [] },
        {
          reform: { id: 'reform:x', name: '双随机、一公开' },
          jurisdiction: wz,
          year: 2018,
          evidence: [ev('q', 2018)],
        },
      ],
    },
    pilots: [],
    promotions: [
      { scope: { id: 'jurisdiction:330000', name: '浙江省', level: 'PROVINCE' }, year: 2020, evidence: [] },
    ],
    firsts: [],
  };

  it('is a star around the reform, places at their earliest year, loadable headless', () => {
    const s = diffusionToSlice(d);
    expect(s.nodes.map((n) => n.label)).toEqual(['双随机、一公开', '温州市', '浙江省']);
    expect(s.nodes[1]!.year).toBe(2018);
    expect(s.edges.map((e) => e.type)).toEqual(['ADOPTED', 'ADOPTED', 'PROMOTED_TO']);
    expect(s.edges[2]).toMatchObject({ source: 'reform:x', target: 'jurisdiction:330000' });
    const cy = cytoscape({ headless: true, elements: sliceToElements(s) });
    expect(cy.edges().length).toBe(3);
    cy.destroy();
  });
});

describe('inYearRange', () => {
  it('filters dated elements and lets undated ones through', () => {
    const r = { from: 2018, to: 2020 };
    expect(inYearRange(2018, r)).toBe(true);
    expect(inYearRange(2021, r)).toBe(false);
    expect(inYearRange(2017, r)).toBe(false);
    expect(inYearRange(undefined, r)).toBe(true);
    expect(inYearRange(2030, { from: null, to: null })).toBe(true);
  });
});
