// Precision and recall of extracted indicators against hand-checked values, per indicator. A value
// matches when name, value (to 1e-6), unit and year agree; each gold value can be matched once.
import type { IndicatorFact } from '../model.ts';

export interface GoldIndicator {
  name: string;
  value: number;
  unit: string;
  year: number | null;
  quote: string;
}

export interface IndicatorCounts {
  tp: number;
  fp: number;
  fn: number;
  /** "file: name value unit year" of each wrong and each missed value, for reading. */
  spurious: string[];
  missed: string[];
}

const same = (p: IndicatorFact, g: GoldIndicator): boolean =>
  p.name === g.name && Math.abs(p.value - g.value) < 1e-6 && p.unit === g.unit && p.year === g.year;

const show = (file: string, x: { name: string; value: number; unit: string; year: number | null }, quote: string): string =>
  `${file}: ${x.name} ${x.value}${x.unit} ${x.year ?? '—'}  「${quote}」`;

const empty = (): IndicatorCounts => ({ tp: 0, fp: 0, fn: 0, spurious: [], missed: [] });

/** Adds one file's comparison into `into` (keyed by indicator name). */
export function scoreFile(
  file: string,
  predicted: IndicatorFact[],
  gold: GoldIndicator[],
  into: Map<string, IndicatorCounts>,
): void {
  const at = (name: string): IndicatorCounts => {
    let c = into.get(name);
    if (!c) into.set(name, (c = empty()));
    return c;
  };
  const left = [...gold];
  for (const p of predicted) {
    const i = left.findIndex((g) => same(p, g));
    if (i >= 0) {
      at(p.name).tp++;
      left.splice(i, 1);
    } else {
      at(p.name).fp++;
      at(p.name).spurious.push(show(file, p, p.evidence.quote));
    }
  }
  for (const g of left) {
    at(g.name).fn++;
    at(g.name).missed.push(show(file, g, g.quote));
  }
}

export function totals(all: Map<string, IndicatorCounts>): IndicatorCounts {
  const t = empty();
  for (const c of all.values()) {
    t.tp += c.tp;
    t.fp += c.fp;
    t.fn += c.fn;
  }
  return t;
}

/** Precision and recall; an empty side counts as perfect (nothing claimed, nothing to find). */
export function pr(c: IndicatorCounts): { precision: number; recall: number } {
  return {
    precision: c.tp + c.fp === 0 ? 1 : c.tp / (c.tp + c.fp),
    recall: c.tp + c.fn === 0 ? 1 : c.tp / (c.tp + c.fn),
  };
}
