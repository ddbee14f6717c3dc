// Turns lines into a compact routable graph: shared vertices become nodes, loose ends close to another line
// are joined, named points (stations, exits, harbours) are inserted where they lie on a line, and runs of
// plain vertices collapse into one edge with their length along the line.
import { haversineKm } from '../../src/analysis/geo';
import type { EdgeKind, NetworkEdge } from '../../src/analysis/networkFile';

export interface GraphLine {
  coordinates: number[][];
  kind: EdgeKind;
  name: string;
}

export interface Pin {
  position: readonly [number, number];
  /** Farther from every line than this, the point is not on the network. */
  maxKm: number;
}

export interface LineGraph {
  nodes: Array<[number, number]>;
  edges: NetworkEdge[];
  /** Each edge's line, from its first node to its second (for tracing; the network file keeps lengths only). */
  edgeLines: Array<Array<[number, number]>>;
  /** For each pin, its node, or undefined when it lies off the network. */
  pinNodes: Array<number | undefined>;
}

interface Segment {
  a: number;
  b: number;
  kind: EdgeKind;
  name: string;
}

const key = (c: readonly number[]) => `${c[0]!.toFixed(6)},${c[1]!.toFixed(6)}`;

/** The point of segment p–q closest to x, as a fraction along it, in a local flat projection. */
function closestFraction(x: readonly number[], p: readonly number[], q: readonly number[]): number {
  const k = Math.cos((x[1]! * Math.PI) / 180);
  const [px, py, qx, qy, xx, xy] = [p[0]! * k, p[1]!, q[0]! * k, q[1]!, x[0]! * k, x[1]!];
  const dx = qx - px;
  const dy = qy - py;
  const len2 = dx * dx + dy * dy;
  return len2 === 0 ? 0 : Math.max(0, Math.min(1, ((xx - px) * dx + (xy - py) * dy) / len2));
}

export function buildLineGraph(lines: readonly GraphLine[], pins: readonly Pin[], joinKm = 0.03): LineGraph {
  const nodes: Array<[number, number]> = [];
  const ids = new Map<string, number>();
  const nodeAt = (c: readonly number[]) => {
    const k = key(c);
    let id = ids.get(k);
    if (id === undefined) {
      id = nodes.push([Number(c[0]!.toFixed(6)), Number(c[1]!.toFixed(6))]) - 1;
      ids.set(k, id);
    }
    return id;
  };
  let segments: Segment[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.coordinates.length; i++) {
      const a = nodeAt(line.coordinates[i - 1]!);
      const b = nodeAt(line.coordinates[i]!);
      if (a !== b) segments.push({ a, b, kind: line.kind, name: line.name });
    }
  }
  const km = (a: number, b: number) => haversineKm(nodes[a]![0], nodes[a]![1], nodes[b]![0], nodes[b]![1]);

  // Loose ends that stop just short of another line (separately mapped stretches) are joined to it.
  const degree = () => {
    const d = new Map<number, number>();
    for (const s of segments) for (const n of [s.a, s.b]) d.set(n, (d.get(n) ?? 0) + 1);
    return d;
  };
  /** The closest point of each segment within `maxKm`, nearest first. */
  const nearSegments = (position: readonly number[], maxKm: number, skip?: (s: Segment) => boolean) =>
    segments
      .filter((s) => !skip?.(s))
      .map((s) => {
        const f = closestFraction(position, nodes[s.a]!, nodes[s.b]!);
        const p = nodes[s.a]!;
        const q = nodes[s.b]!;
        const at: [number, number] = [p[0] + (q[0] - p[0]) * f, p[1] + (q[1] - p[1]) * f];
        return { s, f, at, d: haversineKm(position[0]!, position[1]!, at[0], at[1]) };
      })
      .filter((x) => x.d <= maxKm)
      .sort((x, y) => x.d - y.d);
  const split = ({ s, f, at }: { s: Segment; f: number; at: [number, number] }): number => {
    if (f < 1e-9) return s.a;
    if (f > 1 - 1e-9) return s.b;
    const mid = nodeAt(at);
    segments = segments.filter((x) => x !== s);
    segments.push({ ...s, b: mid }, { ...s, a: mid });
    return mid;
  };
  const insertOn = (position: readonly number[], maxKm: number, skip?: (s: Segment) => boolean): number | undefined => {
    const best = nearSegments(position, maxKm, skip)[0];
    return best ? split(best) : undefined;
  };
  // Services that share a track were mapped as separate, nearly parallel lines: each of them is bent through
  // the pin's node, so a route along any of them passes it.
  const pinOn = (position: readonly number[], maxKm: number): number | undefined => {
    const near = nearSegments(position, maxKm);
    if (near.length === 0) return undefined;
    const main = split(near[0]!);
    const touching = () => new Set(segments.filter((s) => s.a === main || s.b === main));
    for (const other of near.slice(1)) {
      if (!segments.includes(other.s) || touching().has(other.s) || other.s.a === main || other.s.b === main) continue;
      segments = segments.filter((x) => x !== other.s);
      segments.push({ ...other.s, b: main }, { ...other.s, a: main });
    }
    return main;
  };
  for (const [node, d] of degree()) {
    if (d !== 1) continue;
    const touching = new Set(segments.filter((s) => s.a === node || s.b === node).flatMap((s) => [s.a, s.b]));
    const target = insertOn(nodes[node]!, joinKm, (s) => touching.has(s.a) || touching.has(s.b));
    if (target !== undefined && target !== node) {
      const own = segments.find((s) => s.a === node || s.b === node)!;
      segments.push({ a: node, b: target, kind: own.kind, name: own.name });
    }
  }

  const pinNodes = pins.map((pin) => pinOn(pin.position, pin.maxKm));
  const { edges, paths, renumber } = compress(segments, new Set(pinNodes.filter((n) => n !== undefined)), km);
  const kept: Array<[number, number]> = [];
  for (const [old, id] of renumber) kept[id] = nodes[old]!;
  return {
    nodes: kept,
    edges,
    edgeLines: paths.map((path) => path.map((n) => nodes[n]!)),
    pinNodes: pinNodes.map((n) => (n === undefined ? undefined : renumber.get(n))),
  };
}

/** Keeps junctions, ends, pins and changes of kind or name; the plain vertices between them become one edge. */
function compress(segments: Segment[], pinned: Set<number>, km: (a: number, b: number) => number): { edges: NetworkEdge[]; paths: number[][]; renumber: Map<number, number> } {
  const incident = new Map<number, Segment[]>();
  for (const s of segments) for (const n of [s.a, s.b]) incident.set(n, [...(incident.get(n) ?? []), s]);
  const through = (n: number) => {
    const at = incident.get(n) ?? [];
    return at.length === 2 && !pinned.has(n) && at[0]!.kind === at[1]!.kind && at[0]!.name === at[1]!.name;
  };
  const used = new Set<Segment>();
  const edges: NetworkEdge[] = [];
  const paths: number[][] = [];
  for (const start of segments) {
    if (used.has(start)) continue;
    // Walk both ways from this segment to the nearest kept node, noting the vertices passed.
    used.add(start);
    let length = km(start.a, start.b);
    const walk = (from: number, came: Segment): number[] => {
      const visited = [from];
      let prev = came;
      while (through(visited.at(-1)!)) {
        const node = visited.at(-1)!;
        const next = incident.get(node)!.find((s) => s !== prev)!;
        if (used.has(next)) break;
        used.add(next);
        length += km(next.a, next.b);
        visited.push(next.a === node ? next.b : next.a);
        prev = next;
      }
      return visited;
    };
    const back = walk(start.a, start);
    const ahead = walk(start.b, start);
    const path = [...back.reverse(), ...ahead];
    if (path[0] === path.at(-1)) continue;
    edges.push([path[0]!, path.at(-1)!, Number(length.toFixed(3)), start.kind, start.name]);
    paths.push(path);
  }
  // Renumber the kept nodes densely so the file holds only them.
  const keep = [...new Set(edges.flatMap((e) => [e[0], e[1]]).concat([...pinned]))].sort((x, y) => x - y);
  const renumber = new Map(keep.map((n, i) => [n, i]));
  return { edges: edges.map(([a, b, length, kind, name]) => [renumber.get(a)!, renumber.get(b)!, length, kind, name]), paths, renumber };
}
