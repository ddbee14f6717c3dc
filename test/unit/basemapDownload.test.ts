// @vitest-environment node
// The online path of the basemap inputs, answered in the services' formats (Overpass JSON, the station list's
// CSV, PDOK's paged GeoJSON), with made-up records: what it saves is what the build reads from a mirror.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadInputs, PDOK_SOURCES } from '../../scripts/basemap/download';
import { OVERPASS_QUERIES, OVERPASS_URL, overpassToFeatures, STATIONS_URL, stationsFromCsv } from '../../scripts/basemap/downloadTransport';
import { readTransportLayers, TRANSPORT_FILES } from '../../scripts/basemap/transport';
import { INPUT_FILES } from '../../scripts/basemap/inputs';
import { attributionFor } from '../../scripts/basemap/build';
import { OVERPASS_ANSWERS } from '../fixtures/download/overpass';

// stations.csv: made-up rows in the format of Rijden de Treinen's open station list.
const FIXTURES = join(__dirname, '..', 'fixtures', 'download');
const fixture = (name: string) => readFileSync(join(FIXTURES, name), 'utf8');
const json = (body: unknown) => new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
const pdokPage = (features: unknown[], next?: string) => json({ type: 'FeatureCollection', features, links: next ? [{ rel: 'next', href: next }] : [] });
const square = (name: string) => ({
  type: 'Feature',
  properties: { statnaam: name, statcode: 'GM0153' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [6.8, 52.2],
        [6.9, 52.2],
        [6.9, 52.3],
        [6.8, 52.2],
      ],
    ],
  },
});

/** Answers like the real services; the Overpass query tells which recorded answer to give. */
function recordedFetch(overrides: Record<string, () => Response> = {}): typeof fetch {
  return (async (input: string | URL | Request, init?: RequestInit) => {
    const url = String(input);
    const override = Object.keys(overrides).find((prefix) => url.startsWith(prefix));
    if (override) return overrides[override]!();
    if (url === OVERPASS_URL) {
      const body = decodeURIComponent(String(init?.body).replace(/^data=/, ''));
      const name = Object.entries(OVERPASS_QUERIES).find(([, query]) => body.includes(query))![0];
      return new Response(JSON.stringify(OVERPASS_ANSWERS[name]));
    }
    if (url === STATIONS_URL) return new Response(fixture('stations.csv'));
    return pdokPage([square('Enschede')]);
  }) as typeof fetch;
}

describe('Overpass answers', () => {
  it('turn ways into lines and nodes into points, keeping the OSM id and tags', () => {
    const features = overpassToFeatures({
      elements: [
        {
          type: 'way',
          id: 7,
          geometry: [
            { lat: 52.3, lon: 6.6 },
            { lat: 52.31, lon: 6.61 },
          ],
          tags: { highway: 'motorway', ref: 'A35' },
        },
        { type: 'node', id: 8, lat: 52.2, lon: 6.7, tags: { highway: 'motorway_junction', ref: '27' } },
      ],
    });
    expect(features).toEqual([
      {
        type: 'Feature',
        properties: { osm_id: 7, highway: 'motorway', ref: 'A35' },
        geometry: {
          type: 'LineString',
          coordinates: [
            [6.6, 52.3],
            [6.61, 52.31],
          ],
        },
      },
      { type: 'Feature', properties: { osm_id: 8, highway: 'motorway_junction', ref: '27' }, geometry: { type: 'Point', coordinates: [6.7, 52.2] } },
    ]);
  });

  it('are refused when they are not an Overpass answer', () => {
    expect(() => overpassToFeatures({ remark: 'runtime error: timeout' })).toThrow(/elements/);
  });
});

describe('the station list', () => {
  it('keeps the stations in the rail area with their type', () => {
    const stations = stationsFromCsv(fixture('stations.csv'));
    expect(stations.map((f) => [f.properties?.name, f.properties?.type])).toEqual([
      ['Hengelo', 'knooppuntIntercitystation'],
      ['Enschede Kennispark', 'stoptreinstation'],
    ]);
  });
});

describe('downloadInputs', () => {
  it('saves the transport inputs where the build reads them from a mirror', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-download-'));
    await downloadInputs(dir, recordedFetch());
    const { layers, missing } = readTransportLayers(dir);
    expect(missing).toEqual([TRANSPORT_FILES.rivers]);
    expect(layers.railways.features.length).toBeGreaterThan(0);
    expect(layers.stations.features.map((f) => f.properties)).toContainEqual({ name: 'Hengelo', intercity: true });
    expect(layers.roads.features.map((f) => f.properties)).toContainEqual({ class: 'motorway', ref: 'A35' });
    expect(layers.exits.features.length).toBe(2);
    expect(layers.localRoads.features.length).toBe(1);
    expect(layers.waterways.features.map((f) => f.properties)).toContainEqual({ name: 'Twentekanaal', harbour: false, lock: true, navigable: true });
  });

  it('credits the downloaded track to OpenStreetMap, not the timetable data', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-download-'));
    await downloadInputs(dir, recordedFetch());
    const { layers, credits } = readTransportLayers(dir);
    const attribution = attributionFor({ ...layers, places: { type: 'FeatureCollection', features: [] } } as never, credits);
    expect(attribution).toMatch(/© OpenStreetMap contributors/);
    expect(attribution).not.toMatch(/NDOV/);
  });

  it("follows PDOK's next links until the last page", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-download-'));
    const second = 'https://api.pdok.nl/next-page';
    await downloadInputs(
      dir,
      recordedFetch({
        [PDOK_SOURCES.land]: () => pdokPage([square('first')], second),
        [second]: () => pdokPage([square('second')]),
      }),
    );
    const saved = JSON.parse(readFileSync(join(dir, INPUT_FILES.land), 'utf8'));
    expect(saved.features.map((f: { properties: { statnaam: string } }) => f.properties.statnaam)).toEqual(['first', 'second']);
  });

  it('names the service that failed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-download-'));
    const failing = recordedFetch({ [OVERPASS_URL]: () => new Response('busy', { status: 429 }) });
    await expect(downloadInputs(dir, failing)).rejects.toThrow(`${OVERPASS_URL} (roads): HTTP 429`);
  });
});
