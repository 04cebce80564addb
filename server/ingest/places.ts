// The loader's view of the gazetteer: key → place, for ancestor chains and places a report names only
// by key (a promotion's scope, an agency's area). Loaded once per process; the gazetteer is ~5k rows.
import { loadGazetteer } from '../extract/gazetteer.ts';
import type { PlaceLookup } from './jurisdiction-rows.ts';

let lookup: PlaceLookup | undefined;

export function gazetteerLookup(): PlaceLookup {
  if (!lookup) {
    const gazetteer = loadGazetteer();
    lookup = (key) => gazetteer.byKey(key);
  }
  return lookup;
}
