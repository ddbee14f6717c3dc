// Online source of the basemap inputs: boundaries and places from PDOK's OGC API Features (CRS84 GeoJSON,
// paged), the transport layers from downloadTransport, saved in the same layout as a local mirror so the build
// reads both the same way. Tested with recorded answers, since the tests have no internet.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Feature } from 'geojson';
import { INPUT_FILES } from './inputs';
import { downloadTransport } from './downloadTransport';

export const PDOK_SOURCES = {
  land: 'https://api.pdok.nl/kadaster/brk-bestuurlijke-gebieden/ogc/v1/collections/landgebied/items',
  provinces: 'https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1/collections/provincie_gegeneraliseerd/items?jaarcode=2026',
  municipalities: 'https://api.pdok.nl/cbs/gebiedsindelingen/ogc/v1/collections/gemeente_gegeneraliseerd/items?jaarcode=2026',
  places: 'https://api.pdok.nl/brt/top10nl/ogc/v1/collections/plaats/items?bbox=5.6,51.85,7.2,52.9',
} as const;

/** The 14 Regio Twente municipalities (CBS codes), to mark them in the downloaded Overijssel subset. */
export const REGIO_TWENTE_CODES = ['GM0141', 'GM0147', 'GM0148', 'GM0153', 'GM0158', 'GM0163', 'GM0164', 'GM0168', 'GM0173', 'GM0175', 'GM0183', 'GM0189', 'GM1735', 'GM1774'];

async function fetchAll(url: string, fetchFn: typeof fetch): Promise<GeoJSON.Feature[]> {
  const features: GeoJSON.Feature[] = [];
  let next: string | undefined = `${url}${url.includes('?') ? '&' : '?'}f=json&limit=1000`;
  while (next) {
    const response = await fetchFn(next, { headers: { Accept: 'application/geo+json' } });
    if (!response.ok) throw new Error(`${next}: HTTP ${response.status}`);
    const page = (await response.json()) as GeoJSON.FeatureCollection & { links?: Array<{ rel: string; href: string }> };
    features.push(...page.features);
    next = page.links?.find((l) => l.rel === 'next')?.href;
  }
  return features;
}

export async function downloadInputs(target: string, fetchFn: typeof fetch = fetch): Promise<void> {
  const saveFile = (file: string, features: Feature[], credit?: string) => {
    const path = join(target, file);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, JSON.stringify({ type: 'FeatureCollection', ...(credit ? { credit } : {}), features }));
  };
  const save = (name: keyof typeof INPUT_FILES, features: Feature[]) => saveFile(INPUT_FILES[name], features);
  save('land', await fetchAll(PDOK_SOURCES.land, fetchFn));
  const provinces = await fetchAll(PDOK_SOURCES.provinces, fetchFn);
  save('provinces', provinces);
  const municipalities = await fetchAll(PDOK_SOURCES.municipalities, fetchFn);
  save('municipalities', municipalities);
  const overijsselCodes = new Set([
    'GM0141',
    'GM0147',
    'GM0148',
    'GM0150',
    'GM0153',
    'GM0158',
    'GM0160',
    'GM0163',
    'GM0164',
    'GM0166',
    'GM0168',
    'GM0173',
    'GM0175',
    'GM0177',
    'GM0180',
    'GM0183',
    'GM0189',
    'GM0193',
    'GM1700',
    'GM1708',
    'GM1735',
    'GM1742',
    'GM1773',
    'GM1774',
    'GM1896',
  ]);
  save(
    'overijssel',
    municipalities
      .filter((f) => overijsselCodes.has(String(f.properties?.statcode)))
      .map((f) => ({ ...f, properties: { ...f.properties, regioTwente: REGIO_TWENTE_CODES.includes(String(f.properties?.statcode)) } })),
  );
  const places = await fetchAll(PDOK_SOURCES.places, fetchFn);
  save('builtup', places);
  // Label points: the first vertex is a poor label spot, so use the centre of the bounding box of the outer ring.
  save(
    'places',
    places.map((f) => {
      const ring = f.geometry?.type === 'Polygon' ? f.geometry.coordinates[0]! : f.geometry?.type === 'MultiPolygon' ? f.geometry.coordinates[0]![0]! : [[0, 0]];
      const xs = ring.map((c) => c[0]!);
      const ys = ring.map((c) => c[1]!);
      return { ...f, geometry: { type: 'Point', coordinates: [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2] } };
    }),
  );
  await downloadTransport(saveFile, fetchFn);
}
