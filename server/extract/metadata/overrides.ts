// Values given from outside the text (a manifest row, ingestReport arguments, a kept correction) win
// over what the text says; each is recorded with the cue it came with (default 'manifest'). A
// jurisdiction is given by name or GB/T code and resolved in the gazetteer (a short name such as 南山区
// by the places the text mentions); one that names no place is a coded error, never a guess.
import type { AuthorRef } from '../agencies/hits.ts';
import { loadGazetteer } from '../gazetteer.ts';
import type { MetaCue, MetaOverrides, ReportMeta } from '../model.ts';
import { contextFor } from '../places.ts';
import { authorRef, bodyOf, pickAuthor } from './author.ts';
import { deliveredGenre } from './genre.ts';
import { placeNamed, type PlaceWeights } from './self-place.ts';

export class MetaOverrideError extends Error {
  readonly code = 'OVERRIDE_JURISDICTION_UNKNOWN';
  constructor(readonly value: string) {
    super(`OVERRIDE_JURISDICTION_UNKNOWN — jurisdiction "${value}" names no place in the gazetteer`);
    this.name = 'MetaOverrideError';
  }
}

/** The year covered, given the delivery year: the year before, unless the text names one of the two. */
export function yearFromDelivered(delivered: number, meta: Pick<ReportMeta, 'genre' | 'year'>): number {
  if (!deliveredGenre(meta.genre) && (meta.year === delivered || meta.year === delivered - 1))
    return meta.year;
  return delivered - 1;
}

export function applyOverrides(
  text: ReportMeta,
  textAuthor: AuthorRef | null,
  o: MetaOverrides,
  weights: () => PlaceWeights,
): { meta: ReportMeta; author: AuthorRef | null } {
  const cue: MetaCue = o.cue ?? 'manifest';
  const meta: ReportMeta = { ...text, cues: { ...text.cues } };
  let author = textAuthor;
  if (o.title) [meta.title, meta.cues.title] = [o.title, cue];
  if (o.genre) [meta.genre, meta.cues.genre] = [o.genre, cue];
  if (o.published) [meta.published, meta.cues.published] = [o.published, cue];
  if (o.year != null) [meta.year, meta.cues.year] = [o.year, cue];
  else if (o.delivered != null) {
    const y = yearFromDelivered(o.delivered, meta);
    if (y !== meta.year) [meta.year, meta.cues.year] = [y, cue];
  }
  const g = loadGazetteer();
  if (o.jurisdiction) {
    const place = placeNamed(o.jurisdiction, weights(), meta.year);
    if (!place) throw new MetaOverrideError(o.jurisdiction);
    meta.cues.jurisdiction = cue;
    if (place.key !== meta.jurisdictionKey) {
      meta.jurisdictionKey = place.key;
      meta.jurisdiction = place.name;
      // The text's body belongs elsewhere: the given place's own government (or 管委会) reports.
      const committee = meta.genre === 'committee_work' || place.key.startsWith('name:');
      author = bodyOf(
        place,
        place.key === g.nation.key ? 'state_council' : committee ? 'committee' : 'government',
        meta.year,
      );
      meta.cues.author = cue;
    }
  }
  if (o.author) {
    const hit = pickAuthor([o.author], contextFor(meta.jurisdictionKey, meta.year));
    author = hit
      ? authorRef(hit)
      : {
          name: o.author,
          jurisdictionKey: meta.jurisdictionKey,
          body: o.author,
          entry: null,
          isGovernment: false,
        };
    meta.cues.author = cue;
    if (!o.jurisdiction && hit?.jurisdictionKey && hit.jurisdictionKey !== meta.jurisdictionKey) {
      const p = g.byKey(hit.jurisdictionKey);
      meta.jurisdictionKey = hit.jurisdictionKey;
      meta.jurisdiction = p?.name ?? null;
      meta.cues.jurisdiction = cue;
    }
  }
  meta.author = meta.authorKey = author?.name ?? null;
  return { meta, author };
}
