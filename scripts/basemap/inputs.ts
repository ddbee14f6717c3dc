// Reads the open-data inputs of the offline basemap from a directory laid out like PDOK's downloads
// (see docs/GUIDE.md, "Offline basemap"), and turns them into one GeoJSON collection per vector-tile layer.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { pointOnFeature } from '@turf/turf';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Point, Polygon } from 'geojson';
import { germanPlaces, readTransportLayers, type SourceCredits, type TransportLayers } from './transport';

export const INPUT_FILES = {
  land: 'boundaries/landgebied-nl-brk.wgs84.geojson',
  provinces: 'boundaries/provincies-2026-nl.wgs84.geojson',
  municipalities: 'boundaries/gemeenten-2026-nl.wgs84.geojson',
  overijssel: 'boundaries/gemeenten-2026-overijssel.wgs84.geojson',
  builtup: 'places/top10nl-plaats-overijssel.wgs84.geojson',
  places: 'places/top10nl-plaats-overijssel.labelpoints.geojson',
} as const;
export type InputName = keyof typeof INPUT_FILES;

export class InputError extends Error {}

type AnyCollection = FeatureCollection<Geometry | null, Record<string, unknown> | null>;

function readCollection(dir: string, name: InputName): AnyCollection {
  const path = join(dir, INPUT_FILES[name]);
  if (!existsSync(path)) throw new InputError(`missing input ${INPUT_FILES[name]} in ${dir}`);
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new InputError(`corrupt input ${INPUT_FILES[name]}: not valid JSON (${(error as Error).message})`);
  }
  const collection = json as AnyCollection;
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    throw new InputError(`corrupt input ${INPUT_FILES[name]}: expected a GeoJSON FeatureCollection`);
  }
  return collection;
}

/** Minimum zoom of a place label, by population: big towns first. */
export function placeMinZoom(type: string, population: number | undefined): number {
  if (type === 'stadsdeel') return 12;
  const p = population ?? 0;
  if (p >= 50_000) return 5;
  if (p >= 15_000) return 8;
  if (p >= 5_000) return 9;
  if (p >= 1_000) return 10;
  return 11;
}

export interface BasemapLayers extends TransportLayers {
  land: FeatureCollection<Polygon | MultiPolygon>;
  countries: FeatureCollection<Polygon | MultiPolygon>;
  provinces: FeatureCollection<Polygon | MultiPolygon>;
  municipalities: FeatureCollection<Polygon | MultiPolygon>;
  builtup: FeatureCollection<Polygon | MultiPolygon>;
  places: FeatureCollection<Point>;
  /** One label point per municipality, so a name is not repeated on every tile a border crosses. */
  municipalityLabels: FeatureCollection<Point>;
}

type AnyFeature = AnyCollection['features'][number];
type PolygonFeature = Feature<Polygon | MultiPolygon, Record<string, unknown> | null>;

const polygonal = (f: AnyFeature): f is PolygonFeature => f.geometry?.type === 'Polygon' || f.geometry?.type === 'MultiPolygon';

const str = (v: unknown) => (typeof v === 'string' ? v : '');

/** Germany and Belgium, for context at small scale (Natural Earth via the world-atlas package, public domain). */
function neighbourCountries(): FeatureCollection<Polygon | MultiPolygon> {
  const require = createRequire(import.meta.url);
  const topology = JSON.parse(readFileSync(require.resolve('world-atlas/countries-10m.json'), 'utf8'));
  const all = feature(topology, topology.objects.countries) as unknown as FeatureCollection<Geometry, { name: string }>;
  const wanted = new Set(['Germany', 'Belgium']);
  return {
    type: 'FeatureCollection',
    features: all.features
      .filter((f) => wanted.has(f.properties.name) && (f.geometry.type === 'Polygon' || f.geometry.type === 'MultiPolygon'))
      .map((f) => ({ ...f, properties: { name: f.properties.name } })) as Feature<Polygon | MultiPolygon>[],
  };
}

/** The layers, and the optional inputs the directory lacked (their layers are empty). */
export function readBasemapLayers(dir: string, report: { missing: string[]; credits?: SourceCredits } = { missing: [] }): BasemapLayers {
  if (!existsSync(dir)) throw new InputError(`source directory ${dir} does not exist`);
  const land = readCollection(dir, 'land');
  const provinces = readCollection(dir, 'provinces');
  const municipalities = readCollection(dir, 'municipalities');
  const overijssel = readCollection(dir, 'overijssel');
  const builtup = readCollection(dir, 'builtup');
  const places = readCollection(dir, 'places');

  const twente = new Set(overijssel.features.filter((f) => f.properties?.regioTwente === true).map((f) => str(f.properties?.statcode)));
  const inOverijssel = new Set(overijssel.features.map((f) => str(f.properties?.statcode)));
  if (twente.size !== 14) throw new InputError(`corrupt input ${INPUT_FILES.overijssel}: expected 14 Regio Twente municipalities, found ${twente.size}`);

  const municipalityFeatures = municipalities.features.filter(polygonal).map((f) => {
    const code = str(f.properties?.statcode);
    return { ...f, properties: { name: str(f.properties?.statnaam), twente: twente.has(code), overijssel: inOverijssel.has(code) } };
  });

  const transport = readTransportLayers(dir);
  report.missing.push(...transport.missing);
  report.credits = transport.credits;
  const dutchPlaces = places.features
    .filter((f) => f.geometry?.type === 'Point' && (f.properties?.typeGebied === 'woonkern' || f.properties?.typeGebied === 'stadsdeel') && str(f.properties?.naam))
    .map((f) => {
      const type = str(f.properties?.typeGebied);
      const population = typeof f.properties?.aantalInwoners === 'number' ? (f.properties.aantalInwoners as number) : undefined;
      return { ...f, properties: { name: str(f.properties?.naam), population: population ?? 0, minzoom: placeMinZoom(type, population), country: 'NL' } };
    }) as Feature<Point>[];
  return {
    ...transport.layers,
    land: { type: 'FeatureCollection', features: land.features.filter(polygonal).map((f) => ({ ...f, properties: {} })) },
    countries: neighbourCountries(),
    provinces: {
      type: 'FeatureCollection',
      features: provinces.features.filter(polygonal).map((f) => {
        const name = str(f.properties?.statnaam);
        return { ...f, properties: { name, overijssel: name === 'Overijssel' } };
      }),
    },
    municipalities: { type: 'FeatureCollection', features: municipalityFeatures },
    municipalityLabels: {
      type: 'FeatureCollection',
      features: municipalityFeatures.map((f) => ({ ...pointOnFeature(f), properties: f.properties })),
    },
    builtup: {
      type: 'FeatureCollection',
      features: builtup.features.filter((f) => polygonal(f) && f.properties?.typeGebied === 'woonkern').map((f) => ({ ...f, properties: { name: str(f.properties?.naam) } })) as Feature<
        Polygon | MultiPolygon
      >[],
    },
    places: { type: 'FeatureCollection', features: [...dutchPlaces, ...germanPlaces((population) => placeMinZoom('woonkern', population)).features] },
  };
}
