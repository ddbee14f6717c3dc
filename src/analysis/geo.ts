// Great-circle distance (the same formula and radius as turf's `distance`, without its allocations) and circles.
import { circle } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';

const EARTH_RADIUS_KM = 6371.0088;
const RAD = Math.PI / 180;

export function haversineKm(lon1: number, lat1: number, lon2: number, lat2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLon = (lon2 - lon1) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.atan2(Math.sqrt(h), Math.sqrt(1 - h));
}

/** A circle of `km` around `center`, as a polygon to draw (a reach's ring). */
export function ring(center: readonly [number, number], km: number): Feature<Polygon> {
  return circle([center[0], center[1]], Math.max(km, 0.01), { units: 'kilometers', steps: 96 });
}
