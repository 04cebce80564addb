// The adoption panel as CSV, one row per place, for event-history and spatial analysis: where it
// is (code, level, parent, lon/lat of the unit or of the ancestor a point sits in), when it first
// adopted, and the first pilot and promotion years.
import { csvRow } from './csv.ts';
import { placeOf, type GeoIndex } from './map-model.ts';
import type { SpreadRow } from './spread-model.ts';

export const MAP_CSV_COLUMNS = [
  'jurisdiction',
  'code',
  'level',
  'parent',
  'lon',
  'lat',
  'first_year',
  'pilot',
  'promoted',
  'first',
  'map_unit',
  'map_unit_name',
  'placed_as',
] as const;

const firstOf = (row: SpreadRow, kind: string): number | '' =>
  row.events
    .filter((e) => e.kind === kind)
    .reduce<number | ''>((m, e) => (m === '' || e.year < m ? e.year : m), '');

/** UTF-8 BOM and CRLF like the spread view's CSV, so Excel reads the Chinese. */
export function adoptionPanelCsv(rows: readonly SpreadRow[], index: GeoIndex): string {
  const lines = [csvRow(MAP_CSV_COLUMNS)];
  for (const r of rows) {
    const j = r.jurisdiction;
    const p = placeOf(j, index);
    lines.push(
      csvRow([
        j.name,
        j.code ?? '',
        (j.level ?? '').toLowerCase(),
        j.parent?.name ?? '',
        p.lon ?? '',
        p.lat ?? '',
        r.firstYear,
        firstOf(r, 'pilot'),
        firstOf(r, 'promotion'),
        firstOf(r, 'first'),
        p.code ?? '',
        p.unitName ?? '',
        p.code ? p.kind : '',
      ]),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
