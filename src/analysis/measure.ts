// Measuring on the map: the length of the clicked path and, from three points on, the area it encloses.
import { area, polygon } from '@turf/turf';
import { haversineKm } from './geo';

export interface Measurement {
  km: number;
  /** Closed polygon area in km², when there are at least three points. */
  areaKm2?: number;
}

export function measure(points: ReadonlyArray<readonly [number, number]>): Measurement {
  let km = 0;
  for (let i = 1; i < points.length; i++) km += haversineKm(points[i - 1]![0], points[i - 1]![1], points[i]![0], points[i]![1]);
  if (points.length < 3) return { km };
  const ring = [...points.map((p) => [p[0], p[1]]), [points[0]![0], points[0]![1]]];
  return { km, areaKm2: area(polygon([ring])) / 1e6 };
}
