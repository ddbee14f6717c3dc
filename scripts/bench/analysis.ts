// Times the planner's analyses over a data folder (the stress data by default): the connections matrix
// and reachability per mode for the first N sites, the network summary over every link, and the analysis over
// the existing networks (public/basemap/networks.json, from `npm run basemap`): nearest station and exit for
// every site, car and train legs for every pair. Prints JSON.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtlasData } from '../../src/data/atlasData';
import { DATA_FILES, type DataFile } from '../../src/data/files';
import { connectionMatrix, linkIndex, type Place } from '../../src/analysis/connections';
import { PLANNER_MODES } from '../../src/analysis/assumptions';
import { reachable } from '../../src/analysis/reachability';
import { components, degrees, edgesOf } from '../../src/analysis/network';
import { nearestExit, nearestStation, networksFrom } from '../../src/analysis/existingNetworks';
import { gapPairs } from '../../src/analysis/gaps';
import { parseNetworkFile } from '../../src/analysis/networkFile';

const [dataDir = 'data', placeCountText = '500'] = process.argv.slice(2);
const placeCount = Number(placeCountText);
const texts = Object.fromEntries(DATA_FILES.map((file) => [file, readFileSync(join(dataDir, file.replace(/^data\//, '')), 'utf8')])) as Record<DataFile, string>;

const parseStart = performance.now();
const data = parseAtlasData(texts);
const parseMs = performance.now() - parseStart;

const places: Place[] = data.sites.features.slice(0, placeCount).map((f) => ({ id: f.properties.id, name: f.properties.name.en, position: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] }));
const index = linkIndex(data.links.features);

const timings: Record<string, number> = {};
for (const mode of PLANNER_MODES) {
  const start = performance.now();
  connectionMatrix(places, mode, index);
  for (const origin of places.slice(0, 10)) reachable(origin, places, mode, 30, index);
  timings[`matrix+reach:${mode}`] = performance.now() - start;
}

const edges = edgesOf(data.links.features);
const networkStart = performance.now();
const nodes = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
degrees(nodes, edges);
components(nodes, edges);
gapPairs(places.slice(0, 9), 'transit', edges);
timings.network = performance.now() - networkStart;

const networkFile = 'public/basemap/networks.json';
if (existsSync(networkFile)) {
  const file = parseNetworkFile(JSON.parse(readFileSync(networkFile, 'utf8')));
  // Fresh graphs each round (no routes remembered); the median of five, as a page would see after its first.
  const rounds = Array.from({ length: 5 }, () => {
    const networks = networksFrom(file);
    const start = performance.now();
    for (const p of places) {
      nearestStation(networks, p.position);
      nearestExit(networks, p.position);
    }
    connectionMatrix(places, 'car', index, networks);
    connectionMatrix(places, 'transit', index, networks);
    return performance.now() - start;
  }).sort((a, b) => a - b);
  timings.existingNetworks = rounds[2]!;
}

console.log(JSON.stringify({ sites: data.sites.features.length, links: data.links.features.length, places: places.length, parseMs, timings }));
