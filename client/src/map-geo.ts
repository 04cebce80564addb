// Loads the boundary asset lazily from the app's own origin (/geo/…, built by seed/geo/build.ts):
// no tile server, nothing fetched from anywhere else. Each file is read once per page.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { GeoIndex } from './map-model.ts';

export type UnitFeature = Feature<Geometry, { name: string }> & { id: string };

const cache = new Map<string, Promise<unknown>>();

function getJson<T>(path: string): Promise<T> {
  let p = cache.get(path);
  if (!p) {
    p = fetch(path).then((res) => {
      if (!res.ok) throw new Error(`${path}: HTTP ${res.status}`);
      return res.json() as Promise<unknown>;
    });
    // A failed load may be retried later (the server restarted, say).
    p.catch(() => cache.delete(path));
    cache.set(path, p);
  }
  return p as Promise<T>;
}

async function units(path: string): Promise<UnitFeature[]> {
  const topo = await getJson<Topology<{ units: GeometryCollection<{ name: string }> }>>(path);
  const fc = feature(topo, topo.objects.units) as FeatureCollection<Geometry, { name: string }>;
  return fc.features.map((f) => ({ ...f, id: String(f.id) }));
}

export const geoIndex = (): Promise<GeoIndex> => getJson<GeoIndex>('/geo/index.json');
export const provinceShapes = (): Promise<UnitFeature[]> => units('/geo/provinces.json');
export const cityShapes = (): Promise<UnitFeature[]> => units('/geo/cities.json');
/** Counties of one province; a province without a county file (台湾, 港澳) has none. */
export const countyShapes = (province: string): Promise<UnitFeature[]> =>
  units(`/geo/counties/${province}.json`).catch(() => []);
