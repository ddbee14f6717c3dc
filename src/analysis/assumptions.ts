// The assumptions behind every estimate the planner tools show. Plain numbers, stated once, shown in the UI
// (names and reasons are worded in the i18n catalogues).
export const PLANNER_MODES = ['car', 'ebike', 'transit'] as const;
export type PlannerMode = (typeof PLANNER_MODES)[number];

export interface ModeAssumptions {
  /** Network distance ÷ straight-line distance. */
  detour: number;
  /** Average door-to-door speed in km/h. */
  speedKmh: number;
  /** Fixed minutes added to every trip (parking, waiting for a vehicle). */
  fixedMinutes: number;
  /** Link modes in the data that model this kind of trip. */
  linkModes: readonly string[];
}

export const MODE_ASSUMPTIONS: Record<PlannerMode, ModeAssumptions> = {
  car: {
    detour: 1.3,
    speedKmh: 50,
    fixedMinutes: 3,
    linkModes: ['road'],
  },
  ebike: {
    detour: 1.2,
    speedKmh: 20,
    fixedMinutes: 1,
    linkModes: ['bike'],
  },
  transit: {
    detour: 1.4,
    speedKmh: 30,
    fixedMinutes: 10,
    linkModes: ['maas', 'public-transport'],
  },
};

/** The quay's container-transport radius, as the seed states it (002, Topwerklocaties, Voorgestelde aanpak). */
export const QUAY_RADIUS_KM = 40;

/** Speeds and limits for routes along the existing networks (the network file `npm run basemap` writes). */
export const NETWORK_ASSUMPTIONS = {
  /** km/h by kind of stretch: road classes, average train speed with its stops, inland shipping on canals. */
  speedKmh: { motorway: 100, trunk: 80, primary: 50, link: 40, track: 65, canal: 10, lock: 10 },
  /** Minutes a vessel spends passing a lock. */
  lockMinutes: 30,
  /** A station farther than this (straight line) is not the site's station: reached by e-bike within it. */
  stationAccessKm: 3,
  /** A motorway exit farther than this is not the site's exit: reached by car within it. */
  exitAccessKm: 10,
} as const;
