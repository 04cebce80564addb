// Placement accuracy: did the extractor put a report at the right place and year, with the right
// author and genre? Truth comes from a manifest row (metadata.csv: region, report_year as delivered)
// or a gold file's report part. A jurisdiction is right when it names the same gazetteer key (南山区 in
// a manifest and 深圳市南山区 from the text; 坪山区 and the 坪山新区 it was, which share one key).
import { placeNamed, placeWeights } from '../metadata/self-place.ts';
import type { MetaOverrides, ReportGenre, ReportMeta } from '../model.ts';
import { fold } from '../normalize.ts';

export const PLACEMENT_FIELDS = ['jurisdiction', 'year', 'author', 'genre'] as const;
export type PlacementField = (typeof PLACEMENT_FIELDS)[number];

export interface PlacementTruth {
  jurisdiction: string | null; // as given
  jurisdictionKey: string | null; // resolved, null when it names no place
  year: number | null;
  author: string | null;
  genre: ReportGenre | null;
}

export interface FieldResult {
  truth: string | null;
  pred: string | null;
  /** null when there is no truth for the field. */
  ok: boolean | null;
}
export interface PlacementRow {
  file: string;
  fields: Record<PlacementField, FieldResult>;
  /** Jurisdiction and year both right: the report lands on the right node and year. */
  placed: boolean;
  cues: ReportMeta['cues'];
}

function truthOf(
  text: string,
  given: {
    jurisdiction?: string | null;
    year?: number | null;
    author?: string | null;
    genre?: ReportGenre | null;
  },
): PlacementTruth {
  const year = given.year ?? null;
  const place = given.jurisdiction ? placeNamed(given.jurisdiction, placeWeights(text), year) : null;
  return {
    jurisdiction: given.jurisdiction ?? null,
    jurisdictionKey: place?.key ?? null,
    year,
    author: given.author ?? null,
    genre: given.genre ?? null,
  };
}

/** Truth from a manifest row: the year covered is `year`, else the delivery year less one. */
export function truthFromManifest(o: MetaOverrides, text: string): PlacementTruth {
  const year = o.year ?? (o.delivered != null ? o.delivered - 1 : null);
  return truthOf(text, { ...o, year });
}

/** Truth from a gold file's report part (shared/gold/GUIDE.md). */
export function truthFromGold(
  report: { jurisdiction: string | null; year: number | null; author: string | null },
  text: string,
): PlacementTruth {
  return truthOf(text, report);
}

const same = (a: string, b: string): boolean => fold(a).replace(/\s/gu, '') === fold(b).replace(/\s/gu, '');

export function scorePlacement(file: string, truth: PlacementTruth, meta: ReportMeta): PlacementRow {
  const field = (t: string | null, p: string | null, eq: (t: string, p: string) => boolean): FieldResult => ({
    truth: t,
    pred: p,
    ok: t === null ? null : p !== null && eq(t, p),
  });
  const fields: Record<PlacementField, FieldResult> = {
    jurisdiction: field(
      truth.jurisdiction,
      meta.jurisdiction === null ? null : `${meta.jurisdiction} (${meta.jurisdictionKey})`,
      () => truth.jurisdictionKey !== null && truth.jurisdictionKey === meta.jurisdictionKey,
    ),
    year: field(truth.year?.toString() ?? null, meta.year?.toString() ?? null, (t, p) => t === p),
    author: field(truth.author, meta.author, same),
    genre: field(truth.genre, meta.genre, (t, p) => t === p),
  };
  return {
    file,
    fields,
    placed: fields.jurisdiction.ok === true && fields.year.ok === true,
    cues: meta.cues,
  };
}

export interface PlacementTotals {
  files: number;
  placed: number;
  fields: Record<PlacementField, { right: number; scored: number }>;
}

export function placementTotals(rows: PlacementRow[]): PlacementTotals {
  const fields = Object.fromEntries(
    PLACEMENT_FIELDS.map((f) => [f, { right: 0, scored: 0 }]),
  ) as PlacementTotals['fields'];
  for (const r of rows)
    for (const f of PLACEMENT_FIELDS) {
      const ok = r.fields[f].ok;
      if (ok === null) continue;
      fields[f].scored++;
      if (ok) fields[f].right++;
    }
  return { files: rows.length, placed: rows.filter((r) => r.placed).length, fields };
}

const pct = (a: number, b: number): string => (b === 0 ? '     —' : ((a / b) * 100).toFixed(1).padStart(6));

/** A plain-text table: one line per file (✓/✗ per field, the wrong values and deciding cues), then totals. */
export function placementTable(rows: PlacementRow[], targetPlaced?: number): string {
  const out: string[] = ['placement  (✓ right, ✗ wrong, · no truth)   jurisdiction year author genre'];
  const mark = (ok: boolean | null): string => (ok === null ? '·' : ok ? '✓' : '✗');
  for (const r of rows) {
    const marks = PLACEMENT_FIELDS.map((f) => mark(r.fields[f].ok)).join(' ');
    const wrong = PLACEMENT_FIELDS.filter((f) => r.fields[f].ok === false)
      .map((f) => `${f}: ${r.fields[f].pred ?? '—'} ≠ ${r.fields[f].truth} [${r.cues[f] ?? 'none'}]`)
      .join('; ');
    out.push(`${marks}  ${r.file}${wrong ? `  — ${wrong}` : ''}`);
  }
  const t = placementTotals(rows);
  out.push('');
  for (const f of PLACEMENT_FIELDS) {
    const { right, scored } = t.fields[f];
    out.push(
      `${f.padEnd(13)} ${String(right).padStart(4)} / ${String(scored).padEnd(4)} ${pct(right, scored)} %`,
    );
  }
  const placedPct = t.files === 0 ? 0 : t.placed / t.files;
  const target =
    targetPlaced === undefined
      ? ''
      : placedPct + 1e-9 >= targetPlaced
        ? `  ≥${targetPlaced * 100}% ok`
        : `  <${targetPlaced * 100}% MISS`;
  out.push(
    `${'placed'.padEnd(13)} ${String(t.placed).padStart(4)} / ${String(t.files).padEnd(4)} ${pct(t.placed, t.files)} %  (jurisdiction and year)${target}`,
  );
  return out.join('\n');
}
