// The assumptions behind every estimate the planner tools show. Plain numbers, stated once, shown in the UI.
export const PLANNER_MODES = ['car', 'ebike', 'transit'] as const;
export type PlannerMode = (typeof PLANNER_MODES)[number];

export interface ModeAssumptions {
  label: string;
  /** Network distance ÷ straight-line distance. */
  detour: number;
  /** Average door-to-door speed in km/h. */
  speedKmh: number;
  /** Fixed minutes added to every trip (parking, waiting for a vehicle). */
  fixedMinutes: number;
  /** Link modes in the data that model this kind of trip. */
  linkModes: readonly string[];
  basis: string;
}

export const MODE_ASSUMPTIONS: Record<PlannerMode, ModeAssumptions> = {
  car: {
    label: 'Car',
    detour: 1.3,
    speedKmh: 50,
    fixedMinutes: 3,
    linkModes: ['road'],
    basis: 'Regional roads: 30 % longer than the straight line, 50 km/h on average, 3 minutes to park.',
  },
  ebike: {
    label: 'E-bike',
    detour: 1.2,
    speedKmh: 20,
    fixedMinutes: 1,
    linkModes: ['bike'],
    basis: 'Cycle routes: 20 % longer than the straight line, 20 km/h on average, 1 minute to park.',
  },
  transit: {
    label: 'Public transport / MaaS',
    detour: 1.4,
    speedKmh: 30,
    fixedMinutes: 10,
    linkModes: ['maas', 'public-transport'],
    basis: 'Bus or shared rides: 40 % longer than the straight line, 30 km/h on average, 10 minutes of waiting.',
  },
};

/** The quay's container-transport radius, as the seed states it (002, Topwerklocaties, Voorgestelde aanpak). */
export const QUAY_RADIUS_KM = 40;
