import { describe, expect, it } from 'vitest';
import { buildGraphRows } from '../server/ingest/graph-rows.ts';
import type { Place, PlaceLookup } from '../server/ingest/jurisdiction-rows.ts';
import { wenzhouReport } from './fixtures/extracted-wenzhou.ts';

// A three-level gazetteer stand-in: the unit under test is the mapping, not the gazetteer.
const PLACES: Record<string, Place> = {
  '100000': { key: '100000', name: '中华人民共和国', level: 'nation', code: null, parentKey: null, fullName: '中华人民共和国' },
  '330000': { key: '330000', name: '浙江省', level: 'province', code: '330000', parentKey: '100000', fullName: '浙江省' },
  '330300': { key: '330300', name: '温州市', level: 'city', code: '330300', parentKey: '330000', fullName: '浙江省温州市' },
  '330303': { key: '330303', name: '龙湾区', level: 'county', code: '330303', parentKey: '330300', fullName: '浙江省温州市龙湾区' },
};
const places: PlaceLookup = (key) => PLACES[key];

describe('buildGraphRows', () => {
  const x = wenzhouReport();
  const rows = buildGraphRows(x, { places });

  it('keys the report and its passages on the first 16 hex digits of the content hash', () => {
    const key = x.contentHash.slice(0, 16);
    expect(rows.reportId).toBe(`report:${key}`);
    expect(rows.report).toMatchObject({ key, contentHash: x.contentHash, source: x.file, year: 2018, jurisdictionId: 'jurisdiction:330300', authorId: 'agency:温州市人民政府' });
    expect(rows.passages.map((p) => p.id)).toEqual([0, 1, 2].map((i) => `passage:${key}:${i}`));
  });

  it('uses the given source as the report identity across versions', () => {
    expect(buildGraphRows(x, { places, source: 'wenzhou-2018' }).report.source).toBe('wenzhou-2018');
  });

  it('loads every jurisdiction with its ancestors up to the nation, ancestors first', () => {
    const ids = rows.jurisdictions.map((j) => j.id);
    expect(ids).toEqual(['jurisdiction:100000', 'jurisdiction:330000', 'jurisdiction:330300', 'jurisdiction:330303']);
    const parent = Object.fromEntries(rows.jurisdictions.map((j) => [j.id, j.parentId]));
    expect(parent).toEqual({
      'jurisdiction:100000': null,
      'jurisdiction:330000': 'jurisdiction:100000',
      'jurisdiction:330300': 'jurisdiction:330000',
      'jurisdiction:330303': 'jurisdiction:330300',
    });
    expect(rows.jurisdictions.find((j) => j.id === 'jurisdiction:100000')?.level).toBe('nation');
  });

  it('maps agencies with OF places and alias surfaces, regulations with ISSUED_IN, reforms on their key', () => {
    expect(rows.agencies.find((a) => a.name === '温州市市场监督管理局')).toEqual({
      id: 'agency:温州市市场监督管理局',
      name: '温州市市场监督管理局',
      aliases: ['市市场监管局'],
      jurisdictionId: 'jurisdiction:330300',
    });
    expect(rows.regulations).toEqual([
      expect.objectContaining({ id: 'regulation:浙江省行政程序办法', kind: 'rule', jurisdictionId: 'jurisdiction:330000' }),
    ]);
    expect(rows.reforms).toEqual([{ id: 'reform:双随机一公开', key: '双随机一公开', name: '双随机一公开', aliases: ['双随机、一公开'] }]);
  });

  it('groups the evidence of one fact read twice into one row of parallel arrays', () => {
    expect(rows.facts.ADOPTED).toHaveLength(1);
    const adopted = rows.facts.ADOPTED[0]!;
    expect(adopted).toMatchObject({ from: 'jurisdiction:330300', to: 'reform:双随机一公开', extra: 'agency:温州市市场监督管理局', year: 2018 });
    expect(adopted.quotes).toEqual(['深入推进“双随机一公开”工作', '“双随机、一公开”在全省推广']);
    adopted.quotes.forEach((q, i) => expect(x.text.slice(adopted.starts[i], adopted.ends[i])).toBe(q));
    expect(adopted.passages).toEqual([1, 2]);
  });

  it('maps every fact kind to its relationship and endpoints', () => {
    expect(rows.facts.PILOTED).toEqual([expect.objectContaining({ from: 'jurisdiction:330303', to: 'reform:双随机一公开', year: 2018 })]);
    expect(rows.facts.PROMOTED_TO).toEqual([
      expect.objectContaining({ from: 'reform:双随机一公开', to: 'jurisdiction:330000', extra: 'jurisdiction:330300', year: null }),
    ]);
    expect(rows.facts.CITES).toEqual([expect.objectContaining({ from: rows.reportId, to: 'regulation:浙江省行政程序办法', year: 2018 })]);
    // A reform-less first stays evidence in the text only.
    expect(rows.facts.FIRST).toEqual([]);
  });

  it('skips, and says why, a fact naming an entity the report does not define', () => {
    expect(rows.facts.COOPERATES_WITH).toEqual([]);
    expect(rows.skipped).toEqual([{ kind: 'cooperates', reason: 'agency "温州市发展和改革委员会" is not among the report\'s agency entities' }]);
  });

  it('mentions every entity the report touches, with how often the text names it', () => {
    const counts = Object.fromEntries(
      [...rows.mentions.jurisdictions, ...rows.mentions.agencies, ...rows.mentions.regulations, ...rows.mentions.reforms].map((m) => [m.id, m.count]),
    );
    // 浙江省 is named only as a scope and an issuing area: mentioned with count 0 so deletion finds it.
    expect(counts).toEqual({
      'jurisdiction:330300': 1,
      'jurisdiction:330303': 1,
      'jurisdiction:330000': 0,
      'agency:温州市人民政府': 1,
      'agency:温州市市场监督管理局': 1,
      'regulation:浙江省行政程序办法': 1,
      'reform:双随机一公开': 1,
    });
  });

  it('generates a name when the report has no title', () => {
    const untitled = { ...x, report: { ...x.report, title: null } };
    expect(buildGraphRows(untitled, { places }).report.name).toBe('温州市2018年法治政府建设报告');
  });
});
