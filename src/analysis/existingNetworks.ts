// The existing rail, road and water networks as graphs: the nearest station, exit and quay of a place, and
// routes along the track, the motorway corridor and the canals (graphology's Dijkstra on the graph the
// basemap builder wrote). Every figure says how it was obtained.
import Graph from 'graphology';
import { dijkstra } from 'graphology-shortest-path';
import { MODE_ASSUMPTIONS, NETWORK_ASSUMPTIONS } from './assumptions';
import { haversineKm } from './geo';
import type { EdgeKind, NetworkFile, NetworkName } from './networkFile';

interface EdgeAttributes {
  km: number;
  minutes: number;
  kind: EdgeKind;
  name: string;
}

interface RoutableNetwork {
  graph: Graph<Record<string, never>, EdgeAttributes>;
  nodes: Array<[number, number]>;
  /** Shortest paths from a node to every other, computed once per origin. */
  paths: Map<number, Record<string, string[]>>;
  /** Routes already worked out, by origin and destination node. */
  routes: Map<number, Route | null>;
}

export interface Networks {
  file: NetworkFile;
  stationAt: Map<number, string>;
  /** Nearest station and exit by position (the array itself): every pair of a matrix asks for the same few. */
  nearestCache: WeakMap<readonly number[], { station?: Access | null; exit?: Access | null }>;
  rail: RoutableNetwork;
  road: RoutableNetwork;
  water: RoutableNetwork;
}

/** Minutes to travel an edge of this kind, at the stated speeds. */
function edgeMinutes(km: number, kind: EdgeKind): number {
  if (kind === 'lock') return NETWORK_ASSUMPTIONS.lockMinutes + (km / NETWORK_ASSUMPTIONS.speedKmh.canal) * 60;
  return (km / NETWORK_ASSUMPTIONS.speedKmh[kind]) * 60;
}

function routable(net: NetworkFile[NetworkName]): RoutableNetwork {
  const graph = new Graph<Record<string, never>, EdgeAttributes>({ type: 'undirected', multi: false, allowSelfLoops: false });
  net.nodes.forEach((_, i) => graph.addNode(String(i)));
  for (const [a, b, km, kind, name] of net.edges) {
    if (a === b) continue;
    const [from, to] = [String(a), String(b)];
    const attributes = { km, minutes: edgeMinutes(km, kind), kind, name };
    // Where two stretches join the same pair of nodes, the shorter is the one a route takes.
    if (!graph.hasEdge(from, to)) graph.addEdge(from, to, attributes);
    else if (graph.getEdgeAttribute(from, to, 'km') > km) graph.replaceEdgeAttributes(from, to, attributes);
  }
  return { graph, nodes: net.nodes, paths: new Map(), routes: new Map() };
}

export function networksFrom(file: NetworkFile): Networks {
  const stationAt = new Map(file.rail.stations.map((s) => [s.node, s.name]));
  return { file, stationAt, nearestCache: new WeakMap(), rail: routable(file.rail), road: routable(file.road), water: routable(file.water) };
}

export interface Route {
  km: number;
  minutes: number;
  /** Node ids from start to end. */
  nodes: number[];
  /** The names along the way, in order and once each: route numbers on roads, waterway names on water. */
  names: string[];
  locks: number;
  /** On the track: the stations between the ends (filled in by `railRoute`). */
  stationsPassed?: string[];
}

/** The shortest route between two nodes, by time; undefined when the network does not join them. */
export function route(net: RoutableNetwork, from: number, to: number): Route | undefined {
  const key = from * net.nodes.length + to;
  if (!net.routes.has(key)) net.routes.set(key, findRoute(net, from, to) ?? null);
  return net.routes.get(key) ?? undefined;
}

function findRoute(net: RoutableNetwork, from: number, to: number): Route | undefined {
  if (from === to) return { km: 0, minutes: 0, nodes: [from], names: [], locks: 0 };
  let all = net.paths.get(from);
  if (!all) {
    all = dijkstra.singleSource(net.graph, String(from), 'minutes');
    net.paths.set(from, all);
  }
  const path = all[String(to)];
  if (!path) return undefined;
  let km = 0;
  let minutes = 0;
  let locks = 0;
  const names: string[] = [];
  for (let i = 1; i < path.length; i++) {
    const edge = net.graph.getEdgeAttributes(path[i - 1]!, path[i]!);
    km += edge.km;
    minutes += edge.minutes;
    if (edge.kind === 'lock') locks++;
    // Shared stretches carry every route number ("A1;A35").
    for (const name of edge.name.split(';')) if (name && names.at(-1) !== name) names.push(name);
  }
  return { km, minutes, nodes: path.map(Number), names: [...new Set(names)], locks };
}

export interface Access {
  name: string;
  node: number;
  ref?: string;
  /** Straight-line distance from the place. */
  straightKm: number;
  /** Distance and time to get there: straight line × the access mode's detour, at its speed. */
  km: number;
  minutes: number;
}

/** The closest of `points` to a position, within `maxKm`; reached by `mode`'s stated estimate. */
function nearest<P extends { name: string; node: number }>(
  points: readonly P[],
  nodes: Array<[number, number]>,
  position: readonly [number, number],
  maxKm: number,
  mode: 'car' | 'ebike',
): (Access & P) | undefined {
  let best: P | undefined;
  let bestKm = Infinity;
  for (const p of points) {
    const [lon, lat] = nodes[p.node]!;
    const d = haversineKm(position[0], position[1], lon, lat);
    if (d <= maxKm && d < bestKm) [best, bestKm] = [p, d];
  }
  if (!best) return undefined;
  const m = MODE_ASSUMPTIONS[mode];
  return { ...best, straightKm: bestKm, km: bestKm * m.detour, minutes: ((bestKm * m.detour) / m.speedKmh) * 60 };
}

function cached<A extends Access>(n: Networks, kind: 'station' | 'exit', position: readonly [number, number], find: () => A | undefined): A | undefined {
  let entry = n.nearestCache.get(position);
  if (!entry) n.nearestCache.set(position, (entry = {}));
  if (entry[kind] === undefined) entry[kind] = find() ?? null;
  return (entry[kind] ?? undefined) as A | undefined;
}

export const nearestStation = (n: Networks, position: readonly [number, number]) =>
  cached(n, 'station', position, () => nearest(n.file.rail.stations, n.rail.nodes, position, NETWORK_ASSUMPTIONS.stationAccessKm, 'ebike'));
export const nearestExit = (n: Networks, position: readonly [number, number]) =>
  cached(n, 'exit', position, () => nearest(n.file.road.exits, n.road.nodes, position, NETWORK_ASSUMPTIONS.exitAccessKm, 'car'));

export function railRoute(n: Networks, fromNode: number, toNode: number): (Route & { stationsPassed: string[] }) | undefined {
  const r = route(n.rail, fromNode, toNode);
  if (r && !r.stationsPassed) r.stationsPassed = [...new Set(r.nodes.slice(1, -1).flatMap((node) => (n.stationAt.has(node) ? [n.stationAt.get(node)!] : [])))];
  return r as (Route & { stationsPassed: string[] }) | undefined;
}

export interface WaterDestination {
  name: string;
  town: string;
  kind: 'harbour' | 'end';
  route: Route;
}

/** Where the quay's terminal reaches over water, nearest first. */
export function waterRoutes(n: Networks): { terminal?: { name: string; town: string; node: number }; destinations: WaterDestination[] } {
  const terminal = n.file.water.places.find((p) => p.kind === 'terminal');
  if (!terminal) return { destinations: [] };
  const destinations = n.file.water.places
    .filter((p): p is typeof p & { kind: 'harbour' | 'end' } => p.kind !== 'terminal')
    .flatMap((p) => {
      const r = route(n.water, terminal.node, p.node);
      return r ? [{ name: p.name, town: p.town, kind: p.kind, route: r }] : [];
    })
    .sort((a, b) => a.route.km - b.route.km);
  return { terminal, destinations };
}
