// Pure: what the map paints — each mark (a place with a colour) rolled up to the units of the chosen
// level, points for places without a polygon, rings for places above the level.
import { placeOf, pointOffset, unitAt, type GeoIndex, type MapLevel, type Placement } from './map-model.ts';
import type { SpreadKind, SpreadModel, SpreadRow } from './spread-model.ts';
import { yearColor } from './spread-model.ts';
import type { JurisdictionRef } from './types.ts';

export interface MapMark {
  j: JurisdictionRef;
  /** Orders marks that fall in one unit: the smallest wins (the first year; the first place compared). */
  key: number;
  color: string;
  /** One tooltip line, e.g. "2018 首次实施". */
  label: string;
  /** Pilot / promotion / first marks drawn beside the place. */
  kinds: SpreadKind[];
  row?: SpreadRow;
}

export interface PlacedMark {
  mark: MapMark;
  place: Placement;
}

export interface PointMark extends PlacedMark {
  /** Screen offset from the anchor's centroid (px). */
  dx: number;
  dy: number;
}

export interface MapPaint {
  /** Unit code at the level → the marks inside it, winner first. */
  fills: Map<string, PlacedMark[]>;
  points: PointMark[];
  /** Places bigger than the level's units (a province on the county map): drawn as rings. */
  above: PlacedMark[];
  /** Marks that matched no unit at all (no code and no coded ancestor). */
  unplaced: MapMark[];
  /** Provinces holding any mark: the county map loads these. */
  provinces: Set<string>;
}

export function paint(marks: readonly MapMark[], level: MapLevel, index: GeoIndex): MapPaint {
  const out: MapPaint = { fills: new Map(), points: [], above: [], unplaced: [], provinces: new Set() };
  const perAnchor = new Map<string, number>();
  const sorted = [...marks].sort((a, b) => a.key - b.key || a.j.id.localeCompare(b.j.id));
  for (const mark of sorted) {
    const place = placeOf(mark.j, index);
    if (!place.code) {
      out.unplaced.push(mark);
      continue;
    }
    out.provinces.add(`${place.code.slice(0, 2)}0000`);
    if (place.kind === 'point') {
      const k = perAnchor.get(place.code) ?? 0;
      perAnchor.set(place.code, k + 1);
      // k + 1: the centre itself stays free for the anchor's own colour or ring.
      const [dx, dy] = pointOffset(k + 1);
      out.points.push({ mark, place, dx, dy });
      continue;
    }
    const unit = unitAt(level, place.code, index);
    if (!unit) {
      out.above.push({ mark, place });
      continue;
    }
    const list = out.fills.get(unit) ?? [];
    list.push({ mark, place });
    out.fills.set(unit, list);
  }
  return out;
}

/** A reform's spread as marks: coloured by first year, up to `upTo` (playback) when given. */
export function spreadMarks(
  model: SpreadModel,
  label: (row: SpreadRow) => string,
  upTo: number | null,
): MapMark[] {
  const years = model.years;
  const min = years[0] ?? 0;
  const max = years[years.length - 1] ?? 0;
  return model.order
    .filter((r) => upTo == null || r.firstYear <= upTo)
    .map((row) => ({
      j: row.jurisdiction,
      key: row.firstYear,
      color: yearColor(row.firstYear, min, max),
      label: label(row),
      kinds: [
        ...new Set(
          row.events
            .filter((e) => e.kind !== 'adoption' && (upTo == null || e.year <= upTo))
            .map((e) => e.kind),
        ),
      ],
      row,
    }));
}

/** Categorical colours for compared places (distinct in print and for colour-blind readers). */
export const CATEGORY_COLORS = [
  '#1971c2',
  '#e8590c',
  '#2f9e44',
  '#ae3ec9',
  '#f08c00',
  '#0c8599',
  '#c2255c',
  '#5c940d',
];
