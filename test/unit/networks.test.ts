// The existing networks for analysis: the graph the basemap builder writes from the geodata mirror, and the
// routes, nearest points and labels the planner takes from it.
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBasemapLayers } from '../../scripts/basemap/inputs';
import { buildLineGraph } from '../../scripts/basemap/lineGraph';
import { buildNetworks } from '../../scripts/basemap/networks';
import { leg, linkIndex, type Place } from '../../src/analysis/connections';
import { nearestExit, nearestStation, networksFrom, railRoute, route, waterRoutes, type Networks } from '../../src/analysis/existingNetworks';
import { gapPairs } from '../../src/analysis/gaps';
import { edgesOf } from '../../src/analysis/network';
import { parseNetworkFile, type NetworkFile } from '../../src/analysis/networkFile';
import { loadAtlas, loadSites } from './fixtures';

const GEODATA = join(__dirname, '..', '..', '..', 'shared', 'geodata');

let file: NetworkFile;
let networks: Networks;
beforeAll(() => {
  file = buildNetworks(readBasemapLayers(GEODATA), GEODATA);
  // Through JSON and the schema, as the app reads it.
  networks = networksFrom(parseNetworkFile(JSON.parse(JSON.stringify(file))));
}, 30_000);

const station = (name: string) => networks.file.rail.stations.find((s) => s.name === name)!.node;
const site = (id: string): Place => {
  const f = loadSites().features.find((s) => s.properties.id === id)!;
  return { id, name: f.properties.name.en, position: f.geometry.coordinates };
};

describe('line graph', () => {
  it('puts a point that lies on two parallel mappings of one track on both', () => {
    const upper = {
      coordinates: [
        [6.0, 52.0],
        [6.2, 52.0],
      ],
      kind: 'track' as const,
      name: '',
    };
    const lower = {
      coordinates: [
        [6.0, 51.9995],
        [6.2, 51.9995],
      ],
      kind: 'track' as const,
      name: '',
    };
    const graph = buildLineGraph([upper, lower], [{ position: [6.1, 51.9998], maxKm: 0.3 }]);
    const pin = graph.pinNodes[0]!;
    expect(graph.edges.filter((e) => e[0] === pin || e[1] === pin)).toHaveLength(4);
  });

  it('leaves a point farther than its limit off the network', () => {
    const only = {
      coordinates: [
        [6.0, 52.0],
        [6.2, 52.0],
      ],
      kind: 'track' as const,
      name: '',
    };
    expect(buildLineGraph([only], [{ position: [6.1, 52.05], maxKm: 0.3 }]).pinNodes).toEqual([undefined]);
  });
});

describe('the network file built from the mirror', () => {
  it('passes its own schema, with every Twente intercity station on the track', () => {
    expect(() => parseNetworkFile(JSON.parse(JSON.stringify(file)))).not.toThrow();
    const names = file.rail.stations.map((s) => s.name);
    for (const name of ['Enschede', 'Hengelo', 'Almelo', 'Zwolle', 'Deventer']) expect(names).toContain(name);
  });

  it('routes Enschede–Hengelo along the track, longer than the straight line, passing Enschede Kennispark', () => {
    const r = railRoute(networks, station('Enschede'), station('Hengelo'))!;
    expect(r.km).toBeGreaterThan(8);
    expect(r.km).toBeLessThan(9.5);
    expect(r.stationsPassed).toEqual(['Enschede Kennispark']);
  });

  it('routes Zwolle–Enschede through the Twente stations in their order on the line', () => {
    const passed = railRoute(networks, station('Zwolle'), station('Enschede'))!.stationsPassed;
    const order = ['Nijverdal', 'Wierden', 'Almelo', 'Borne', 'Hengelo', 'Enschede Kennispark'].map((name) => passed.indexOf(name));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('finds XL Businesspark’s motorway exit at Almelo-Zuid, and none within reach of the carpet cluster', () => {
    expect(nearestExit(networks, site('xl-businesspark').position)).toMatchObject({ name: 'Almelo-Zuid', ref: '30' });
    expect(nearestExit(networks, site('tapijtcluster-genemuiden-hasselt').position)).toBeUndefined();
  });

  it('finds Kennispark’s station at Enschede Kennispark, within a kilometre', () => {
    const s = nearestStation(networks, site('kennispark-twente').position)!;
    expect(s.name).toBe('Enschede Kennispark');
    expect(s.straightKm).toBeLessThan(1);
    expect(s.km).toBeCloseTo(s.straightKm * 1.2, 6);
  });

  it('takes a vessel from the quay’s terminal to Hengelo through the Delden lock, and on to Enschede through two', () => {
    const { terminal, destinations } = waterRoutes(networks);
    expect(terminal?.town).toBe('Almelo');
    const hengelo = destinations.find((d) => d.town.startsWith('Hengelo'))!;
    const enschede = destinations.find((d) => d.town === 'Enschede')!;
    expect(hengelo.route.locks).toBe(1);
    expect(enschede.route.locks).toBe(2);
    expect(hengelo.route.names).toEqual(['Twentekanaal (zijtak Almelo)', 'Twentekanaal']);
  });

  it('ends the water network at the Twentekanaal junction, where the data stops', () => {
    const end = waterRoutes(networks).destinations.find((d) => d.kind === 'end')!;
    expect(end.town).toBe('Hof van Twente');
    expect(end.route.locks).toBe(0);
  });

  it('does not join a point on the network to itself by a route', () => {
    expect(route(networks.rail, station('Almelo'), station('Almelo'))).toMatchObject({ km: 0, nodes: [station('Almelo')] });
  });
});

describe('legs between sites', () => {
  const links = () => linkIndex(loadAtlas().links.features);

  it('times Kennispark–HTSP by train between their stations and says so', () => {
    const l = leg(site('kennispark-twente'), site('high-tech-systems-park'), 'transit', links(), networks);
    expect(l.basis).toBe('network');
    expect(l.via).toMatchObject({ network: 'rail', from: { name: 'Enschede Kennispark' } });
    expect(l.routeKm).toBeGreaterThan(l.straightKm);
  });

  it('without the networks, calls the same leg an estimate and names the schematic MaaS link it stands in for', () => {
    const l = leg(site('kennispark-twente'), site('high-tech-systems-park'), 'transit', links());
    expect(l).toMatchObject({ basis: 'estimate', linkId: 'maas-kennispark-htsp' });
    expect(l.routeKm).toBeCloseTo(l.straightKm * 1.4, 6);
  });

  it('drives Kennispark–XL Businesspark along the A35 between their exits', () => {
    const l = leg(site('kennispark-twente'), site('xl-businesspark'), 'car', links(), networks);
    expect(l.basis).toBe('network');
    expect(l.via?.names).toContain('A35');
    expect(l.via?.to.name).toBe('Almelo-Zuid');
  });
});

describe('gaps', () => {
  const tops = () => ['kennispark-twente', 'high-tech-systems-park', 'technology-base-twente', 'xl-businesspark'].map(site);
  const edges = () => edgesOf(loadAtlas().links.features);

  it('finds no road gap between the four top locations: the motorway joins them though the plan has no road link', () => {
    expect(gapPairs(tops(), 'road', edges())).toHaveLength(6);
    expect(gapPairs(tops(), 'road', edges(), networks)).toEqual([]);
  });

  it('leaves rail gaps only at Technology Base Twente, which has no station within reach', () => {
    const gaps = gapPairs(tops(), 'rail', edges(), networks);
    expect(gaps).toHaveLength(3);
    expect(gaps.every(([a, b]) => a.id === 'technology-base-twente' || b.id === 'technology-base-twente')).toBe(true);
  });
});

describe('reading the file', () => {
  it('names the file, the record and what was expected', () => {
    const broken = JSON.parse(JSON.stringify(file));
    broken.rail.edges[3][0] = 99_999;
    expect(() => parseNetworkFile(broken)).toThrow(/networks\.json: rail\.edges\.3\.0: expected a node index below/);
  });
});
