// The library's GraphQL operations (reports list, one report with its highlights, correction,
// deletion), through api.ts's gql like every other view.
import { gql } from './api.ts';
import type { Highlight } from './highlight-segments.ts';

export type ReportStatus = 'LOADED' | 'NEEDS_METADATA' | 'REFUSED';
export type ReportSort = 'YEAR_DESC' | 'YEAR_ASC' | 'TITLE' | 'JURISDICTION';

export interface LibraryFilter {
  jurisdiction?: string | null;
  year?: number | null;
  genre?: string | null;
  status?: ReportStatus | null;
  title?: string | null;
}

export interface Cue {
  field: string;
  cue: string;
}

export interface Correction {
  title: string | null;
  jurisdiction: string | null;
  year: number | null;
  genre: string | null;
  correctedAt: string | null;
}

export interface LibraryRow {
  id: string;
  name: string;
  year: number;
  publishedOn: string | null;
  file: string | null;
  format: string | null;
  genre: string | null;
  status: ReportStatus;
  cursor: string | null;
  jurisdiction: { id: string; name: string } | null;
  author: { id: string; name: string } | null;
  cues: Cue[];
  factCounts: { kind: string; count: number }[];
  correction: Correction | null;
}

export interface ReportFull extends LibraryRow {
  text: string;
  docNumber: string | null;
  contentHash: string;
  highlights: Highlight[];
}

const ROW = `id name year publishedOn file format genre status cursor
  jurisdiction { id name } author { id name } cues { field cue } factCounts { kind count }
  correction { title jurisdiction year genre correctedAt }`;

/** Drops empty filter values: the server treats an absent field as "any". */
export function cleanFilter(f: LibraryFilter): LibraryFilter {
  const out: LibraryFilter = {};
  if (f.jurisdiction?.trim()) out.jurisdiction = f.jurisdiction.trim();
  if (f.year != null) out.year = f.year;
  if (f.genre) out.genre = f.genre;
  if (f.status) out.status = f.status;
  if (f.title?.trim()) out.title = f.title.trim();
  return out;
}

export async function fetchLibrary(
  filter: LibraryFilter,
  sort: ReportSort,
  first = 50,
  after: string | null = null,
): Promise<{ rows: LibraryRow[]; total: number }> {
  const data = await gql<{ reports: LibraryRow[]; reportCount: number }>(
    `query Library($filter: ReportFilter, $sort: ReportSort, $first: Int, $after: String) {
      reportCount(filter: $filter)
      reports(filter: $filter, sort: $sort, first: $first, after: $after) { ${ROW} }
    }`,
    { filter: cleanFilter(filter), sort, first, after },
  );
  return { rows: data.reports, total: data.reportCount };
}

export async function fetchReport(id: string): Promise<ReportFull | null> {
  const data = await gql<{ report: ReportFull | null }>(
    `query LibraryReport($id: ID!) {
      report(id: $id) { ${ROW} text docNumber contentHash highlights { kind start end label } }
    }`,
    { id },
  );
  return data.report;
}

/** A report refused because it could not be placed (RefusedReport): nothing of it is in the graph. */
export interface RefusedRow {
  id: string;
  file: string | null;
  reason: string;
  missing: string[];
  title: string | null;
  jurisdiction: string | null;
  year: number | null;
  genre: string | null;
  at: string | null;
  cues: Cue[];
}

export async function fetchRefused(limit = 100): Promise<RefusedRow[]> {
  const data = await gql<{ refusedReports: RefusedRow[] }>(
    `query Refused($limit: Int) {
      refusedReports(limit: $limit) { id file reason missing title jurisdiction year genre at cues { field cue } }
    }`,
    { limit },
  );
  return data.refusedReports;
}

export interface CorrectionInput {
  jurisdiction?: string | null;
  year?: number | null;
  title?: string | null;
  genre?: string | null;
}

export async function correctReport(id: string, c: CorrectionInput): Promise<LibraryRow> {
  const data = await gql<{ correctReport: { report: LibraryRow } }>(
    `mutation Correct($id: ID!, $jurisdiction: String, $year: Int, $title: String, $genre: String) {
      correctReport(id: $id, jurisdiction: $jurisdiction, year: $year, title: $title, genre: $genre) { report { ${ROW} } }
    }`,
    { id, jurisdiction: c.jurisdiction ?? null, year: c.year ?? null, title: c.title ?? null, genre: c.genre ?? null },
  );
  return data.correctReport.report;
}

export async function deleteReport(id: string): Promise<boolean> {
  const data = await gql<{ deleteReport: { deleted: boolean } }>(
    `mutation Delete($id: ID!) { deleteReport(id: $id) { deleted } }`,
    { id },
  );
  return data.deleteReport.deleted;
}
