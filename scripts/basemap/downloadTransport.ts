// Online source of the transport inputs, saved in the mirror's layout so the build reads both the same way:
// roads, exits, canals and track from OpenStreetMap (Overpass API, the mirror's own source for roads and
// water), the stations from Rijden de Treinen's open station list (CC0). The small-scale rivers have no
// online equivalent here: the build goes without them and says so.
import Papa from 'papaparse';
import type { Feature, LineString, Point } from 'geojson';
import { TRANSPORT_FILES, type TransportInput } from './transport';

export const OVERPASS_URL = 'https://overpass-api.de/api/interpreter';
export const STATIONS_URL = 'https://opendata.rijdendetreinen.nl/public/stations/stations-2023-09.csv';

/** south,west,north,east as Overpass wants them. */
const TWENTE = '52.10,6.10,52.55,7.05';
const RAIL_AREA = { west: 5.7, south: 51.9, east: 7.3, north: 53.0 };
const LOCAL_WINDOWS = ['52.309,6.615,52.332,6.688', '52.229,6.824,52.259,6.876'];

/** One Overpass query per mirror file; `out geom` returns each way with its coordinates. */
export const OVERPASS_QUERIES: Partial<Record<TransportInput, string>> = {
  roads: `way["highway"~"^(motorway|motorway_link|trunk|trunk_link)$"](${TWENTE});`,
  exits: `node["highway"="motorway_junction"](${TWENTE});`,
  localRoads: LOCAL_WINDOWS.map((box) => `way["highway"~"^(motorway|trunk|primary|secondary|tertiary|unclassified|residential|service)"](${box});`).join(''),
  waterways: `way["waterway"~"^(canal|river|dock)$"]["name"](${TWENTE});`,
  rail: `way["railway"="rail"]["usage"~"^(main|branch)$"](${RAIL_AREA.south},${RAIL_AREA.west},${RAIL_AREA.north},${RAIL_AREA.east});`,
};

export const overpassBody = (query: string) => `data=${encodeURIComponent(`[out:json][timeout:180];(${query});out geom;`)}`;

interface OverpassElement {
  type: 'node' | 'way' | 'relation';
  id: number;
  lat?: number;
  lon?: number;
  geometry?: Array<{ lat: number; lon: number }>;
  tags?: Record<string, string>;
}

/** Nodes become points and ways lines, each with its OSM id and tags, as in the mirror. */
export function overpassToFeatures(json: unknown): Array<Feature<LineString | Point>> {
  const elements = (json as { elements?: OverpassElement[] })?.elements;
  if (!Array.isArray(elements)) throw new Error('Overpass answer: expected an "elements" array');
  const features: Array<Feature<LineString | Point>> = [];
  for (const e of elements) {
    const properties = { osm_id: e.id, ...e.tags };
    if (e.type === 'node' && typeof e.lat === 'number' && typeof e.lon === 'number') {
      features.push({ type: 'Feature', properties, geometry: { type: 'Point', coordinates: [e.lon, e.lat] } });
    } else if (e.type === 'way' && e.geometry && e.geometry.length > 1) {
      features.push({ type: 'Feature', properties, geometry: { type: 'LineString', coordinates: e.geometry.map((p) => [p.lon, p.lat]) } });
    }
  }
  return features;
}

/** The station list's rows inside the rail area, with the fields the mirror's station file has. */
export function stationsFromCsv(csv: string): Array<Feature<Point>> {
  const { data } = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  const { west, south, east, north } = RAIL_AREA;
  return data.flatMap((row) => {
    const lon = Number(row.geo_lng);
    const lat = Number(row.geo_lat);
    if (!row.name_long || !Number.isFinite(lon) || !Number.isFinite(lat)) return [];
    if (lon < west || lon > east || lat < south || lat > north) return [];
    return [
      {
        type: 'Feature' as const,
        properties: { name: row.name_long, code: row.code, uic: row.uic, type: row.type, country: row.country },
        geometry: { type: 'Point' as const, coordinates: [lon, lat] },
      },
    ];
  });
}

type Save = (file: string, features: Feature[], credit?: string) => void;
const OSM = '© OpenStreetMap contributors';

export async function downloadTransport(save: Save, fetchFn: typeof fetch = fetch): Promise<void> {
  for (const [name, query] of Object.entries(OVERPASS_QUERIES) as Array<[TransportInput, string]>) {
    const response = await fetchFn(OVERPASS_URL, { method: 'POST', body: overpassBody(query), headers: { 'Content-Type': 'application/x-www-form-urlencoded' } });
    if (!response.ok) throw new Error(`${OVERPASS_URL} (${name}): HTTP ${response.status}`);
    save(TRANSPORT_FILES[name], overpassToFeatures(await response.json()), OSM);
  }
  const response = await fetchFn(STATIONS_URL);
  if (!response.ok) throw new Error(`${STATIONS_URL}: HTTP ${response.status}`);
  save(TRANSPORT_FILES.stations, stationsFromCsv(await response.text()), 'Rijden de Treinen');
}
