// Pure helpers of the library view: labels for genres, cues and fact counts.
import { t } from './i18n.ts';
import type { Cue, LibraryRow } from './library-api.ts';

export const GENRES = ['rule_of_law', 'administration_by_law', 'work_summary', 'government_work', 'committee_work', 'other'] as const;
export const STATUSES = ['LOADED', 'NEEDS_METADATA', 'REFUSED'] as const;
export const SORTS = ['YEAR_DESC', 'YEAR_ASC', 'TITLE', 'JURISDICTION'] as const;

/** The kinds summarised in the list, in this order (the report view shows them all). */
const SUMMARY_KINDS = ['REFORM', 'ADOPTED', 'PILOTED', 'PROMOTED_TO', 'FIRST', 'LEARNED_FROM', 'AGENCY', 'REGULATION'];

export function genreLabel(genre: string | null): string {
  return genre ? t(`genre.${genre}`) : '—';
}

export function cueLabel(cue: string): string {
  return t(`cue.${cue}`);
}

/** "field → cue" of one metadata field, or null when the server did not say. */
export function cueOf(cues: Cue[], field: string): string | null {
  return cues.find((c) => c.field === field)?.cue ?? null;
}

/** "改革 12 · 实施 8 · 试点 1": the fact kinds with a count, most telling first. */
export function factSummary(counts: LibraryRow['factCounts'], kinds: string[] = SUMMARY_KINDS): string {
  const by = new Map(counts.map((c) => [c.kind, c.count]));
  return kinds
    .filter((k) => (by.get(k) ?? 0) > 0)
    .map((k) => `${t(`kind.${k}`)} ${by.get(k)}`)
    .join(' · ');
}

/** A year typed in the filter: four digits or nothing. */
export function parseYear(value: string): number | null {
  const v = value.trim();
  return /^\d{4}$/.test(v) ? Number(v) : null;
}
