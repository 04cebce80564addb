// Pure: joins the graph's jurisdictions to the boundary asset (client/public/geo/index.json).
// Codes find their polygon; units renamed or merged since are drawn as today's unit with the old
// name kept; towns, zones and places without a polygon become points inside their nearest ancestor.
import type { JurisdictionRef } from './types.ts';

export type MapLevel = 'province' | 'city' | 'county';
export const MAP_LEVELS: readonly MapLevel[] = ['province', 'city', 'county'];

/** index.json: code → [name, level, parentCode, lon, lat]; renamed: old code → today's unit. */
export interface GeoIndex {
  source?: string;
  units: Record<string, [string, string, string, number, number]>;
  renamed: Record<string, { code: string; until: number | null; name: string }>;
}

export interface Placement {
  /** The unit whose polygon (or centroid) stands for the place today; null when nothing matched. */
  code: string | null;
  /** 'polygon': the place is a unit of the asset; 'point': drawn as a dot inside `code`. */
  kind: 'polygon' | 'point';
  /** The name in the reports when it differs from today's unit (renamed, merged, upgraded). */
  historicalName: string | null;
  /** Today's unit name for `code`. */
  unitName: string | null;
  lon: number | null;
  lat: number | null;
}

function unitOf(
  code: string | null | undefined,
  index: GeoIndex,
): { code: string; renamedFrom: boolean } | null {
  if (!code) return null;
  if (index.units[code]) return { code, renamedFrom: false };
  const r = index.renamed[code];
  if (r && index.units[r.code]) return { code: r.code, renamedFrom: true };
  return null;
}

/** Where a jurisdiction goes on the map. */
export function placeOf(j: JurisdictionRef, index: GeoIndex): Placement {
  const own =
    (j.level ?? '').toUpperCase() === 'TOWN' || (j.code?.length ?? 0) > 6 ? null : unitOf(j.code, index);
  if (own) {
    const u = index.units[own.code]!;
    const historical = own.renamedFrom || u[0] !== j.name ? j.name : null;
    return {
      code: own.code,
      kind: 'polygon',
      historicalName: historical,
      unitName: u[0],
      lon: u[3],
      lat: u[4],
    };
  }
  // A town's code starts with its county's; zones and uncoded places hang on their parent chain.
  const candidates: (string | null | undefined)[] = [];
  if (j.code && j.code.length > 6) candidates.push(j.code.slice(0, 6));
  for (let p = j.parent; p; p = p.parent) candidates.push(p.code);
  for (const c of candidates) {
    const anchor = unitOf(c, index);
    if (anchor) {
      const u = index.units[anchor.code]!;
      return { code: anchor.code, kind: 'point', historicalName: null, unitName: u[0], lon: u[3], lat: u[4] };
    }
  }
  return { code: null, kind: 'point', historicalName: null, unitName: null, lon: null, lat: null };
}

export function provinceOf(code: string): string {
  return `${code.slice(0, 2)}0000`;
}

/**
 * The unit of `level` that contains `code`, or null when `code` is above that level (a province on
 * the county map). Districts of municipalities and counties run by a province count as their own
 * city, because the city layer draws them there.
 */
export function unitAt(level: MapLevel, code: string, index: GeoIndex): string | null {
  const u = index.units[code];
  if (!u) return null;
  if (level === 'province') return provinceOf(code);
  const own = u[1];
  if (level === 'county') return own === 'county' ? code : null;
  if (own === 'province') return null;
  if (own === 'city') return code;
  const parent = index.units[u[2]];
  return parent && parent[1] === 'city' ? u[2] : code;
}

/**
 * Screen offset of the k-th point drawn inside one parent (ordered by id so it is stable): a
 * sunflower spiral, so a dozen towns of one county stay apart and near the centre.
 */
export function pointOffset(k: number, spacing = 7): [number, number] {
  if (k === 0) return [0, 0];
  const angle = k * 2.399963229728653; // golden angle
  const r = spacing * Math.sqrt(k);
  return [Math.round(r * Math.cos(angle) * 10) / 10, Math.round(r * Math.sin(angle) * 10) / 10];
}
