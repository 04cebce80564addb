// The `indicators` key of the extraction output (an extra key, as shared/contracts/EXTRACTION.md
// allows): names instead of keys, the quote with its offsets.
import type { ExtractedReport } from '../model.ts';
import { indicatorDef } from './lexicon.ts';

export interface ContractIndicator {
  name: string;
  label: string;
  value: number;
  unit: string;
  year: number | null;
  jurisdiction: string | null;
  agency: string | null;
  quote: string;
  start: number;
  end: number;
}

export function contractIndicators(r: ExtractedReport, place: (key: string | null) => string | null): ContractIndicator[] {
  return (r.indicators ?? []).map((i) => ({
    name: i.name,
    label: indicatorDef(i.name)?.label ?? i.name,
    value: i.value,
    unit: i.unit,
    year: i.year,
    jurisdiction: place(i.jurisdictionKey),
    agency: i.agency,
    quote: i.evidence.quote,
    start: i.evidence.start,
    end: i.evidence.end,
  }));
}
