// Which places can be reached from an origin within a time budget, and the radius that budget allows.
import { MODE_ASSUMPTIONS, type PlannerMode } from './assumptions';
import { leg, type Leg, type LinkIndex, type Place } from './connections';
import type { Networks } from './existingNetworks';

export interface Reach {
  place: Place;
  minutes: number;
  leg: Leg;
}

/** Straight-line radius an estimate allows within `minutes` (the ring drawn on the map). */
export function radiusKm(mode: PlannerMode, minutes: number): number {
  const m = MODE_ASSUMPTIONS[mode];
  const travel = Math.max(0, minutes - m.fixedMinutes);
  return ((travel / 60) * m.speedKmh) / m.detour;
}

export function reachable(origin: Place, places: readonly Place[], mode: PlannerMode, minutes: number, links: LinkIndex, networks?: Networks): Reach[] {
  return places
    .filter((p) => p.id !== origin.id)
    .map((place) => {
      const l = leg(origin, place, mode, links, networks);
      return { place, minutes: l.minutes, leg: l };
    })
    .filter((r) => r.minutes <= minutes)
    .sort((a, b) => a.minutes - b.minutes);
}
