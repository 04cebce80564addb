// Indicator chart geometry (pure, no DOM): years on x, values from 0 on y, lines through each year's
// first value, round axis maxima; and the panel's URL state.
import { describe, expect, it } from 'vitest';
import { chart, formatValue, niceMax, SMALL, type IndicatorSeries } from '../client/src/indicator-model.ts';
import { decodeState, encodeState } from '../client/src/state.ts';

const series = (place: string, points: [number | null, number][], kind: IndicatorSeries['kind'] = 'COUNT'): IndicatorSeries => ({
  name: 'reconsideration_received',
  label: '行政复议案件（收案）',
  labelEn: 'Administrative reconsideration cases received',
  kind,
  unit: '件',
  jurisdiction: { id: `jurisdiction:${place}`, name: place },
  agency: null,
  points: points.map(([year, value], i) => ({ id: `${place}${i}`, name: 'x', value, unit: '件', year, agencyName: null, evidence: [] })),
});

describe('indicator chart', () => {
  it('rounds the axis maximum', () => {
    expect(niceMax(152)).toBe(200);
    expect(niceMax(42402)).toBe(50000);
    expect(niceMax(17.3, true)).toBe(20);
    expect(niceMax(98.5, true)).toBe(100);
    expect(niceMax(0)).toBe(1);
  });

  it('places years left to right and values bottom to top, skipping values without a year', () => {
    const c = chart([series('南湖区', [[2023, 152], [2022, 97], [null, 5]])], SMALL);
    expect(c.years).toEqual([2022, 2023]);
    const [line] = c.lines;
    expect(line!.placed.map((p) => p.point.year)).toEqual([2022, 2023]);
    const [a, b] = line!.placed;
    expect(a!.x).toBe(SMALL.left);
    expect(b!.x).toBe(SMALL.width - SMALL.right);
    expect(b!.y).toBeLessThan(a!.y);
    expect(line!.path.startsWith('M')).toBe(true);
    expect(line!.path).toContain('L');
  });

  it('shares one x axis across compared places and centres a single year', () => {
    const c = chart([series('温州市', [[2018, 958]]), series('南湖区', [[2023, 152]])], SMALL);
    expect(c.years).toEqual([2018, 2023]);
    const one = chart([series('南湖区', [[2023, 152]])], SMALL);
    expect(one.lines[0]!.placed[0]!.x).toBe(SMALL.left + (SMALL.width - SMALL.left - SMALL.right) / 2);
    expect(one.lines[0]!.path).not.toContain('L');
  });

  it('formats values without float noise', () => {
    expect(formatValue(42402)).toBe('42,402');
    expect(formatValue(1.57)).toBe('1.57');
    expect(formatValue(0.1 + 0.2)).toBe('0.3');
  });
});

describe('indicator view state in the URL', () => {
  it('round-trips places and the indicator, and drops a malformed indicator name', () => {
    const s = { ...decodeState(''), mode: 'indicators' as const, indicatorPlaces: ['南湖区', '温州市'], indicator: 'info_disclosed' };
    const back = decodeState(encodeState(s));
    expect(back).toMatchObject({ mode: 'indicators', indicatorPlaces: ['南湖区', '温州市'], indicator: 'info_disclosed' });
    expect(decodeState('#mode=indicators&ind=<script>').indicator ?? null).toBeNull();
  });
});
