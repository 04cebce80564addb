// The URL holds the view: encode → decode gives the same view back; junk falls back to defaults.
import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, type ViewState } from '../client/src/state.ts';

describe('URL view state', () => {
  it('keeps the default view out of the URL', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual(defaultState());
  });

  it('round-trips a full view, Chinese names and separators included', () => {
    const s: ViewState = {
      mode: 'spread',
      id: 'reform:双随机、一公开',
      reform: '双随机、一公开',
      kinds: ['JURISDICTION', 'REFORM'],
      yearFrom: 2018,
      yearTo: 2020,
      layout: 'concentric',
      compare: ['温州市', '嘉兴市&南湖区'],
      pathFrom: 'jurisdiction:330300',
      pathTo: 'agency:嘉兴市住房和城乡建设局',
      lang: 'en',
    };
    const hash = encodeState(s);
    expect(hash.startsWith('#')).toBe(true);
    expect(decodeState(hash)).toEqual(s);
  });

  it('ignores unknown modes, layouts, kinds and malformed years, and orders a reversed range', () => {
    const s = decodeState('#mode=bogus&layout=spiral&kinds=reform,planet&from=20x8&to=2019&lang=fr');
    expect(s.mode).toBe('graph');
    expect(s.layout).toBe('fcose');
    expect(s.kinds).toEqual(['REFORM']);
    expect(s.yearFrom).toBeNull();
    expect(s.yearTo).toBe(2019);
    expect(s.lang).toBe('zh');
    const r = decodeState('#from=2022&to=2018');
    expect([r.yearFrom, r.yearTo]).toEqual([2018, 2022]);
  });

  it('an empty kinds list means nothing shown, and survives the round trip', () => {
    const s = { ...defaultState(), kinds: [] };
    expect(decodeState(encodeState(s)).kinds).toEqual([]);
  });
});
