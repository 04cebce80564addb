// Report metadata: title, reporting body, its jurisdiction, the year reported on, the signing date, the
// document number and the genre, each with the cue that decided it (ReportMeta.cues). Every cue a real
// file carries is read (one file each in this folder); docs/extractor.md gives the order of trust:
// given values (overrides.ts) beat the text; in the text a title line or the signature names the body
// before the opening formula, a portal header, a breadcrumb or the file name, and the body comes last.
import type { AuthorRef } from '../agencies/hits.ts';
import { loadGazetteer, type Place, type PlaceContext } from '../gazetteer.ts';
import type { MetaCue, MetaField, MetaOverrides, ReportGenre, ReportMeta } from '../model.ts';
import { contextFor } from '../places.ts';
import { fileNameCues } from './file-name.ts';
import { deliveredGenre, genreOf } from './genre.ts';
import { lines, yearOf } from './lines.ts';
import { openingFormula, type Opening } from './opening.ts';
import { applyOverrides } from './overrides.ts';
import { portalHeader } from './portal-header.ts';
import { bodyYears } from './review.ts';
import { dominantPlace, placeInName, placeNamed, placeWeights, type PlaceWeights } from './self-place.ts';
import { findReporter } from './reporter.ts';
import { signature, TAIL_LINES } from './signature.ts';
import { HEAD_LINES, titleAboutPlace, titleAuthor, titleLine } from './title-line.ts';

export { dateLine } from './lines.ts';

const DOC_NUMBER = /[\u4e00-\u9fa5]{1,10}[〔［[【(（]\d{4}[〕］\]】)）]\d{1,4}号/u;
const YEAR_BRACKET = /[〔［[【(（]\d{4}[〕］\]】)）]/u;

export interface MetadataResult {
  meta: ReportMeta;
  author: AuthorRef | null;
  ctx: PlaceContext;
}

type Cues = Partial<Record<MetaField, MetaCue>>;

/** The first of several (value, cue) pairs that has a value. */
function first<T>(cues: Cues, field: MetaField, options: [T | null | undefined, MetaCue][]): T | null {
  for (const [v, cue] of options) {
    if (v !== null && v !== undefined) {
      cues[field] = cue;
      return v;
    }
  }
  return null;
}

function docNumberOf(text: string, tailText: string): string | null {
  // Only where a year bracket occurs: the pattern backtracks over every run of CJK otherwise.
  const headText = text.slice(0, 2000);
  return (
    (YEAR_BRACKET.test(headText) ? DOC_NUMBER.exec(headText)?.[0] : undefined) ??
    (YEAR_BRACKET.test(tailText) ? DOC_NUMBER.exec(tailText)?.[0] : undefined) ??
    null
  );
}

const SHORT_LEVEL: Record<string, { level: Place['level']; suffix?: string }> = {
  省: { level: 'province' },
  市: { level: 'city' },
  区: { level: 'county', suffix: '区' },
  县: { level: 'county', suffix: '县' },
  旗: { level: 'county', suffix: '旗' },
  镇: { level: 'town', suffix: '镇' },
  乡: { level: 'town', suffix: '乡' },
  街道: { level: 'town', suffix: '街道' },
};

/**
 * The place of an opening formula: named (我代表深圳市南山区人民政府), or only by level (我代表区人民政府,
 * 我代表新区管委会): then the place another cue names, if of that kind, else the text's most mentioned one.
 */
function openingPlace(
  o: Opening,
  named: { place: Place | null; cue: MetaCue }[],
  weights: () => PlaceWeights,
  year: number | null,
): { place: Place; cue: MetaCue } | null {
  const g = loadGazetteer();
  if (o.kind === 'state_council') return { place: g.nation, cue: 'opening-formula' };
  const short = SHORT_LEVEL[o.place];
  const zoneShort = /^(?:新区|开发区|管委会)?$/u.test(o.place) && o.kind === 'committee';
  if (!short && !zoneShort) {
    const p = placeNamed(o.place, weights(), year);
    return p ? { place: p, cue: 'opening-formula' } : null;
  }
  for (const n of named) {
    if (!n.place) continue;
    const fits = short
      ? n.place.level === short.level && (!short.suffix || n.place.name.endsWith(short.suffix))
      : n.place.key.startsWith('name:') || /新区|开发区|实验区|示范区|合作区/u.test(n.place.name);
    if (fits) return { place: n.place, cue: n.cue };
  }
  const w = weights();
  if (short) {
    const p = dominantPlace(w, short.level, null, short.suffix);
    return p ? { place: p, cue: 'body' } : null;
  }
  return null;
}

export function extractMetadata(text: string, file = '', overrides: MetaOverrides = {}): MetadataResult {
  const ls = lines(text);
  const head = ls.slice(0, HEAD_LINES);
  const tail = ls.slice(-TAIL_LINES);
  const title = titleLine(head);
  const titleCue: MetaCue = title?.labelled ? 'portal-header' : 'title-line';
  const portal = portalHeader(head);
  const sig = signature(tail);
  const opening = openingFormula(text);
  const years = bodyYears(text);
  const fname = file ? fileNameCues(file) : null;
  const cues: Cues = {};
  let cached: PlaceWeights | null = null;
  const weights = (): PlaceWeights => (cached ??= placeWeights(text));

  const genre = first<ReportGenre>(cues, 'genre', [
    [title ? genreOf(title.text) : null, titleCue],
    [fname?.genre, 'file-name'],
    [opening?.genre, 'opening-formula'],
    [/法治政府建设|依法行政/u.test(text.slice(0, 600)) ? genreOf(text.slice(0, 600)) : null, 'body'],
  ]);
  const published = first<string>(cues, 'published', [
    [sig.published, 'signature'],
    [portal.published, 'portal-header'],
  ]);
  const publishedYear = published ? +published.slice(0, 4) : null;
  const titleYear = title ? yearOf(title.text) : null;
  let year: number | null;
  if (deliveredGenre(genre)) {
    // Delivered in Y, about Y−1: a review heading naming the year is the strongest cue; else the
    // delivery year from the title, the file name, the plan heading or the date, less one.
    const deliveredCue: Cues = {};
    const d = first<number>(deliveredCue, 'year', [
      [titleYear, titleCue],
      [fname?.delivered, 'file-name'],
      [years.planned, 'review-heading'],
      [publishedYear, cues.published ?? 'signature'],
    ]);
    year = first<number>(cues, 'year', [
      [years.reviewed, 'review-heading'],
      [d !== null ? d - 1 : null, deliveredCue.year ?? 'body'],
    ]);
  } else {
    year = first<number>(cues, 'year', [
      [titleYear, titleCue],
      [years.stated, 'body'],
      [years.reviewed, 'review-heading'],
      [fname?.covered, 'file-name'],
      [publishedYear !== null ? publishedYear - 1 : null, cues.published ?? 'signature'],
      [fname?.delivered != null ? fname.delivered - 1 : null, 'file-name'],
    ]);
  }

  // The reporting body, from the most trusted cue that names one.
  const fromTitle = title ? titleAuthor(title.text) : null;
  const aboutPlace = title && !fromTitle ? titleAboutPlace(title.text) : null;
  const named = (): { place: Place | null; cue: MetaCue }[] => [
    { place: title ? placeInName(title.text, weights(), year) : null, cue: titleCue },
    { place: fname ? placeInName(fname.name, weights(), year) : null, cue: 'file-name' },
    ...portal.crumbs
      .slice()
      .reverse()
      .map((c) => ({ place: placeNamed(c, weights(), year), cue: 'breadcrumb' as const })),
  ];
  const opened = opening ? { opening, place: openingPlace(opening, named(), weights, year) } : null;
  const reporter = findReporter({
    text,
    year,
    genre,
    titleAuthor: fromTitle,
    titleCue,
    signers: sig.signers,
    opening: opened,
    portalAuthor: portal.author,
    aboutPlace,
    named,
    weights,
  });
  const author = reporter?.author ?? null;
  const place = reporter?.place ?? null;
  if (reporter) cues.author = reporter.authorCue;
  if (place && reporter) cues.jurisdiction = reporter.placeCue;
  if (title) cues.title = titleCue;

  const meta: ReportMeta = {
    title: title?.text ?? null,
    authorKey: author?.name ?? null,
    author: author?.name ?? null,
    jurisdictionKey: place?.key ?? null,
    jurisdiction: place?.name ?? null,
    year,
    published,
    docNumber: docNumberOf(text, tail.map((l) => l.text).join('\n')),
    genre,
    cues,
  };
  const given = applyOverrides(meta, author, overrides, weights);
  return {
    meta: given.meta,
    author: given.author,
    ctx: contextFor(given.meta.jurisdictionKey, given.meta.year),
  };
}
