// An analyst's metadata corrections (the library, issue 10). A correction is kept by the text's
// content hash in a (:Correction) node, so it outlives the report it was made on: any later ingest
// of the same text — re-upload, the CLI, a rebuilt store from the same files — applies it.
// A correction always wins: it is passed to the extractor as overrides (cue 'correction') and then
// made to hold on the result, so what the analyst said is what the graph says.
import { createHash } from 'node:crypto';
import type { Db } from '../db/run-cypher.ts';
import { type Place, loadGazetteer } from '../extract/gazetteer.ts';
import type { ExtractedReport, MetaOverrides, ReportGenre } from '../extract/model.ts';
import { toEntity } from '../extract/places.ts';

export interface CorrectionValues {
  title?: string | null;
  /** A jurisdiction name (深圳市南山区, 南山区, 南山) or GB/T 2260 code, as the analyst typed it. */
  jurisdiction?: string | null;
  year?: number | null;
  genre?: ReportGenre | null;
}

export interface StoredCorrection extends CorrectionValues {
  contentHash: string;
  correctedAt: string | null;
}

/** A correction that cannot be applied as given: names the field and why. */
export class CorrectionError extends Error {
  constructor(
    readonly field: string,
    reason: string,
  ) {
    super(`${field}: ${reason}`);
    this.name = 'CorrectionError';
  }
}

export const contentHashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

export async function correctionsFor(db: Db, hashes: string[]): Promise<Map<string, StoredCorrection>> {
  const out = new Map<string, StoredCorrection>();
  if (hashes.length === 0) return out;
  for (const row of await db.read('corrections-by-hashes', { hashes })) {
    const c = row.correction as StoredCorrection | null;
    if (c?.contentHash) out.set(c.contentHash, c);
  }
  return out;
}

/** Given values over kept ones; a value not given (null/undefined) keeps the kept one. */
export function mergeCorrection(kept: CorrectionValues | undefined, given: CorrectionValues): CorrectionValues {
  const pick = <K extends keyof CorrectionValues>(k: K): CorrectionValues[K] => given[k] ?? kept?.[k] ?? null;
  return { title: pick('title'), jurisdiction: pick('jurisdiction'), year: pick('year'), genre: pick('genre') };
}

export function toOverrides(c: CorrectionValues | undefined, base: MetaOverrides = {}): MetaOverrides {
  if (!c) return base;
  const out: MetaOverrides = { ...base, cue: 'correction' };
  if (c.title) out.title = c.title;
  if (c.jurisdiction) out.jurisdiction = c.jurisdiction;
  if (c.year != null) out.year = c.year;
  if (c.genre) out.genre = c.genre;
  return out;
}

/**
 * The place an analyst means: a code, a name or short form (南山区, 南山), or a full path
 * (广东省深圳市南山区). Several candidates: the one within the report's current province, else
 * an error listing them.
 */
export function placeNamed(input: string, nearKey: string | null): Place {
  const g = loadGazetteer();
  const name = input.replace(/\s+/gu, '');
  let candidates: Place[] = /^\d{6}$/.test(name) ? [g.byKey(name)].filter((p): p is Place => !!p) : [];
  if (candidates.length === 0) candidates = g.byName(name);
  if (candidates.length === 0) {
    // A full path: each place resolved within the one before it.
    const hits = g.scan(name);
    const whole = hits.length > 0 && hits[0]!.start === 0 && hits.every((h, i) => i === 0 || hits[i - 1]!.end === h.start);
    if (whole && hits[hits.length - 1]!.end === name.length) {
      let adjacentKey: string | null = null;
      let last: Place | null = null;
      for (const h of hits) {
        last = g.resolve(h.candidates, { adjacentKey, selfKey: adjacentKey });
        adjacentKey = last?.key ?? null;
      }
      if (last) candidates = [last];
    }
  }
  if (candidates.length > 1) {
    const exact = candidates.filter((p) => p.name === name || p.fullName === name);
    if (exact.length > 0) candidates = exact;
  }
  if (candidates.length > 1 && nearKey) {
    const province = [g.byKey(nearKey), ...g.ancestors(nearKey)].find((p) => p?.level === 'province');
    const near = province ? candidates.filter((p) => g.within(p.key, province.key)) : [];
    if (near.length > 0) candidates = near;
  }
  if (candidates.length === 0) throw new CorrectionError('jurisdiction', `no jurisdiction named "${input.slice(0, 60)}"`);
  if (candidates.length > 1) {
    const names = candidates.slice(0, 5).map((p) => p.fullName).join('、');
    throw new CorrectionError('jurisdiction', `"${input.slice(0, 60)}" names several places (${names}…): give the full name`);
  }
  return candidates[0]!;
}

/** Makes the corrected fields hold on an extraction (whatever the extractor made of the overrides). */
export function applyCorrection(x: ExtractedReport, c: CorrectionValues | undefined): ExtractedReport {
  if (!c) return x;
  const meta = { ...x.report, cues: { ...x.report.cues } };
  let jurisdictions = x.jurisdictions;
  if (c.title) [meta.title, meta.cues.title] = [c.title, 'correction'];
  if (c.year != null) [meta.year, meta.cues.year] = [c.year, 'correction'];
  if (c.genre) [meta.genre, meta.cues.genre] = [c.genre, 'correction'];
  if (c.jurisdiction) {
    const place = placeNamed(c.jurisdiction, meta.jurisdictionKey);
    [meta.jurisdictionKey, meta.jurisdiction, meta.cues.jurisdiction] = [place.key, place.name, 'correction'];
    if (!jurisdictions.some((j) => j.key === place.key)) jurisdictions = [...jurisdictions, toEntity(place)];
  }
  return { ...x, report: meta, jurisdictions };
}

/**
 * Extracts `text` as every ingest door does: a kept correction of this very text wins over `base`
 * (a manifest row, ingestReport arguments) and over the text itself.
 */
export async function extractCorrected(
  db: Db,
  extract: (text: string, file: string, overrides?: MetaOverrides) => ExtractedReport,
  text: string,
  file: string,
  base: MetaOverrides = {},
): Promise<ExtractedReport> {
  const hash = contentHashOf(text);
  const correction = (await correctionsFor(db, [hash])).get(hash);
  return applyCorrection(extract(text, file, toOverrides(correction, base)), correction);
}
