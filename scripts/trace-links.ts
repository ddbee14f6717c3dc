// `npm run data:trace [-- --geodata DIR]`: lays the plan's corridor links on the real railway and roads of the
// geodata mirror (or an equivalent download) and writes them into data/links.geojson with their source. Where
// the data ends (Zwolle–Heino, east of 7.3° E) the line goes on straight to the corridor's end, and the source
// says so. Run it again when the networks change.
import { readFileSync, writeFileSync } from 'node:fs';
import Graph from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { simplify } from '@turf/turf';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { readBasemapLayers, type BasemapLayers } from './basemap/inputs';
import { buildLineGraph, type GraphLine } from './basemap/lineGraph';
import type { GeometrySource } from '../src/data/schema';

type Position = [number, number];

interface Trace {
  linkId: string;
  lines: (layers: BasemapLayers) => GraphLine[];
  /** Start of the corridor, then the points its traced part passes, then its end. */
  start: Position;
  via: Position[];
  end: Position;
  geometrySource: GeometrySource;
}

const lineParts = (f: Feature) => (f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.type === 'MultiLineString' ? f.geometry.coordinates : []);

export const TRACES: Trace[] = [
  {
    linkId: 'corridor-rail-zwolle-munster',
    lines: (layers) => layers.railways.features.flatMap((f) => lineParts(f).map((coordinates) => ({ coordinates, kind: 'track' as const, name: '' }))),
    start: [6.09194, 52.50472],
    // Zwolle and Enschede stations, then where the Enschede–Münster track leaves the data at 7.3° E.
    via: [
      [6.09194, 52.50472],
      [6.88999, 52.22253],
      [7.3, 52.157806],
    ],
    end: [7.635, 51.957],
    geometrySource: {
      source: 'Zwolle–Enschede and on to 7.3° E along the track: national timetable data (NDOV Loket / OVapi, GTFS shapes); from there to Münster drawn straight (beyond the data)',
      licence: 'CC0',
      attribution: 'NDOV Loket / OVapi',
    },
  },
  {
    linkId: 'corridor-n35',
    lines: (layers) =>
      layers.roads.features
        .filter((f) => ['motorway', 'trunk', 'primary'].includes(String(f.properties?.class)))
        .flatMap((f) => lineParts(f).map((coordinates) => ({ coordinates, kind: 'primary' as const, name: '' }))),
    start: [6.11, 52.5],
    // The N35 at Heino, where the road data begins, and the A35 at Enschede, where it ends.
    via: [
      [6.2187, 52.4532],
      [6.8783, 52.2061],
    ],
    end: [7.625, 51.965],
    geometrySource: {
      source: 'Heino–Wierden along the N35 and Wierden–Enschede along the A35: OpenStreetMap; Zwolle–Heino and Enschede–Münster drawn straight (not in the data)',
      licence: 'ODbL 1.0',
      attribution: '© OpenStreetMap contributors',
    },
  },
];

/** The shortest line along `lines` through every point of `via` in turn (each put on its nearest line). */
export function traceAlong(lines: GraphLine[], via: Position[], maxKm = 1): Position[] {
  const graph = buildLineGraph(
    lines,
    via.map((position) => ({ position, maxKm })),
  );
  const missing = via.filter((_, i) => graph.pinNodes[i] === undefined);
  if (missing.length > 0) throw new Error(`trace: no line within ${maxKm} km of ${missing.map((p) => p.join(', ')).join('; ')}`);
  const g = new Graph({ type: 'undirected', multi: true });
  graph.nodes.forEach((_, i) => g.addNode(String(i)));
  graph.edges.forEach(([a, b, km], i) => g.addEdgeWithKey(String(i), String(a), String(b), { km }));
  const out: Position[] = [];
  for (let leg = 1; leg < via.length; leg++) {
    const nodes = dijkstra.bidirectional(g, String(graph.pinNodes[leg - 1]), String(graph.pinNodes[leg]), 'km');
    if (!nodes) throw new Error(`trace: ${via[leg - 1]!.join(', ')} and ${via[leg]!.join(', ')} are not joined by the lines`);
    for (let i = 1; i < nodes.length; i++) {
      // The shortest of the stretches between these two nodes, the right way round.
      const [from, to] = [Number(nodes[i - 1]), Number(nodes[i])];
      const candidates = g
        .edges(nodes[i - 1]!, nodes[i]!)
        .map(Number)
        .sort((x, y) => graph.edges[x]![2] - graph.edges[y]![2]);
      const edge = candidates[0]!;
      const line = graph.edges[edge]![0] === from ? graph.edgeLines[edge]! : [...graph.edgeLines[edge]!].reverse();
      if (graph.edges[edge]![0] !== from && graph.edges[edge]![1] !== from) throw new Error(`trace: edge ${edge} does not start at node ${from} or ${to}`);
      out.push(...(out.length > 0 ? line.slice(1) : line));
    }
  }
  return out;
}

/** The link's new line: straight from the corridor's start to the traced part, along it, straight to the end. */
export function tracedLine(trace: Trace, layers: BasemapLayers): Position[] {
  const along = traceAlong(trace.lines(layers), trace.via);
  const simplified = simplify({ type: 'LineString', coordinates: along } as LineString, { tolerance: 0.0003 }).coordinates as Position[];
  const round = (p: Position): Position => [Number(p[0].toFixed(5)), Number(p[1].toFixed(5))];
  const same = (a: Position, b: Position) => Math.abs(a[0] - b[0]) < 1e-5 && Math.abs(a[1] - b[1]) < 1e-5;
  const line = [trace.start, ...simplified, trace.end].map(round);
  return line.filter((p, i) => i === 0 || !same(p, line[i - 1]!));
}

if (process.argv[1]?.endsWith('trace-links.ts')) {
  const flag = process.argv.indexOf('--geodata');
  const geodata = flag > 0 ? (process.argv[flag + 1] ?? '') : '../shared/geodata';
  const layers = readBasemapLayers(geodata);
  const file = 'data/links.geojson';
  const links = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection<LineString>;
  for (const trace of TRACES) {
    const link = links.features.find((f) => f.properties?.id === trace.linkId);
    if (!link) throw new Error(`${file}: no link "${trace.linkId}" to trace`);
    link.geometry.coordinates = tracedLine(trace, layers);
    link.properties = { ...link.properties, geometry: 'traced', geometrySource: trace.geometrySource };
    console.log(`${file}: ${trace.linkId} traced, ${link.geometry.coordinates.length} points`);
  }
  writeFileSync(file, `${JSON.stringify(links, null, 1)}\n`);
}
