// The network file for analysis, built from the same layers as the basemap: rail track with stations,
// the motorway/main-road corridor with its exits, the navigable waterways with their harbours and the quay's
// terminal.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { booleanPointInPolygon, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiLineString, MultiPolygon, Point, Polygon } from 'geojson';
import type { EdgeKind, NetworkFile } from '../../src/analysis/networkFile';
import type { BasemapLayers } from './inputs';
import { buildLineGraph, type GraphLine } from './lineGraph';

/** The surveyed point of the XL-Park quay's container terminal, beside the outlines in the mirror. */
export const TERMINAL_FILE = 'sites/business-park-outlines.wgs84.geojson';
const TERMINAL_OUTLINE = 'ctt-almelo-terminal';

/** How far a named point may lie from its line and still count as on it. */
const STATION_KM = 0.6;
const EXIT_KM = 0.1;
const WATER_KM = 0.5;

const str = (v: unknown) => (typeof v === 'string' ? v : '');

function graphLines(features: Array<Feature<LineString | MultiLineString>>, kindOf: (p: Record<string, unknown>) => EdgeKind | undefined, nameOf: (p: Record<string, unknown>) => string): GraphLine[] {
  return features.flatMap((f) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    const kind = kindOf(props);
    if (!kind) return [];
    const parts = f.geometry.type === 'LineString' ? [f.geometry.coordinates] : f.geometry.coordinates;
    return parts.map((coordinates) => ({ coordinates, kind, name: nameOf(props) }));
  });
}

function terminalPoint(dir: string): [number, number] | undefined {
  const path = join(dir, TERMINAL_FILE);
  if (!existsSync(path)) return undefined;
  const json = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  const terminal = json.features.find((f) => f.properties?.outline === TERMINAL_OUTLINE && f.geometry?.type === 'Point');
  return terminal ? ((terminal.geometry as Point).coordinates as [number, number]) : undefined;
}

function townOf(position: readonly number[], municipalities: FeatureCollection<Polygon | MultiPolygon>): string {
  const hit = municipalities.features.find((m) => booleanPointInPolygon([position[0]!, position[1]!], m));
  return str(hit?.properties?.name);
}

const ROAD_KINDS: Record<string, EdgeKind> = { motorway: 'motorway', trunk: 'trunk', primary: 'primary', link: 'link' };

export function buildNetworks(layers: BasemapLayers, dir: string): NetworkFile {
  const rail = buildLineGraph(
    graphLines(
      layers.railways.features,
      () => 'track',
      () => '',
    ),
    layers.stations.features.map((s) => ({ position: s.geometry.coordinates as [number, number], maxKm: STATION_KM })),
  );
  const road = buildLineGraph(
    graphLines(
      layers.roads.features,
      (p) => ROAD_KINDS[str(p.class)],
      (p) => str(p.ref),
    ),
    layers.exits.features.map((e) => ({ position: e.geometry.coordinates as [number, number], maxKm: EXIT_KM })),
  );

  // Harbours are named by their town; each is reached at a point on its own line.
  const navigable = layers.waterways.features.filter((f) => f.properties?.navigable === true);
  const harbours = navigable.filter((f) => f.properties?.harbour === true);
  const terminal = terminalPoint(dir);
  const waterPins = [
    ...(terminal ? [{ position: terminal, maxKm: WATER_KM, name: 'CTT Almelo', kind: 'terminal' as const }] : []),
    ...harbours.map((h) => {
      const position = pointOnFeature(h).geometry.coordinates as [number, number];
      return { position, maxKm: WATER_KM, name: str(h.properties?.name), kind: 'harbour' as const };
    }),
  ];
  const water = buildLineGraph(
    graphLines(
      navigable,
      (p) => (p.lock === true ? 'lock' : 'canal'),
      (p) => str(p.name),
    ),
    waterPins,
  );
  // The Twentekanaal's westernmost point in the data: the canal goes on from there to Eefde and the IJssel.
  const westEnd = [...new Set(water.edges.filter((e) => e[4] === 'Twentekanaal').flatMap((e) => [e[0], e[1]]))].sort((a, b) => water.nodes[a]![0] - water.nodes[b]![0])[0];

  const onNetwork = <T>(items: T[], nodes: Array<number | undefined>) => items.flatMap((item, i) => (nodes[i] === undefined ? [] : [{ item, node: nodes[i]! }]));
  const towns = layers.municipalities;
  return {
    version: 1,
    rail: {
      credit: 'NDOV Loket / OVapi; Rijden de Treinen',
      nodes: rail.nodes,
      edges: rail.edges,
      stations: onNetwork(layers.stations.features, rail.pinNodes).map(({ item, node }) => ({ name: str(item.properties?.name), intercity: item.properties?.intercity === true, node })),
    },
    road: {
      credit: '© OpenStreetMap contributors',
      nodes: road.nodes,
      edges: road.edges,
      exits: onNetwork(layers.exits.features, road.pinNodes)
        .map(({ item, node }) => ({ name: str(item.properties?.name), ref: str(item.properties?.ref), node }))
        .filter((e) => e.name || e.ref)
        .map((e) => ({ ...e, name: e.name || e.ref })),
    },
    water: {
      credit: '© OpenStreetMap contributors',
      nodes: water.nodes,
      edges: water.edges,
      places: [
        ...onNetwork(waterPins, water.pinNodes).map(({ item, node }) => ({ name: item.name, kind: item.kind, node, town: townOf(item.position, towns) })),
        ...(westEnd === undefined ? [] : [{ name: 'Twentekanaal', kind: 'end' as const, node: westEnd, town: townOf(water.nodes[westEnd]!, towns) }]),
      ],
    },
  };
}
