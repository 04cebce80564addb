// Agencies: government departments, party organs, congresses, CPPCC, courts and procuratorates.
// A mention is a lexicon form (住建局, 市自规局's 自规局, 人大常委会…) plus what precedes it: a place
// (嘉兴市, 温岭), a one-character level prefix (省/市/区/县, resolved from the report's own place), or
// nothing (the report's own area; 部/总局/署 forms are national, 厅 forms provincial). The canonical
// name is the jurisdiction's agency prefix + the standard body name for that level.
import { Coverage } from '../coverage.ts';
import { loadGazetteer, type Place, type PlaceContext } from '../gazetteer.ts';
import { agencyLexicon, type BodyEntry } from '../lexicon.ts';
import { Trie } from '../trie.ts';
import { canonicalName, isNationalForm, isProvincialForm, prefixBefore } from './canonical.ts';
import type { AgencyHit, AuthorRef, PlaceSpan } from './hits.ts';
import { addCommitteeBodies, addGenericUnits, addSpecial } from './unlisted-bodies.ts';

type FormValue = { kind: 'body'; entry: BodyEntry; form: string } | { kind: 'self' } | { kind: 'skip' };

const lex = agencyLexicon();
const forms = new Trie<FormValue>();
for (const c of lex.collectives) forms.add(c, { kind: 'skip' });
for (const s of lex.selfReferences) forms.add(s, { kind: 'self' });
for (const entry of lex.bodies)
  for (const form of entry.forms) forms.add(form, { kind: 'body', entry, form });

const NOT_AFTER_PARTY_COMMITTEE = /^[员托屈派]/u;

function isSubsequence(short: string, long: string): boolean {
  let j = 0;
  for (const ch of long) if (j < short.length && ch === short[j]) j++;
  return j === short.length;
}

export interface AgencyScanInput {
  text: string;
  places: PlaceSpan[];
  ctx: PlaceContext;
  author: AuthorRef | null;
}

/** Every agency mention in the text, resolved to a canonical name where the context allows. */
export function scanAgencies({ text, places, ctx, author }: AgencyScanInput): AgencyHit[] {
  const g = loadGazetteer();
  const placeByEnd = new Map<number, PlaceSpan>();
  const placeByStart = new Map<number, PlaceSpan>();
  const placeStartMask = new Uint8Array(text.length + 1);
  for (const p of places) {
    placeByEnd.set(p.end, p);
    placeByStart.set(p.start, p);
    placeStartMask[p.start] = 1;
  }
  const self = ctx.selfKey ? (g.byKey(ctx.selfKey) ?? null) : null;
  const hits: AgencyHit[] = [];
  const push = (h: AgencyHit): void => {
    hits.push(h);
  };

  let afterCollective = -1;
  for (let i = 0; i < text.length;) {
    if (!forms.startsAt(text, i) && placeStartMask[i] !== 1) {
      i++;
      continue;
    }
    // A place name is never the start of a body form (嘉兴市 is not 市…); skip over it.
    const ps = placeByStart.get(i);
    if (ps) {
      i = ps.end;
      continue;
    }
    const m = forms.longestAt(text, i);
    if (!m) {
      i++;
      continue;
    }
    const v = m.value;
    if (v.kind === 'skip') {
      i = m.end;
      afterCollective = m.end;
      continue;
    }
    // 各设区市司法局: a body named after a collective is the collective's, not one agency.
    if (i === afterCollective) {
      i = m.end;
      continue;
    }
    if (v.kind === 'self') {
      if (author)
        push({
          surface: text.slice(i, m.end),
          start: i,
          end: m.end,
          name: author.name,
          jurisdictionKey: author.jurisdictionKey,
          entry: author.entry,
          self: true,
        });
      i = m.end;
      continue;
    }
    const { entry, form } = v;
    if (form === '委' && NOT_AFTER_PARTY_COMMITTEE.test(text.slice(m.end, m.end + 1))) {
      i++;
      continue;
    }
    const pre = prefixBefore(g, text, i, placeByEnd, ctx);
    if (entry.needsPrefix && !pre.explicit) {
      i++;
      continue;
    }
    let place: Place | null = pre.place;
    let resolvable = true;
    if (!pre.explicit) {
      if (isNationalForm(entry, form)) place = g.nation;
      else if (isProvincialForm(form)) place = ctx.provinceKey ? (g.byKey(ctx.provinceKey) ?? null) : null;
      else {
        const prev = hits[hits.length - 1];
        const gap = prev ? text.slice(prev.end, i) : '';
        // 省委常委、政法委 / 市纪委(市监委): an unprefixed body in an enumeration shares the previous level.
        if (
          prev &&
          prev.jurisdictionKey &&
          gap.length <= 4 &&
          /^[\u4e00-\u9fa5]{0,2}[、和及与(（]$/u.test(gap)
        )
          place = g.byKey(prev.jurisdictionKey) ?? null;
        else place = self;
      }
    } else if (!place) resolvable = false;
    if (!place && !pre.explicit && entry.names.nation && Object.keys(entry.names).length === 1)
      place = g.nation;

    let end = m.end;
    let name: string | null = place ? canonicalName(g, entry, place) : null;
    const surfaceEnd = (e: number): string => text.slice(pre.start, e);
    // 住建部办公厅: the general office of a resolved body.
    const office = /^(办公厅|办公室)/u.exec(text.slice(end, end + 3));
    if (name && office && !name.endsWith(office[1]!)) {
      name += office[1];
      end += office[1]!.length;
    }
    if (!name) {
      if (resolvable || !pre.explicit) {
        i = m.end;
        continue;
      }
      name = surfaceEnd(end); // cannot resolve: keep as written
    }
    let isSelf = false;
    if (author && place && author.jurisdictionKey === place.key) {
      if (name === author.name) isSelf = true;
      else if (author.entry && entry === author.entry) isSelf = true;
      else if (!entry.party && isSubsequence(form, author.body) && /[局委办厅]$/u.test(form)) isSelf = true;
    }
    if (isSelf && author) name = author.name;
    push({
      surface: surfaceEnd(end),
      start: pre.start,
      end,
      name,
      jurisdictionKey: place?.key ?? null,
      entry,
      self: isSelf,
    });
    i = end;
  }

  const covered = new Coverage(text.length, hits);
  addSpecial(text, hits, g, ctx, author, placeByEnd, covered);
  addGenericUnits(text, hits, g, ctx, placeByEnd, covered);
  // A committee's department replaces the bare committee hit it starts with.
  const replaced = addCommitteeBodies(text, hits, g, ctx, covered);
  if (replaced.size > 0) hits.splice(0, hits.length, ...hits.filter((h) => !replaced.has(h)));
  hits.sort((a, b) => a.start - b.start);
  return hits;
}

/** Resolves a standalone name (a title's or signature's author, 嘉兴市南湖区人民政府) to one agency. */
export function resolveAgencyName(surface: string, ctx: PlaceContext): AgencyHit | null {
  const g = loadGazetteer();
  const places: PlaceSpan[] = [];
  let prevKey: string | null = null;
  let prevEnd = -1;
  for (const hit of g.scan(surface)) {
    const p = g.resolve(hit.candidates, { ...ctx, adjacentKey: prevEnd === hit.start ? prevKey : null });
    if (!p) continue;
    places.push({ start: hit.start, end: hit.end, key: p.key });
    prevKey = p.key;
    prevEnd = hit.end;
  }
  const hits = scanAgencies({ text: surface, places, ctx, author: null });
  // The whole string should be one body; prefer the hit reaching the end.
  const last = hits.filter((h) => h.end === surface.length).pop() ?? hits[hits.length - 1];
  return last ?? null;
}
