// The indicator list (seed/lexicon/indicators.json), read once and compiled. Validated here so a bad
// entry fails at start naming the entry, not later as a silent miss.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type IndicatorKind = 'count' | 'rate' | 'amount';

export interface IndicatorDef {
  name: string;
  label: string;
  labelEn: string;
  kind: IndicatorKind;
  units: string[];
  /** Lexicon order: the tie-breaker between equally near candidates. */
  order: number;
  topic: RegExp;
  family: string | null;
  action: RegExp | null;
  carry: RegExp | null;
  context: RegExp | null;
  forbid: RegExp | null;
  /** The topic may follow the number (17名法律顾问). */
  after: boolean;
}

interface RawDef {
  name: string;
  label: string;
  labelEn: string;
  kind: IndicatorKind;
  units: string[];
  topic: string;
  family?: string;
  action?: string;
  carry?: string;
  context?: string;
  forbid?: string;
  after?: boolean;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'seed', 'lexicon', 'indicators.json');
const KINDS = new Set(['count', 'rate', 'amount']);

function compile(raw: RawDef, order: number): IndicatorDef {
  const re = (field: keyof RawDef, flags = 'u'): RegExp | null => {
    const src = raw[field];
    if (src === undefined) return null;
    try {
      return new RegExp(String(src), flags);
    } catch (e) {
      throw new Error(`seed/lexicon/indicators.json: ${raw.name}.${field} is not a valid regex: ${(e as Error).message}`);
    }
  };
  if (!/^[a-z][a-z0-9_]*$/u.test(raw.name ?? ''))
    throw new Error(`seed/lexicon/indicators.json: "${raw.name}" is not a snake_case indicator name`);
  if (!KINDS.has(raw.kind)) throw new Error(`seed/lexicon/indicators.json: ${raw.name}.kind must be count, rate or amount`);
  if (!Array.isArray(raw.units) || raw.units.length === 0)
    throw new Error(`seed/lexicon/indicators.json: ${raw.name}.units must list at least one unit`);
  return {
    name: raw.name,
    label: raw.label,
    labelEn: raw.labelEn,
    kind: raw.kind,
    units: raw.units,
    order,
    topic: re('topic', 'gu')!,
    family: raw.family ?? null,
    action: re('action', 'gu'),
    carry: re('carry'),
    context: re('context'),
    forbid: re('forbid'),
    after: raw.after === true,
  };
}

let cached: IndicatorDef[] | null = null;

export function indicatorDefs(): IndicatorDef[] {
  if (!cached) {
    const raw = JSON.parse(readFileSync(FILE, 'utf8')) as { indicators: RawDef[] };
    const defs = raw.indicators.map(compile);
    const seen = new Set<string>();
    for (const d of defs) {
      if (seen.has(d.name)) throw new Error(`seed/lexicon/indicators.json: ${d.name} is listed twice`);
      seen.add(d.name);
    }
    cached = defs;
  }
  return cached;
}

export function indicatorDef(name: string): IndicatorDef | undefined {
  return indicatorDefs().find((d) => d.name === name);
}
