// Pure geometry of the indicator charts: years on x, values on y from 0, one polyline per series.
// Kept apart from the DOM so the scales are tested headless.
import type { Evidence } from './types.ts';

export interface IndicatorDefinition {
  name: string;
  label: string;
  labelEn: string;
  kind: 'COUNT' | 'RATE' | 'AMOUNT';
  units: string[];
}

export interface IndicatorPoint {
  id: string;
  name: string;
  value: number;
  unit: string;
  year: number | null;
  agencyName: string | null;
  evidence: Evidence[];
}

export interface IndicatorSeries {
  name: string;
  label: string;
  labelEn: string;
  kind: IndicatorDefinition['kind'];
  unit: string;
  jurisdiction: { id: string; name: string };
  agency: { id: string; name: string } | null;
  points: IndicatorPoint[];
}

export interface Box {
  width: number;
  height: number;
  left: number;
  right: number;
  top: number;
  bottom: number;
}

export const SMALL: Box = { width: 240, height: 130, left: 44, right: 12, top: 12, bottom: 24 };
export const WIDE: Box = { width: 640, height: 260, left: 56, right: 16, top: 16, bottom: 28 };

export interface PlacedPoint {
  point: IndicatorPoint;
  x: number;
  y: number;
}

export interface Chart {
  years: number[];
  yMax: number;
  /** Per series, its points with a year, placed; the line joins the first value of each year. */
  lines: { series: IndicatorSeries; placed: PlacedPoint[]; path: string }[];
  yTicks: { value: number; y: number }[];
}

/** A round upper bound ≥ max: 1, 2, 2.5, 5 × 10^k (rates stop at 100 when they fit). */
export function niceMax(max: number, rate = false): number {
  if (!(max > 0)) return 1;
  if (rate && max <= 100) return max > 50 ? 100 : niceMax(max);
  const p = 10 ** Math.floor(Math.log10(max));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= max) return m * p;
  return 10 * p;
}

export function chart(series: IndicatorSeries[], box: Box): Chart {
  const all = series.flatMap((s) => s.points.filter((p) => p.year !== null));
  const years = [...new Set(all.map((p) => p.year!))].sort((a, b) => a - b);
  const rate = series.every((s) => s.kind === 'RATE');
  const yMax = niceMax(Math.max(0, ...all.map((p) => p.value)), rate);
  const innerW = box.width - box.left - box.right;
  const innerH = box.height - box.top - box.bottom;
  const x = (year: number): number => {
    if (years.length <= 1) return box.left + innerW / 2;
    return box.left + ((year - years[0]!) / (years[years.length - 1]! - years[0]!)) * innerW;
  };
  const y = (v: number): number => box.top + innerH - (v / yMax) * innerH;
  const lines = series.map((s) => {
    const placed = s.points
      .filter((p) => p.year !== null)
      .map((p) => ({ point: p, x: x(p.year!), y: y(p.value) }))
      .sort((a, b) => a.x - b.x);
    const firsts = placed.filter((p, i) => i === 0 || placed[i - 1]!.point.year !== p.point.year);
    const path = firsts.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
    return { series: s, placed, path };
  });
  const yTicks = [0, yMax / 2, yMax].map((v) => ({ value: v, y: y(v) }));
  return { years, yMax, lines, yTicks };
}

/** 12000 → 12,000; 1.57 → 1.57 (no float noise). */
export function formatValue(v: number): string {
  return Number.isInteger(v) ? v.toLocaleString('en-US') : String(Math.round(v * 100) / 100);
}

export const SERIES_COLORS = ['#d9480f', '#1971c2', '#2f9e44', '#ae3ec9', '#f08c00', '#0c8599', '#e64980', '#5c940d'];
