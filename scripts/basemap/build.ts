// `npm run basemap`: builds public/basemap/overijssel.pmtiles from open data.
//   --from DIR   read the inputs from a local mirror (default: $BASEMAP_SOURCE, then ../shared/geodata)
//   --download   fetch the inputs first: PDOK, OpenStreetMap's Overpass API, Rijden de Treinen (needs internet)
//   --auto       build only when a source directory exists and the archive is missing or stale; else say so and exit 0
//   --out FILE   where to write (default public/basemap/overijssel.pmtiles); the network file for analysis
//                (networks.json) is written beside it
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadInputs } from './download';
import { INPUT_FILES, InputError, readBasemapLayers, type BasemapLayers } from './inputs';
import { Compression, TileType, writeArchive } from './pmtilesWriter';
import { buildTiles, MAX_ZOOM, MIN_ZOOM } from './tiles';
import { TRANSPORT_FILES, type SourceCredits } from './transport';
import { buildNetworks, TERMINAL_FILE } from './networks';
import { NETWORK_FILE_NAME } from '../../src/analysis/networkFile';
import { verifyArchive } from './verify';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..', '..');
export const DEFAULT_OUT = join(ROOT, 'public/basemap/overijssel.pmtiles');
export const ATTRIBUTION = 'Bron: CBS, Kadaster/PDOK (CC BY 4.0); Natural Earth';
/** Credits for what the transport inputs add, by layer: given only where the layer has features. */
export const LAYER_CREDITS: Partial<Record<keyof BasemapLayers, string>> = {
  railways: 'NDOV Loket / OVapi',
  stations: 'Rijden de Treinen',
  roads: '© OpenStreetMap contributors',
  waterways: '© OpenStreetMap contributors',
  rivers: 'GSHHG',
};
const LAYER_NAMES: Array<keyof BasemapLayers> = [
  'countries',
  'land',
  'provinces',
  'municipalities',
  'builtup',
  'places',
  'municipalityLabels',
  'rivers',
  'waterways',
  'railways',
  'stations',
  'roads',
  'exits',
  'localRoads',
];
const LAYER_FIELDS: Partial<Record<keyof BasemapLayers, Record<string, string>>> = {
  places: { name: 'String', population: 'Number', minzoom: 'Number', country: 'String' },
  stations: { name: 'String', intercity: 'Boolean' },
  roads: { class: 'String', ref: 'String' },
  exits: { ref: 'String', name: 'String' },
  localRoads: { class: 'String' },
  waterways: { name: 'String', harbour: 'Boolean', lock: 'Boolean', navigable: 'Boolean' },
  railways: {},
  rivers: {},
};

/** The archive's attribution: the boundaries' always, each transport source's where its layer is drawn. */
export function attributionFor(layers: BasemapLayers, fileCredits: SourceCredits = {}): string {
  const fromFiles: Partial<Record<keyof BasemapLayers, string | undefined>> = {
    railways: fileCredits.rail,
    stations: fileCredits.stations,
    roads: fileCredits.roads,
    waterways: fileCredits.waterways,
    rivers: fileCredits.rivers,
  };
  const credits = (Object.keys(LAYER_CREDITS) as Array<keyof BasemapLayers>).filter((name) => layers[name].features.length > 0).map((name) => fromFiles[name] ?? LAYER_CREDITS[name]!);
  const places = layers.places.features.some((f) => f.properties?.country === 'DE') ? ['GeoNames (CC BY 4.0)'] : [];
  return [ATTRIBUTION, ...new Set([...credits, ...places])].join('; ');
}

function argValue(args: string[], flag: string): string | undefined {
  const i = args.indexOf(flag);
  return i >= 0 ? args[i + 1] : undefined;
}

export function findSourceDir(args: string[], env = process.env): string | undefined {
  const candidates = [argValue(args, '--from'), env.BASEMAP_SOURCE, join(ROOT, '..', 'shared', 'geodata')].filter((c): c is string => !!c);
  return candidates.map((c) => resolve(c)).find((c) => existsSync(c));
}

/** A fingerprint of the builder's code and the inputs: the archive is stale when it changes. */
export function fingerprint(sourceDir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(HERE)
    .filter((f) => f.endsWith('.ts'))
    .sort())
    hash.update(readFileSync(join(HERE, file)));
  // The network file's format and distances are defined with the app's analysis.
  for (const file of ['src/analysis/networkFile.ts', 'src/analysis/geo.ts']) hash.update(readFileSync(join(ROOT, file)));
  for (const file of [...Object.values(INPUT_FILES), ...Object.values(TRANSPORT_FILES), TERMINAL_FILE]) {
    const path = join(sourceDir, file);
    hash.update(existsSync(path) ? `${file}:${statSync(path).size}:${readFileSync(path).subarray(0, 4096).toString('hex')}` : `${file}:missing`);
  }
  return hash.digest('hex').slice(0, 16);
}

const stampPath = (out: string) => out.replace(/\.pmtiles$/, '.stamp.json');
export const networksPath = (out: string) => join(dirname(out), NETWORK_FILE_NAME);

export function isStale(out: string, print: string): boolean {
  if (!existsSync(out) || !existsSync(stampPath(out)) || !existsSync(networksPath(out))) return true;
  try {
    return JSON.parse(readFileSync(stampPath(out), 'utf8')).fingerprint !== print;
  } catch {
    return true;
  }
}

export interface BuildReport {
  seconds: number;
  bytes: number;
  tiles: number;
  largestTile: number;
  perZoom: Record<number, number>;
  networkBytes: number;
}

export async function buildBasemap(sourceDir: string, out: string): Promise<BuildReport> {
  const started = performance.now();
  const input: { missing: string[]; credits?: SourceCredits } = { missing: [] };
  const layers = readBasemapLayers(sourceDir, input);
  if (input.missing.length > 0) console.log(`basemap: without ${input.missing.join(', ')} (not in ${sourceDir}): those layers stay empty`);
  const { tiles, stats } = buildTiles(layers);
  const metadata = {
    name: 'Twente Atlas offline basemap (Overijssel)',
    description: 'Land, provinces, municipalities (Regio Twente marked), built-up areas, place names, railways and stations, main roads and exits, canals and rivers',
    attribution: attributionFor(layers, input.credits),
    version: '2',
    vector_layers: LAYER_NAMES.map((id) => ({ id, fields: LAYER_FIELDS[id] ?? { name: 'String' } })),
  };
  const { bytes, stats: archive } = writeArchive(tiles, {
    metadata,
    tileType: TileType.mvt,
    tileCompression: Compression.gzip,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    bounds: [3.0, 50.6, 9.5, 54.0],
    center: [6.79, 52.29, 10],
  });
  const problems = await verifyArchive(bytes, {
    layers: LAYER_NAMES,
    minZoom: MIN_ZOOM,
    maxZoom: MAX_ZOOM,
    samples: [
      { lon: 6.8937, lat: 52.2215, z: 5, layers: ['land', 'provinces', 'places'] },
      { lon: 6.8937, lat: 52.2215, z: 10, layers: ['municipalities', 'builtup', 'places'] },
      { lon: 6.66, lat: 52.36, z: 9, layers: ['municipalityLabels'] },
      { lon: 6.8937, lat: 52.2215, z: 14, layers: ['builtup', 'municipalities'] },
      { lon: 7.6, lat: 51.96, z: 7, layers: ['countries'] },
      ...(layers.railways.features.length > 0 ? [{ lon: 6.8937, lat: 52.2215, z: 12, layers: ['railways', 'stations'] }] : []),
      ...(layers.roads.features.length > 0 ? [{ lon: 6.8, lat: 52.27, z: 10, layers: ['roads'] }] : []),
    ],
  });
  if (problems.length > 0) throw new Error(`the archive failed verification:\n  - ${problems.join('\n  - ')}`);
  const networks = JSON.stringify(buildNetworks(layers, sourceDir));
  mkdirSync(dirname(out), { recursive: true });
  writeAtomically(out, bytes);
  writeAtomically(networksPath(out), networks);
  const report = {
    seconds: (performance.now() - started) / 1000,
    bytes: bytes.length,
    tiles: archive.addressedTiles,
    largestTile: archive.largestTile,
    perZoom: stats.perZoom,
    networkBytes: Buffer.byteLength(networks),
  };
  writeFileSync(stampPath(out), JSON.stringify({ fingerprint: fingerprint(sourceDir), source: sourceDir, builtAt: new Date().toISOString(), ...report }, null, 2));
  return report;
}

/** Writes next to the target and renames: a failed or interrupted build never leaves half a file. */
function writeAtomically(path: string, content: Uint8Array | string) {
  const temp = `${path}.tmp-${process.pid}`;
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } finally {
    rmSync(temp, { force: true });
  }
}

async function main(args: string[]) {
  const out = resolve(argValue(args, '--out') ?? DEFAULT_OUT);
  const auto = args.includes('--auto');
  let sourceDir = findSourceDir(args);
  if (args.includes('--download')) {
    sourceDir = mkdtempSync(join(tmpdir(), 'atlas-pdok-'));
    console.log(`basemap: downloading inputs from PDOK, OpenStreetMap and Rijden de Treinen into ${sourceDir} …`);
    await downloadInputs(sourceDir);
  }
  if (!sourceDir) {
    const message = 'basemap: no source directory (use --from DIR, set BASEMAP_SOURCE, or --download); the offline basemap is not built';
    if (auto) {
      console.log(message);
      return;
    }
    throw new InputError(message);
  }
  if (auto && !isStale(out, fingerprint(sourceDir))) {
    console.log(`basemap: ${basename(out)} is up to date`);
    return;
  }
  console.log(`basemap: building ${out} from ${sourceDir} …`);
  const report = await buildBasemap(sourceDir, out);
  console.log(
    `basemap: ${report.tiles} tiles (z${MIN_ZOOM}–${MAX_ZOOM}), ${(report.bytes / 1e6).toFixed(2)} MB, largest tile ${(report.largestTile / 1024).toFixed(1)} kB, ${report.seconds.toFixed(1)} s; ${NETWORK_FILE_NAME} ${(report.networkBytes / 1024).toFixed(0)} kB`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error) => {
    console.error(error instanceof InputError ? `basemap: ${error.message}` : error);
    process.exit(1);
  });
}
