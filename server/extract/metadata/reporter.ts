// Who reports, and for which place: the first cue, in order of trust, that names a body we can place.
// A title or signature names the body itself; an opening formula names a government or 管委会 (maybe
// only by level); a portal's 发布机构 is the publisher, often the body itself but sometimes its office;
// a file name or breadcrumb names only a place, whose government (or 管委会) is then the reporter.
import type { AgencyHit, AuthorRef } from '../agencies/hits.ts';
import { loadGazetteer, type Place } from '../gazetteer.ts';
import type { MetaCue, ReportGenre } from '../model.ts';
import { authorFromBody, authorRef, bodyOf, pickAuthor } from './author.ts';
import type { Opening } from './opening.ts';
import { placeNamed, type PlaceWeights } from './self-place.ts';

export interface NamedPlace {
  place: Place | null;
  cue: MetaCue;
}

export interface Reporter {
  author: AuthorRef;
  place: Place | null;
  authorCue: MetaCue;
  placeCue: MetaCue;
}

export interface ReporterCues {
  text: string;
  year: number | null;
  genre: ReportGenre | null;
  titleAuthor: string | null;
  titleCue: MetaCue;
  signers: string[];
  opening: { opening: Opening; place: NamedPlace | null } | null;
  portalAuthor: string | null;
  aboutPlace: string | null;
  /** Places a file name or breadcrumb names (computed only when needed). */
  named: () => NamedPlace[];
  weights: () => PlaceWeights;
}

// A body of a functional area the agency lexicon may not know: 武汉东湖新技术开发区管委会司法局.
const ZONE_BODY =
  /^(.{2,20}?(?:新区|开发区|高新区|经济区|实验区|示范区|合作区|片区|管理区|试验区|园区))(?:党工委|管委会|管理委员会)?(.*)$/u;

// The same in running text (2023年，赣江新区司法局在新区党工委…): the reporter if the opening names it twice.
const ZONE_BODY_IN_TEXT =
  /[\u4e00-\u9fa5]{2,10}?(?:新区|开发区|高新区|实验区|示范区|合作区|片区|园区)(?:管委会|管理委员会)?[\u4e00-\u9fa5]{1,8}?(?:局|委员会|办公室)/gu;
const ZONE_TEXT_WINDOW = 3000;

function zoneBodyInText(c: ReporterCues): Reporter | null {
  const counts = new Map<string, number>();
  for (const m of c.text.slice(0, ZONE_TEXT_WINDOW).matchAll(ZONE_BODY_IN_TEXT))
    counts.set(m[0], (counts.get(m[0]) ?? 0) + 1);
  const [name, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['', 0];
  return n >= 2 ? zoneBody(name, 'body', c) : null;
}

function fromHit(hit: AgencyHit, cue: MetaCue): Reporter {
  const author = authorRef(hit);
  const place = author.jurisdictionKey ? (loadGazetteer().byKey(author.jurisdictionKey) ?? null) : null;
  return { author, place, authorCue: cue, placeCue: cue };
}

function named(name: string | null, cue: MetaCue, year: number | null): Reporter | null {
  if (!name) return null;
  const hit = pickAuthor([name], { year });
  return hit ? fromHit(hit, cue) : null;
}

function zoneBody(name: string | null, cue: MetaCue, c: ReporterCues): Reporter | null {
  const m = name ? ZONE_BODY.exec(name.replace(/\s+/gu, '')) : null;
  if (!m) return null;
  const place = placeNamed(m[1]!, c.weights(), c.year);
  if (!place) return null;
  const body = m[2] ?? '';
  const author: AuthorRef = body
    ? { name: name!.replace(/\s+/gu, ''), jurisdictionKey: place.key, body, entry: null, isGovernment: false }
    : bodyOf(place, 'committee', c.year);
  return { author, place, authorCue: cue, placeCue: cue };
}

export function findReporter(c: ReporterCues): Reporter | null {
  const steps: (() => Reporter | null)[] = [
    () => named(c.titleAuthor, c.titleCue, c.year),
    () => zoneBody(c.titleAuthor, c.titleCue, c),
    () => {
      for (const s of c.signers.slice().reverse()) {
        const r = named(s, 'signature', c.year) ?? zoneBody(s, 'signature', c);
        if (r) return r;
      }
      return null;
    },
    () => {
      const o = c.opening;
      if (!o?.place?.place) return null;
      const author = bodyOf(o.place.place, o.opening.kind, c.year);
      return { author, place: o.place.place, authorCue: 'opening-formula', placeCue: o.place.cue };
    },
    () => named(c.portalAuthor, 'portal-header', c.year) ?? zoneBody(c.portalAuthor, 'portal-header', c),
    () => named(c.aboutPlace, c.titleCue, c.year),
    () => {
      const n = c.named().find((x) => x.place !== null && x.cue !== c.titleCue);
      if (!n?.place) return null;
      const committee = c.genre === 'committee_work' || n.place.key.startsWith('name:');
      const author = bodyOf(n.place, committee ? 'committee' : 'government', c.year);
      return { author, place: n.place, authorCue: n.cue, placeCue: n.cue };
    },
    () => zoneBodyInText(c),
    () => {
      const hit = authorFromBody(c.text, c.year);
      return hit ? fromHit(hit, 'body') : null;
    },
  ];
  for (const step of steps) {
    const r = step();
    if (r) return r;
  }
  return null;
}
