// Distances and travel times between sites. Each says how it was obtained: along the existing network
// (rail between the sites' stations, road between their motorway exits), along a plan link traced on real
// geometry, or as the straight line × the mode's detour factor.
import { length } from '@turf/turf';
import type { LinkFeature } from '../data/schema';
import { MODE_ASSUMPTIONS, type PlannerMode } from './assumptions';
import { nearestExit, nearestStation, railRoute, route, type Access, type Networks } from './existingNetworks';
import { haversineKm } from './geo';

export { haversineKm };

export interface Place {
  id: string;
  name: string;
  position: readonly [number, number];
}

export type Basis = 'network' | 'plan-link' | 'estimate';

/** A leg along an existing network: from the start to its station or exit, along the network, and on. */
export interface NetworkVia {
  network: 'rail' | 'road';
  from: Access;
  to: Access;
  networkKm: number;
  /** Route numbers on the road; stations passed on the track. */
  names: string[];
}

export interface Leg {
  straightKm: number;
  routeKm: number;
  minutes: number;
  basis: Basis;
  /** The plan link the leg runs along, or the schematic one its estimate stands in for. */
  linkId?: string;
  via?: NetworkVia;
}

export const straightKm = (a: Place, b: Place) => haversineKm(a.position[0], a.position[1], b.position[0], b.position[1]);

export function estimateLeg(km: number, mode: PlannerMode): Omit<Leg, 'straightKm'> {
  const m = MODE_ASSUMPTIONS[mode];
  const routeKm = km * m.detour;
  return { routeKm, minutes: (routeKm / m.speedKmh) * 60 + m.fixedMinutes, basis: 'estimate' };
}

/** Modelled links by site, both directions, for a lookup per pair without building keys. */
export type LinkIndex = Map<string, Map<string, LinkFeature[]>>;

export function linkIndex(links: readonly LinkFeature[]): LinkIndex {
  const index: LinkIndex = new Map();
  const add = (a: string, b: string, link: LinkFeature) => {
    const row = index.get(a) ?? new Map<string, LinkFeature[]>();
    row.set(b, [...(row.get(b) ?? []), link]);
    index.set(a, row);
  };
  for (const link of links) {
    const { fromSiteId, toSiteId } = link.properties;
    if (!fromSiteId || !toSiteId) continue;
    add(fromSiteId, toSiteId, link);
    add(toSiteId, fromSiteId, link);
  }
  return index;
}

/**
 * By car between the motorway exits nearest each end, or by train between the nearest stations; undefined
 * where the network does not serve both ends, or (given `quickerThan`) where it is not the quicker way.
 */
export function networkLeg(a: Place, b: Place, mode: PlannerMode, networks: Networks, quickerThan = Infinity): Omit<Leg, 'straightKm'> | undefined {
  if (mode === 'ebike') return undefined;
  const network = mode === 'car' ? 'road' : 'rail';
  const access = mode === 'car' ? nearestExit : nearestStation;
  const from = access(networks, a.position);
  const to = access(networks, b.position);
  if (!from || !to || from.node === to.node) return undefined;
  const along = network === 'rail' ? railRoute(networks, from.node, to.node) : route(networks.road, from.node, to.node);
  if (!along) return undefined;
  const minutes = from.minutes + along.minutes + to.minutes + MODE_ASSUMPTIONS[mode].fixedMinutes;
  if (minutes >= quickerThan) return undefined;
  const names = along.stationsPassed ?? along.names;
  return { routeKm: from.km + along.km + to.km, minutes, basis: 'network', via: { network, from, to, networkKm: along.km, names } };
}

export function leg(a: Place, b: Place, mode: PlannerMode, links: LinkIndex, networks?: Networks): Leg {
  const straight = straightKm(a, b);
  const m = MODE_ASSUMPTIONS[mode];
  const estimateKm = straight * m.detour;
  const estimateMinutes = (estimateKm / m.speedKmh) * 60 + m.fixedMinutes;
  // A short trip is quicker on local roads than out to the motorway and back: the faster figure is shown.
  const viaNetwork = networks && networkLeg(a, b, mode, networks, estimateMinutes);
  if (viaNetwork) return { straightKm: straight, ...viaNetwork };
  const planned = links
    .get(a.id)
    ?.get(b.id)
    ?.filter((l) => m.linkModes.includes(l.properties.mode));
  const traced = planned?.find((l) => l.properties.geometry === 'traced');
  if (traced) {
    const routeKm = length(traced, { units: 'kilometers' });
    return { straightKm: straight, routeKm, minutes: (routeKm / m.speedKmh) * 60 + m.fixedMinutes, basis: 'plan-link', linkId: traced.properties.id };
  }
  const estimate: Leg = { straightKm: straight, routeKm: estimateKm, minutes: estimateMinutes, basis: 'estimate' };
  if (planned?.[0]) estimate.linkId = planned[0].properties.id;
  return estimate;
}

export type Matrix = Leg[][];

const ZERO: Leg = { straightKm: 0, routeKm: 0, minutes: 0, basis: 'estimate' };

/** All pairs; the diagonal is zero. Legs are symmetric, so each pair is computed once. */
export function connectionMatrix(places: readonly Place[], mode: PlannerMode, links: LinkIndex, networks?: Networks): Matrix {
  const n = places.length;
  const matrix: Leg[][] = Array.from({ length: n }, () => new Array<Leg>(n));
  for (let i = 0; i < n; i++) {
    matrix[i]![i] = ZERO;
    for (let j = i + 1; j < n; j++) {
      const l = leg(places[i]!, places[j]!, mode, links, networks);
      matrix[i]![j] = l;
      matrix[j]![i] = l;
    }
  }
  return matrix;
}
