// The indicator panel as CSV (jurisdiction × indicator × year × value × unit × quote), for
// spreadsheets and panel-data tools: a UTF-8 BOM so Excel reads the Chinese, CRLF, RFC 4180 quoting.
import type { Entity } from '../rows.ts';
import { definitionOf } from './rows.ts';
import type { Panel } from './panel.ts';

export const INDICATOR_CSV_COLUMNS = [
  'jurisdiction',
  'code',
  'indicator',
  'label',
  'year',
  'value',
  'unit',
  'agency',
  'report',
  'quote',
  'start',
  'end',
] as const;

function field(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** `entities` resolves the panel's jurisdiction and report ids (names, codes). */
export function panelCsv(panel: Panel, entities: Map<string, Entity>): string {
  const label = definitionOf(panel.name).label;
  const lines = [INDICATOR_CSV_COLUMNS.join(',')];
  for (const s of panel.series) {
    const j = entities.get(s.jurisdictionId);
    for (const p of s.points) {
      const e = p.evidence[0];
      const report = entities.get(p.reportId);
      lines.push(
        [
          j?.name ?? s.jurisdictionId,
          j?.code ?? '',
          p.name,
          label,
          p.year ?? '',
          p.value,
          p.unit,
          p.agencyName ?? '',
          report?.name ?? p.reportId,
          e?.quote ?? '',
          e?.start ?? '',
          e?.end ?? '',
        ]
          .map(field)
          .join(','),
      );
    }
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
