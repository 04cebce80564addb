// Draws the map as one self-contained SVG (colours as attributes, no stylesheet), so the same
// element is what the user sees, what "SVG" exports and what "PNG" rasterises. d3-geo projects.
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { MapPaint, PlacedMark } from '../map-paint.ts';
import type { UnitFeature } from '../map-geo.ts';
import { marker, svg } from './spread-marks.ts';

export interface MapPicture {
  width: number;
  height: number;
  title: string;
  /** Context: every province, drawn grey. */
  provinces: UnitFeature[];
  /** The units of the chosen level that the view covers. */
  units: UnitFeature[];
  /** What the view is fitted to. */
  focus: UnitFeature[];
  paint: MapPaint;
  /** Tooltip for a filled unit; the historical names are in it. */
  unitTitle(code: string, name: string, marks: PlacedMark[]): string;
  markTitle(m: PlacedMark): string;
  legend: { color: string; text: string }[];
  /** Label filled units by name (readable at province zoom). */
  labels: boolean;
  onPick(code: string | null, marks: PlacedMark[]): void;
}

const EMPTY = '#ffffff';
const BASE = '#f1f3f5';
const EDGE = '#adb5bd';

export function drawMap(p: MapPicture): SVGSVGElement {
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    class: 'map-svg',
    width: p.width,
    height: p.height,
    viewBox: `0 0 ${p.width} ${p.height}`,
    'font-family': 'Noto Sans CJK SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif',
  });
  root.append(svg('rect', { x: 0, y: 0, width: p.width, height: p.height, fill: '#e7f5ff' }));
  // China's usual equal-area conic: areas compare fairly across the north and south.
  const projection = geoConicEqualArea().parallels([25, 47]).rotate([-105, 0]);
  const fitTo: GeoPermissibleObjects = {
    type: 'FeatureCollection',
    features: p.focus.length ? p.focus : p.provinces,
  };
  projection.fitExtent(
    [
      [16, 44],
      [p.width - 16, p.height - 56],
    ],
    fitTo,
  );
  const path = geoPath(projection);

  const base = svg('g', { class: 'provinces' });
  for (const f of p.provinces)
    base.append(svg('path', { d: path(f) ?? '', fill: BASE, stroke: EDGE, 'stroke-width': 0.6 }));
  root.append(base);

  const layer = svg('g', { class: 'units' });
  const centre = new Map<string, [number, number]>();
  for (const f of p.units) {
    const marks = p.paint.fills.get(f.id) ?? [];
    const won = marks[0];
    const el = svg('path', {
      d: path(f) ?? '',
      fill: won ? won.mark.color : EMPTY,
      stroke: won ? '#495057' : EDGE,
      'stroke-width': won ? 0.9 : 0.5,
      class: won ? 'unit adopted' : 'unit',
      'data-code': f.id,
      'data-name': f.properties.name,
    });
    el.append(svg('title', {}, p.unitTitle(f.id, f.properties.name, marks)));
    el.addEventListener('click', () => p.onPick(f.id, marks));
    layer.append(el);
    const c = path.centroid(f);
    if (Number.isFinite(c[0])) centre.set(f.id, c);
  }
  root.append(layer);

  const over = svg('g', { class: 'marks' });
  const at = (m: PlacedMark): [number, number] | null => {
    const c = m.place.lon != null && m.place.lat != null ? projection([m.place.lon, m.place.lat]) : null;
    return c && Number.isFinite(c[0]) ? [c[0], c[1]] : null;
  };
  if (p.labels)
    for (const [code, marks] of p.paint.fills) {
      const c = centre.get(code);
      const name = p.units.find((u) => u.id === code)?.properties.name;
      if (!c || !name || !marks.length) continue;
      over.append(
        svg(
          'text',
          {
            x: c[0],
            y: c[1] + 4,
            'text-anchor': 'middle',
            'font-size': 11,
            fill: '#212529',
            'pointer-events': 'none',
            stroke: '#fff',
            'stroke-width': 2.5,
            'paint-order': 'stroke',
          },
          name,
        ),
      );
    }
  for (const m of p.paint.above) {
    const c = at(m);
    if (!c) continue;
    const ring = svg('circle', {
      cx: c[0],
      cy: c[1],
      r: 11,
      fill: 'none',
      stroke: m.mark.color,
      'stroke-width': 3,
      class: 'above',
      'data-name': m.mark.j.name,
    });
    ring.append(svg('title', {}, p.markTitle(m)));
    ring.addEventListener('click', () => p.onPick(null, [m]));
    over.append(ring);
  }
  for (const m of p.paint.points) {
    const c = at(m);
    if (!c) continue;
    const dot = svg('circle', {
      cx: c[0] + m.dx,
      cy: c[1] + m.dy,
      r: 4.5,
      fill: m.mark.color,
      stroke: '#212529',
      'stroke-width': 1,
      class: 'point',
      'data-name': m.mark.j.name,
    });
    dot.append(svg('title', {}, p.markTitle(m)));
    dot.addEventListener('click', () => p.onPick(null, [m]));
    over.append(dot);
  }
  // Pilot ◆ / promotion ▲ / first ★ beside the place that reported it, smaller than on the timeline.
  const kindsAt: [PlacedMark, number, number][] = [];
  for (const list of p.paint.fills.values()) for (const m of list) kindsAt.push([m, 0, 0]);
  for (const m of p.paint.above) kindsAt.push([m, 0, 0]);
  for (const m of p.paint.points) kindsAt.push([m, m.dx, m.dy]);
  for (const [m, dx, dy] of kindsAt) {
    const c = at(m);
    if (!c) continue;
    m.mark.kinds.forEach((k, i) => {
      const g = svg('g', {
        transform: `translate(${c[0] + dx + 9 + i * 10} ${c[1] + dy - 9}) scale(0.6)`,
        class: `kind kind-${k}`,
      });
      g.append(marker(k, 0, 0));
      over.append(g);
    });
  }
  root.append(over);

  root.append(svg('text', { x: 16, y: 26, 'font-size': 16, 'font-weight': 600, fill: '#212529' }, p.title));
  // The legend wraps onto more rows rather than running off a narrow map.
  const legend = svg('g', { class: 'legend' });
  let x = 0;
  let row = 0;
  for (const item of p.legend) {
    const w = 26 + item.text.length * 12;
    if (x > 0 && x + w > p.width - 32) {
      x = 0;
      row += 1;
    }
    legend.append(
      svg('rect', {
        x,
        y: row * 20,
        width: 14,
        height: 14,
        fill: item.color,
        stroke: '#495057',
        'stroke-width': 0.5,
      }),
    );
    legend.append(svg('text', { x: x + 18, y: row * 20 + 12, 'font-size': 12, fill: '#212529' }, item.text));
    x += w;
  }
  legend.setAttribute('transform', `translate(16 ${p.height - 40 - row * 20})`);
  root.append(legend);
  return root;
}
