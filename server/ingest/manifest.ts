// A manifest gives what a report's text does not say: one row per file (CSV with a header line, or
// JSON), keyed by the file's basename, with any of title, jurisdiction, year, delivered, author,
// published, genre. Used by `npm run extract|eval|ingest -- --manifest FILE [--columns …]`.
// A collector's own table works as it is through a column mapping (our field → its column):
//   --columns file=filename,jurisdiction=region,delivered=report_year
// Every problem is a ManifestError naming the manifest, the row and the reason; nothing is guessed.
import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { MetaOverrides, ReportGenre } from '../extract/model.ts';

export type ManifestErrorCode =
  | 'MANIFEST_UNREADABLE' // missing file, not UTF-8 text
  | 'MANIFEST_SYNTAX' // CSV or JSON that does not parse
  | 'MANIFEST_COLUMNS' // a mapped or required column is absent, a bad --columns option
  | 'MANIFEST_ROW'; // a row with a bad value or a file named twice

export class ManifestError extends Error {
  constructor(
    readonly code: ManifestErrorCode,
    readonly file: string,
    /** 1-based data row (CSV: the header is row 0), or null when the whole file is at fault. */
    readonly row: number | null,
    detail: string,
  ) {
    super(`${file}${row === null ? '' : `: row ${row}`}: ${code} — ${detail}`);
    this.name = 'ManifestError';
  }
}

/** Our fields, as a mapping may name them. `file` is the key. */
export const MANIFEST_FIELDS = [
  'file',
  'title',
  'jurisdiction',
  'year',
  'delivered',
  'author',
  'published',
  'genre',
] as const;
export type ManifestField = (typeof MANIFEST_FIELDS)[number];

// Column names read without a mapping, besides the field names themselves.
const DEFAULT_NAMES: Record<ManifestField, string[]> = {
  file: ['file', 'filename', 'file_name', 'basename'],
  title: ['title'],
  jurisdiction: ['jurisdiction'],
  year: ['year'],
  delivered: ['delivered'],
  author: ['author'],
  published: ['published'],
  genre: ['genre'],
};

const GENRES: Record<ReportGenre, RegExp> = {
  rule_of_law: /^(rule_of_law|法治政府建设(年度)?(工作)?(情况)?报告|法治政府建设)$/u,
  administration_by_law: /^(administration_by_law|依法行政(工作)?报告)$/u,
  work_summary: /^(work_summary|工作总结)$/u,
  government_work: /^(government_work|政府工作报告)$/u,
  committee_work: /^(committee_work|管委会工作报告)$/u,
  other: /^other$/u,
};

/**
 * Parses `file=filename,jurisdiction=region` (our field = the manifest's column). An empty column
 * (`title=`) ignores that field even if a column of its name exists.
 */
export function parseColumns(spec: string, source = '--columns'): Record<string, string> {
  const out: Record<string, string> = {};
  for (const part of spec.split(',')) {
    if (!part.trim()) continue;
    const m = /^\s*([A-Za-z_]+)\s*=\s*(.*?)\s*$/u.exec(part);
    if (!m) throw new ManifestError('MANIFEST_COLUMNS', source, null, `"${part}" is not field=column`);
    out[m[1]!] = m[2]!;
  }
  return out;
}

function checkMapping(path: string, columns: Record<string, string>): void {
  for (const field of Object.keys(columns)) {
    if (!(MANIFEST_FIELDS as readonly string[]).includes(field))
      throw new ManifestError(
        'MANIFEST_COLUMNS',
        path,
        null,
        `unknown field "${field}" in the column mapping (fields: ${MANIFEST_FIELDS.join(', ')})`,
      );
  }
}

/** Which column of this header feeds each field: the mapping, else a default name present. */
function columnsFor(
  path: string,
  header: string[],
  columns: Record<string, string>,
): Partial<Record<ManifestField, string>> {
  const have = new Set(header);
  const out: Partial<Record<ManifestField, string>> = {};
  for (const field of MANIFEST_FIELDS) {
    const mapped = columns[field];
    if (mapped === '') continue;
    if (mapped !== undefined) {
      if (!have.has(mapped))
        throw new ManifestError(
          'MANIFEST_COLUMNS',
          path,
          null,
          `column "${mapped}" (mapped to ${field}) is not in the header (${header.join(', ')})`,
        );
      out[field] = mapped;
    } else {
      const found = DEFAULT_NAMES[field].find((n) => have.has(n));
      if (found) out[field] = found;
    }
  }
  if (!out.file)
    throw new ManifestError(
      'MANIFEST_COLUMNS',
      path,
      null,
      `no file column (name one with --columns file=<column>; header: ${header.join(', ')})`,
    );
  return out;
}

function yearValue(path: string, row: number, field: string, v: string): number {
  const m = /^\s*(\d{4})\s*年?\s*$/u.exec(v);
  const y = m ? +m[1]! : NaN;
  if (!(y >= 1949 && y <= 2100))
    throw new ManifestError('MANIFEST_ROW', path, row, `${field} "${v}" is not a year (1949–2100)`);
  return y;
}

function dateValue(path: string, row: number, v: string): string {
  const m = /^\s*(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?\s*$/u.exec(v);
  const [y, mo, d] = m ? [+m[1]!, +m[2]!, +m[3]!] : [0, 0, 0];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (!m || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d || y < 1949)
    throw new ManifestError('MANIFEST_ROW', path, row, `published "${v}" is not a date (YYYY-MM-DD)`);
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function genreValue(path: string, row: number, v: string): ReportGenre {
  const s = v.trim();
  for (const [genre, re] of Object.entries(GENRES)) if (re.test(s)) return genre as ReportGenre;
  throw new ManifestError(
    'MANIFEST_ROW',
    path,
    row,
    `genre "${v}" is not one of ${Object.keys(GENRES).join(', ')} (or its Chinese name)`,
  );
}

/** One row's values (strings as read) → overrides. Empty cells give nothing. */
function overridesOf(
  path: string,
  row: number,
  get: (field: ManifestField) => unknown,
): { file: string; meta: MetaOverrides } {
  const str = (field: ManifestField): string | null => {
    const v = get(field);
    if (v === undefined || v === null) return null;
    if (typeof v !== 'string' && typeof v !== 'number')
      throw new ManifestError('MANIFEST_ROW', path, row, `${field} must be text or a number`);
    const s = String(v).trim();
    return s === '' ? null : s;
  };
  const fileValue = str('file');
  if (!fileValue) throw new ManifestError('MANIFEST_ROW', path, row, 'no file name');
  const meta: MetaOverrides = { cue: 'manifest' };
  const title = str('title');
  if (title) meta.title = title;
  const jurisdiction = str('jurisdiction');
  if (jurisdiction) meta.jurisdiction = jurisdiction;
  const author = str('author');
  if (author) meta.author = author;
  const year = str('year');
  if (year) meta.year = yearValue(path, row, 'year', year);
  const delivered = str('delivered');
  if (delivered) meta.delivered = yearValue(path, row, 'delivered', delivered);
  const published = str('published');
  if (published) meta.published = dateValue(path, row, published);
  const genre = str('genre');
  if (genre) meta.genre = genreValue(path, row, genre);
  // Paths in a manifest (reports/a.txt, C:\r\a.txt) key by their basename like the inputs do.
  return { file: basename(fileValue.replace(/\\/gu, '/')), meta };
}

function add(
  path: string,
  out: Map<string, MetaOverrides>,
  row: number,
  r: { file: string; meta: MetaOverrides },
): void {
  if (out.has(r.file))
    throw new ManifestError('MANIFEST_ROW', path, row, `file "${r.file}" is named more than once`);
  out.set(r.file, r.meta);
}

function fromCsv(path: string, text: string, columns: Record<string, string>): Map<string, MetaOverrides> {
  let records: string[][];
  try {
    records = parse(text, { bom: true, skip_empty_lines: true, relax_column_count: false, trim: true });
  } catch (err) {
    const line = (err as { lines?: number }).lines;
    throw new ManifestError(
      'MANIFEST_SYNTAX',
      path,
      line ? line - 1 : null,
      `not valid CSV: ${(err as Error).message}`,
    );
  }
  const [header, ...rows] = records;
  if (!header) throw new ManifestError('MANIFEST_SYNTAX', path, null, 'empty: no header line');
  const cols = columnsFor(path, header, columns);
  const index = new Map(header.map((h, i) => [h, i]));
  const out = new Map<string, MetaOverrides>();
  rows.forEach((cells, i) => {
    const get = (f: ManifestField): unknown => {
      const col = cols[f];
      return col === undefined ? undefined : cells[index.get(col)!];
    };
    add(path, out, i + 1, overridesOf(path, i + 1, get));
  });
  return out;
}

function fromJson(path: string, text: string, columns: Record<string, string>): Map<string, MetaOverrides> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/u, ''));
  } catch (err) {
    throw new ManifestError('MANIFEST_SYNTAX', path, null, `not valid JSON: ${(err as Error).message}`);
  }
  // Either [{file, …}, …] or {"a.txt": {…}, …}.
  let rows: { file?: string; value: unknown }[];
  if (Array.isArray(data)) rows = data.map((value) => ({ value }));
  else if (data !== null && typeof data === 'object')
    rows = Object.entries(data).map(([file, value]) => ({ file, value }));
  else throw new ManifestError('MANIFEST_SYNTAX', path, null, 'JSON must be an array of rows or an object');
  const out = new Map<string, MetaOverrides>();
  rows.forEach(({ file, value }, i) => {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
      throw new ManifestError('MANIFEST_ROW', path, i + 1, 'a row must be an object');
    const obj = value as Record<string, unknown>;
    // JSON rows may be sparse: a mapped key a row lacks is just no value.
    const mapped = jsonColumns(Object.keys(obj), columns);
    const get = (f: ManifestField): unknown => {
      if (f === 'file' && file !== undefined) return file;
      const col = mapped[f];
      return col === undefined ? undefined : obj[col];
    };
    add(path, out, i + 1, overridesOf(path, i + 1, get));
  });
  return out;
}

/** Which key of a JSON row feeds each field: the mapping, else a default name present. */
function jsonColumns(
  keys: string[],
  columns: Record<string, string>,
): Partial<Record<ManifestField, string>> {
  const have = new Set(keys);
  const out: Partial<Record<ManifestField, string>> = {};
  for (const field of MANIFEST_FIELDS) {
    const col = columns[field] ?? DEFAULT_NAMES[field].find((n) => have.has(n));
    if (col) out[field] = col;
  }
  return out;
}

/**
 * Reads a manifest (CSV, or JSON when the name ends in .json or the text starts with [ or {) into
 * overrides keyed by file basename. `columns` maps our fields to the manifest's column names, as a
 * record or as the `--columns` text (`file=filename,jurisdiction=region`).
 */
export async function readManifest(
  path: string,
  mapping: Record<string, string> | string = {},
): Promise<Map<string, MetaOverrides>> {
  const columns = typeof mapping === 'string' ? parseColumns(mapping) : mapping;
  checkMapping(path, columns);
  let text: string;
  try {
    const buf = await readFile(path);
    text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code ? code : 'not UTF-8 text';
    throw new ManifestError('MANIFEST_UNREADABLE', path, null, why);
  }
  const json = /\.json$/iu.test(path) || /^\uFEFF?\s*[[{]/u.test(text);
  return json ? fromJson(path, text, columns) : fromCsv(path, text, columns);
}
