// Which pairs of sites are joined today, by the existing networks or by a link of the plan, and which are
// gaps: left unconnected by both. A pair the plan leaves out but a railway already joins is no gap.
import type { LinkMode } from '../data/vocabulary';
import type { Place } from './connections';
import { nearestExit, nearestStation, route, type Networks } from './existingNetworks';
import { haversineKm } from './geo';
import type { Edge } from './network';

export const GAP_MODES = ['road', 'rail', 'transit', 'water'] as const;
export type GapMode = (typeof GAP_MODES)[number];

/** The plan's link modes that join a pair for each kind of gap. */
const PLAN_MODES: Record<GapMode, readonly LinkMode[]> = {
  road: ['road'],
  rail: ['rail'],
  transit: ['rail', 'maas', 'public-transport'],
  water: ['water'],
};

/** A site this close to a harbour or the quay's terminal lies on the water. */
export const WATER_ACCESS_KM = 2;

export type Joined = { by: 'network'; via: string[] } | { by: 'plan'; linkIds: string[] } | { by: 'none' };

function nearestWaterNode(n: Networks, position: readonly [number, number]): number | undefined {
  let best: { node: number; d: number } | undefined;
  for (const p of n.file.water.places) {
    const [lon, lat] = n.water.nodes[p.node]!;
    const d = haversineKm(position[0], position[1], lon, lat);
    if (d <= WATER_ACCESS_KM && (!best || d < best.d)) best = { node: p.node, d };
  }
  return best?.node;
}

/** The names of the network points that join a and b (their stations, exits or waters), if any. */
export function networkJoins(a: Place, b: Place, mode: GapMode, n: Networks): string[] | undefined {
  if (mode === 'water') {
    const [from, to] = [nearestWaterNode(n, a.position), nearestWaterNode(n, b.position)];
    return from === undefined || to === undefined ? undefined : route(n.water, from, to)?.names;
  }
  const access = mode === 'road' ? nearestExit : nearestStation;
  const [from, to] = [access(n, a.position), access(n, b.position)];
  if (!from || !to) return undefined;
  const joined = route(mode === 'road' ? n.road : n.rail, from.node, to.node);
  return joined ? [...new Set([from.name, to.name])] : undefined;
}

export function joined(a: Place, b: Place, mode: GapMode, edges: readonly Edge[], networks?: Networks): Joined {
  const via = networks && networkJoins(a, b, mode, networks);
  if (via) return { by: 'network', via };
  const linkIds = edges.filter((e) => PLAN_MODES[mode].includes(e.mode as LinkMode) && ((e.from === a.id && e.to === b.id) || (e.from === b.id && e.to === a.id))).map((e) => e.id);
  return linkIds.length > 0 ? { by: 'plan', linkIds } : { by: 'none' };
}

/** Pairs among `places` that neither the existing networks nor the plan join by `mode`. */
export function gapPairs(places: readonly Place[], mode: GapMode, edges: readonly Edge[], networks?: Networks): Array<[Place, Place]> {
  const gaps: Array<[Place, Place]> = [];
  for (let i = 0; i < places.length; i++) for (let j = i + 1; j < places.length; j++) if (joined(places[i]!, places[j]!, mode, edges, networks).by === 'none') gaps.push([places[i]!, places[j]!]);
  return gaps;
}
