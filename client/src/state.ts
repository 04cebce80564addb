// The view lives in the URL hash so a copied link reopens the same view.
// Pure encode/decode; main.ts owns reading and writing location.hash.
import { ENTITY_TYPES, type EntityType } from './types.ts';
import type { Lang } from './i18n.ts';
import { MAP_LEVELS, type MapLevel } from './map-model.ts';

export const MAP_OF = ['spread', 'compare', 'place'] as const;
export type MapOf = (typeof MAP_OF)[number];

export const MODES = ['graph', 'spread', 'compare', 'path', 'map', 'indicators', 'library'] as const;
export type Mode = (typeof MODES)[number];
export const LAYOUTS = ['fcose', 'concentric', 'hierarchical'] as const;
export type LayoutName = (typeof LAYOUTS)[number];

export interface ViewState {
  mode: Mode;
  /** The selected / focused entity id. */
  id: string | null;
  /** Reform shown in the spread view (canonical name or id). */
  reform: string | null;
  kinds: EntityType[];
  yearFrom: number | null;
  yearTo: number | null;
  layout: LayoutName;
  compare: string[];
  pathFrom: string | null;
  pathTo: string | null;
  lang: Lang;
  /** Map view: what it shows, the level of its units and the province it is zoomed to (null: all China). */
  mapOf?: MapOf;
  mapLevel?: MapLevel;
  mapZoom?: string | null;
  /** Indicator panel: its places and the one indicator compared (null: all, by place). */
  indicatorPlaces?: string[];
  indicator?: string | null;
}

export function defaultState(): ViewState {
  return {
    mode: 'graph',
    id: null,
    reform: null,
    kinds: [...ENTITY_TYPES],
    yearFrom: null,
    yearTo: null,
    layout: 'fcose',
    compare: [],
    pathFrom: null,
    pathTo: null,
    lang: 'zh',
  };
}

function pick<T extends string>(value: string | null, allowed: readonly T[], fallback: T): T {
  return value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : fallback;
}

function year(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) return null;
  return Number(value);
}

/** Only what differs from the defaults goes into the link, so links stay short. */
export function encodeState(state: ViewState): string {
  const d = defaultState();
  const p = new URLSearchParams();
  if (state.mode !== d.mode) p.set('mode', state.mode);
  if (state.id) p.set('id', state.id);
  if (state.reform) p.set('reform', state.reform);
  const allKinds = ENTITY_TYPES.every((k) => state.kinds.includes(k));
  if (!allKinds) p.set('kinds', state.kinds.map((k) => k.toLowerCase()).join(','));
  if (state.yearFrom != null) p.set('from', String(state.yearFrom));
  if (state.yearTo != null) p.set('to', String(state.yearTo));
  if (state.layout !== d.layout) p.set('layout', state.layout);
  if (state.compare.length) p.set('cmp', state.compare.join('|'));
  if (state.pathFrom) p.set('pf', state.pathFrom);
  if (state.pathTo) p.set('pt', state.pathTo);
  if (state.lang !== d.lang) p.set('lang', state.lang);
  // The map's defaults (spread, county level, zoom from the data) are left out of the link.
  if (state.mapOf && state.mapOf !== 'spread') p.set('mo', state.mapOf);
  if (state.mapLevel && state.mapLevel !== 'county') p.set('ml', state.mapLevel);
  if (state.mapZoom) p.set('mz', state.mapZoom);
  if (state.indicatorPlaces?.length) p.set('ip', state.indicatorPlaces.join('|'));
  if (state.indicator) p.set('ind', state.indicator);
  const s = p.toString();
  return s ? `#${s}` : '';
}

/** Unknown or malformed parts fall back to defaults: a mangled link still opens. */
export function decodeState(hash: string): ViewState {
  const d = defaultState();
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const kindsRaw = p.get('kinds');
  const kinds =
    kindsRaw === null
      ? d.kinds
      : ENTITY_TYPES.filter((k) =>
          kindsRaw
            .split(',')
            .map((x) => x.trim().toUpperCase())
            .includes(k),
        );
  let yearFrom = year(p.get('from'));
  let yearTo = year(p.get('to'));
  if (yearFrom != null && yearTo != null && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    mode: pick(p.get('mode'), MODES, d.mode),
    id: p.get('id') || null,
    reform: p.get('reform') || null,
    kinds,
    yearFrom,
    yearTo,
    layout: pick(p.get('layout'), LAYOUTS, d.layout),
    compare: (p.get('cmp') ?? '').split('|').filter(Boolean),
    pathFrom: p.get('pf') || null,
    pathTo: p.get('pt') || null,
    lang: pick(p.get('lang'), ['zh', 'en'] as const, d.lang),
    ...mapState(p),
    // Absent unless set, so views without an indicator panel compare equal to older states.
    indicatorPlaces: p.get('ip') ? p.get('ip')!.split('|').filter(Boolean) : undefined,
    indicator: /^[a-z][a-z0-9_]{0,60}$/.test(p.get('ind') ?? '') ? p.get('ind') : undefined,
  };
}

/** Map fields only when the link has them (and they are valid), so other views' states stay as they were. */
function mapState(p: URLSearchParams): Pick<ViewState, 'mapOf' | 'mapLevel' | 'mapZoom'> {
  const out: Pick<ViewState, 'mapOf' | 'mapLevel' | 'mapZoom'> = {};
  const of = p.get('mo');
  const level = p.get('ml');
  const zoom = p.get('mz');
  if (of && (MAP_OF as readonly string[]).includes(of)) out.mapOf = of as MapOf;
  if (level && (MAP_LEVELS as readonly string[]).includes(level)) out.mapLevel = level as MapLevel;
  if (zoom && /^\d{6}$/.test(zoom)) out.mapZoom = zoom;
  return out;
}
