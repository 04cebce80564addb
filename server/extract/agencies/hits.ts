// What agency scanning reads and produces, and how its mentions become entities.
import type { BodyEntry } from '../lexicon.ts';
import type { AgencyEntity, Mention } from '../model.ts';

/** A resolved place mention (from places.ts), used as an agency's prefix when it ends where a form starts. */
export interface PlaceSpan {
  start: number;
  end: number;
  key: string;
}

export interface AuthorRef {
  name: string; // canonical
  jurisdictionKey: string | null;
  /** The standard body name without the jurisdiction (住房和城乡建设局), for abbreviation checks. */
  body: string;
  entry: BodyEntry | null;
  isGovernment: boolean;
}

export interface AgencyHit extends Mention {
  name: string;
  jurisdictionKey: string | null;
  entry: BodyEntry | null;
  /** True when the mention names the reporting body itself (我局, 住建局 in a 住建局 report). */
  self: boolean;
}

/** Groups mentions into entities (the author first if mentioned). */
export function collectAgencies(hits: AgencyHit[]): AgencyEntity[] {
  const byName = new Map<string, AgencyEntity>();
  for (const h of hits) {
    let a = byName.get(h.name);
    if (!a)
      byName.set(
        h.name,
        (a = { key: h.name, name: h.name, jurisdictionKey: h.jurisdictionKey, aliases: [], mentions: [] }),
      );
    a.mentions.push({ surface: h.surface, start: h.start, end: h.end });
    if (h.surface !== h.name && !a.aliases.includes(h.surface)) a.aliases.push(h.surface);
  }
  return [...byName.values()];
}
