// Distances and travel times between sites: along a modelled link where the data has one, otherwise an
// estimate from the stated assumptions. Every result says which it is.
import { length } from '@turf/turf';
import type { LinkFeature } from '../data/schema';
import { MODE_ASSUMPTIONS, type PlannerMode } from './assumptions';

export interface Place {
  id: string;
  name: string;
  position: readonly [number, number];
}

export interface Leg {
  straightKm: number;
  routeKm: number;
  minutes: number;
  basis: 'link' | 'estimate';
  linkId?: string;
}

const EARTH_RADIUS_KM = 6371.0088; // the mean radius turf uses
const RAD = Math.PI / 180;

/** Great-circle distance (haversine), the same formula and radius as turf's `distance`, without its allocations. */
export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
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

export function leg(a: Place, b: Place, mode: PlannerMode, links: LinkIndex): Leg {
  const straight = straightKm(a, b);
  const m = MODE_ASSUMPTIONS[mode];
  const modelled = links.get(a.id)?.get(b.id)?.find((l) => m.linkModes.includes(l.properties.mode));
  if (modelled) {
    const routeKm = length(modelled, { units: 'kilometers' });
    return { straightKm: straight, routeKm, minutes: (routeKm / m.speedKmh) * 60 + m.fixedMinutes, basis: 'link', linkId: modelled.properties.id };
  }
  return { straightKm: straight, ...estimateLeg(straight, mode) };
}

export type Matrix = Leg[][];

const ZERO: Leg = { straightKm: 0, routeKm: 0, minutes: 0, basis: 'estimate' };

/** All pairs; the diagonal is zero. Legs are symmetric, so each pair is computed once. */
export function connectionMatrix(places: readonly Place[], mode: PlannerMode, links: LinkIndex): Matrix {
  const n = places.length;
  const matrix: Leg[][] = Array.from({ length: n }, () => new Array<Leg>(n));
  for (let i = 0; i < n; i++) {
    matrix[i]![i] = ZERO;
    for (let j = i + 1; j < n; j++) {
      const l = leg(places[i]!, places[j]!, mode, links);
      matrix[i]![j] = l;
      matrix[j]![i] = l;
    }
  }
  return matrix;
}
