// ExtractedReport.indicators → the rows cypher/write-indicators.cypher UNWINDs: one STATES
// relationship per stated value, from the report to the jurisdiction the number is about. A value
// whose jurisdiction is unknown (the report could not be placed) is not loaded: a series needs a place.
import type { ExtractedReport } from '../extract/model.ts';
import { nodeId } from '../extract/normalize.ts';

export interface IndicatorRow {
  name: string;
  value: number;
  unit: string;
  year: number | null;
  jurisdictionId: string;
  agencyId: string | null;
  agency: string | null;
  quote: string;
  start: number;
  end: number;
  passage: number;
}

export function indicatorRows(x: ExtractedReport, idOf: (key: string | null) => string | null): IndicatorRow[] {
  const rows: IndicatorRow[] = [];
  for (const i of x.indicators ?? []) {
    const jurisdictionId = idOf(i.jurisdictionKey);
    if (!jurisdictionId || !Number.isFinite(i.value)) continue;
    rows.push({
      name: i.name,
      value: i.value,
      unit: i.unit,
      year: i.year,
      jurisdictionId,
      agencyId: i.agency ? nodeId('agency', i.agency) : null,
      agency: i.agency,
      quote: i.evidence.quote,
      start: i.evidence.start,
      end: i.evidence.end,
      passage: i.evidence.passage,
    });
  }
  return rows;
}
