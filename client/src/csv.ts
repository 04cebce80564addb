// CSV export of a reform's adoption table, shaped for event-history analysis:
// one row per (jurisdiction, year) adoption with the quotes that support it.
import type { Adoption } from './types.ts';

export const CSV_COLUMNS = ['jurisdiction', 'code', 'year', 'agency', 'report', 'evidence'] as const;

/** RFC 4180 quoting: quote when the field holds a comma, quote, CR or LF; double inner quotes. */
export function csvField(value: unknown): string {
  const s = value == null ? '' : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function csvRow(values: readonly unknown[]): string {
  return values.map(csvField).join(',');
}

/**
 * The adoption table as CSV text with a UTF-8 BOM (so Excel reads the Chinese)
 * and CRLF line ends. Rows: earliest year first, then jurisdiction name.
 */
export function adoptionsCsv(adoptions: readonly Adoption[]): string {
  const rows = [...adoptions].sort(
    (a, b) => a.year - b.year || a.jurisdiction.name.localeCompare(b.jurisdiction.name, 'zh'),
  );
  const lines = [csvRow(CSV_COLUMNS)];
  for (const a of rows) {
    const reports = [...new Set(a.evidence.map((e) => `${e.report.name} (${e.report.year})`))];
    lines.push(
      csvRow([
        a.jurisdiction.name,
        a.jurisdiction.code ?? '',
        a.year,
        a.agency?.name ?? '',
        reports.join('; '),
        a.evidence.map((e) => e.quote).join(' | '),
      ]),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}
