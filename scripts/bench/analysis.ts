// Times the planner's analyses over a data folder (the stress data by default): the connections matrix
// and reachability per mode for the first N sites, and the network summary over every link. Prints JSON.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAtlasData } from '../../src/data/atlasData';
import { DATA_FILES, type DataFile } from '../../src/data/files';
import { connectionMatrix, linkIndex, type Place } from '../../src/analysis/connections';
import { PLANNER_MODES } from '../../src/analysis/assumptions';
import { reachable } from '../../src/analysis/reachability';
import { components, degrees, edgesOf, gaps } from '../../src/analysis/network';

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
gaps(nodes.slice(0, 9), edges, 'bike');
timings.network = performance.now() - networkStart;

console.log(JSON.stringify({ sites: data.sites.features.length, links: data.links.features.length, places: places.length, parseMs, timings }));
