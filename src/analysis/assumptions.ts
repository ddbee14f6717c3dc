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
