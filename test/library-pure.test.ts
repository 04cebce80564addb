// Pure server parts of the library: highlight spans, stored cue shapes, formats, cursors, and how a
// correction merges and applies (with the real gazetteer).
import { describe, expect, it } from 'vitest';
import { highlightsOf } from '../server/graphql/highlights.ts';
import { cursorOf, positionOf } from '../server/graphql/queries/library.ts';
import { formatOf } from '../server/graphql/report-meta.ts';
import { applyCorrection, CorrectionError, mergeCorrection, placeNamed, toOverrides } from '../server/ingest/corrections.ts';
import { SEEDS, seedReport } from './helpers/seeds.ts';

describe('highlightsOf', () => {
  const text = '嘉兴市推行最多跑一次改革，嘉兴全面推行。';
  it('finds every name of a mentioned entity, keeps evidence spans, drops nested and bad spans', () => {
    const hs = highlightsOf(text, [
      { kind: 'JURISDICTION', label: '嘉兴市', names: ['嘉兴市', '嘉兴', '市'], starts: [], ends: [] },
      { kind: 'ADOPTED', label: '嘉兴市 → 最多跑一次', names: [], starts: [0, 5, 30], ends: [12, 3, 40] },
    ]);
    expect(hs.map((h) => [h.kind, text.slice(h.start, h.end)])).toEqual([
      ['ADOPTED', '嘉兴市推行最多跑一次改革'],
      ['JURISDICTION', '嘉兴市'],
      ['JURISDICTION', '嘉兴'],
    ]);
    expect(highlightsOf(text, [{ kind: 'REFORM', label: 'x', names: ['推行'], starts: [], ends: [] }], 1)).toHaveLength(1);
  });
});

describe('report metadata as stored', () => {
  it('names the format: stored, else from the file extension', () => {
    expect(formatOf({ format: 'pdf', file: 'a.txt' })).toBe('pdf');
    expect(formatOf({ file: 'page.HTM' })).toBe('html');
    expect(formatOf({ file: 'noext' })).toBe('txt');
    expect(formatOf({})).toBeNull();
  });

  it('round-trips cursors and refuses forged ones', () => {
    expect(positionOf(cursorOf(150))).toBe(150);
    expect(() => positionOf('bm9wZQ')).toThrow(/after/);
  });
});

describe('corrections', () => {
  it('merge given values over kept ones and become overrides with the correction cue', () => {
    const merged = mergeCorrection({ year: 2019, title: 'T' }, { jurisdiction: '嘉兴市', title: null });
    expect(merged).toEqual({ title: 'T', jurisdiction: '嘉兴市', year: 2019, genre: null });
    expect(toOverrides(merged)).toEqual({ cue: 'correction', title: 'T', jurisdiction: '嘉兴市', year: 2019 });
    expect(toOverrides(undefined)).toEqual({});
  });

  it('resolve a place by name, short form, code or full path; ambiguity and unknowns are named', () => {
    expect(placeNamed('嘉兴市', null).name).toBe('嘉兴市');
    expect(placeNamed('330402', null).name).toBe('南湖区');
    expect(placeNamed('浙江省嘉兴市南湖区', null).code).toBe('330402');
    expect(() => placeNamed('没有这个地方', null)).toThrow(CorrectionError);
  });

  it('make the corrected fields hold on an extraction', () => {
    const x = applyCorrection(seedReport(SEEDS.wenzhou2018), { year: 2020, jurisdiction: '嘉兴市', genre: 'work_summary' });
    expect(x.report).toMatchObject({ year: 2020, jurisdiction: '嘉兴市', genre: 'work_summary' });
    expect(x.report.cues).toMatchObject({ year: 'correction', jurisdiction: 'correction', genre: 'correction' });
    expect(x.jurisdictions.some((j) => j.key === x.report.jurisdictionKey)).toBe(true);
  });
});
