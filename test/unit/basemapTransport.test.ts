// The existing networks in the offline basemap: track dissolved, roads classed, optional inputs, German places,
// and an attribution that credits what is drawn.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { attributionFor } from '../../scripts/basemap/build';
import { dissolveTrack, germanPlaces, readTransportLayers, roadClass, TRANSPORT_FILES } from '../../scripts/basemap/transport';

const line = (coordinates: number[][], properties: Record<string, unknown> = {}) => ({ type: 'Feature' as const, properties, geometry: { type: 'LineString' as const, coordinates } });
const point = (coordinates: number[], properties: Record<string, unknown>) => ({ type: 'Feature' as const, properties, geometry: { type: 'Point' as const, coordinates } });
const write = (dir: string, file: string, features: unknown[]) => {
  mkdirSync(dirname(join(dir, file)), { recursive: true });
  writeFileSync(join(dir, file), JSON.stringify({ type: 'FeatureCollection', features }));
};

describe('railways', () => {
  it('keeps a stretch of track once where two services share it', () => {
    const intercity = line(
      [
        [6.7, 52.2],
        [6.8, 52.25],
        [6.9, 52.22],
      ],
      { service: 'Intercity' },
    );
    const sprinter = line(
      [
        [6.8, 52.25],
        [6.7, 52.2],
      ],
      { service: 'Sprinter' },
    );
    const track = dissolveTrack([intercity, sprinter]);
    expect(track.features.map((f) => f.geometry.coordinates)).toEqual([
      [
        [6.7, 52.2],
        [6.8, 52.25],
        [6.9, 52.22],
      ],
    ]);
    expect(track.features[0]!.properties).toEqual({});
  });
});

describe('roads', () => {
  it('classes motorways, main roads and ramps', () => {
    expect(['motorway', 'trunk', 'primary', 'motorway_link', 'residential'].map(roadClass)).toEqual(['motorway', 'trunk', 'primary', 'link', 'local']);
  });
});

describe('inputs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-transport-'));
  write(dir, TRANSPORT_FILES.stations, [
    point([6.89, 52.22], { name: 'Enschede', type: 'knooppuntIntercitystation' }),
    point([6.84, 52.24], { name: 'Enschede Kennispark', type: 'stoptreinstation' }),
  ]);
  write(dir, TRANSPORT_FILES.roads, [
    line(
      [
        [6.7, 52.3],
        [6.8, 52.3],
      ],
      { highway: 'motorway', ref: 'A35' },
    ),
  ]);

  it('reads what is there, and names what is not', () => {
    const { layers, missing } = readTransportLayers(dir);
    expect(layers.stations.features.map((f) => [f.properties!.name, f.properties!.intercity])).toEqual([
      ['Enschede', true],
      ['Enschede Kennispark', false],
    ]);
    expect(layers.roads.features[0]!.properties).toEqual({ class: 'motorway', ref: 'A35' });
    expect(layers.railways.features).toHaveLength(0);
    expect(missing).toContain(TRANSPORT_FILES.rail);
    expect(missing).not.toContain(TRANSPORT_FILES.roads);
  });

  it('credits OpenStreetMap only where its roads are drawn', () => {
    const { layers } = readTransportLayers(dir);
    const base = { countries: empty, land: empty, provinces: empty, municipalities: empty, builtup: empty, municipalityLabels: empty, places: empty };
    expect(attributionFor({ ...base, ...layers } as never)).toMatch(/© OpenStreetMap contributors/);
    expect(attributionFor({ ...base, ...layers, roads: empty } as never)).not.toMatch(/OpenStreetMap/);
  });
});
const empty = { type: 'FeatureCollection', features: [] };

describe('German context places', () => {
  it('ranks the towns across the border by population, Münster and Osnabrück first', () => {
    const places = germanPlaces((population) => (population >= 50_000 ? 5 : 8)).features;
    const byPopulation = [...places].sort((a, b) => b.properties!.population - a.properties!.population).map((f) => f.properties!.name);
    expect(byPopulation.slice(0, 2)).toEqual(['Münster', 'Osnabrück']);
    expect(byPopulation).toEqual(expect.arrayContaining(['Gronau', 'Nordhorn', 'Bad Bentheim']));
    expect(places.find((f) => f.properties!.name === 'Gronau')!.properties!.minzoom).toBe(8);
  });
});
