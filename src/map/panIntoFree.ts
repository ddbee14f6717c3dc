import { freeArea, type MapRoom } from '../state/viewSlice';

/**
 * How far to pan the map (for `map.panBy`) so that a point the panel, sheet or card hides comes out beside
 * them, `margin` pixels in from their edge (less where the free part is narrow); [0, 0] for a point already
 * in the free part, so a click there never moves the map.
 */
export function panIntoFree(point: { x: number; y: number }, room: MapRoom, margin = 64): [number, number] {
  const free = freeArea(room);
  const along = (at: number, space: number) => (at <= space ? 0 : Math.round(at - (space - Math.min(margin, space / 2))));
  return [along(point.x, free.width), along(point.y, free.height)];
}
