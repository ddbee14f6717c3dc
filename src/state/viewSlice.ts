import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** Who changed the view last: the map itself (a pan or zoom), the app (a button, a selection) or the URL. */
export type ViewOrigin = 'map' | 'app' | 'url';

export interface MapView {
  center: [number, number];
  zoom: number;
}

export type Bounds = [[west: number, south: number], [east: number, north: number]];

/** Places the app shows whole, in the room the panel and the tour's card leave, zoomed in at most to `maxZoom`. */
export interface Fit {
  bounds: Bounds;
  maxZoom: number;
}

/**
 * A view the app sets. With `fits`, the map fits those places (MapLibre's cameraForBounds) and fits them again
 * when the room changes; `center` and `zoom` then say roughly where, until the map reports where it went.
 */
export interface FittedView extends MapView {
  fits?: Fit;
}

/**
 * The map's size in CSS pixels and how far the panel, the phone's sheet and the tour's card reach into it: from
 * the right edge, from the foot, and (a folded panel's header) at the top right. Measured on the page
 * (layout/mapCovers.ts); MapLibre takes `right` and `bottom` as its padding.
 */
export interface MapRoom {
  width: number;
  height: number;
  right: number;
  bottom: number;
  topRight: number;
}

export interface ViewSlice {
  view: FittedView & { origin: ViewOrigin };
  mapRoom: MapRoom;
  /** A fit (`fits`) only from the app: a view from the map or the URL is a place, not a fit. */
  setView: (view: FittedView, origin: ViewOrigin) => void;
  setMapRoom: (room: MapRoom) => void;
}

/** Until the page is measured: a desktop's map, nothing over it. */
export const DEFAULT_MAP_ROOM: MapRoom = { width: 1000, height: 750, right: 0, bottom: 0, topRight: 0 };

// Centred on the four top locations (XL Businesspark in the west, Technology Base Twente in the east).
export const TWENTE_VIEW: MapView = { center: [6.76, 52.28], zoom: 10.4 };

const sameRoom = (a: MapRoom, b: MapRoom) => a.width === b.width && a.height === b.height && a.right === b.right && a.bottom === b.bottom && a.topRight === b.topRight;

/** The part of the map nothing covers. */
export const freeArea = (room: MapRoom) => ({ width: Math.max(0, room.width - room.right), height: Math.max(0, room.height - room.bottom) });

export const createViewSlice =
  (initial: FittedView): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set, get) => ({
    view: { ...initial, origin: 'app' },
    mapRoom: DEFAULT_MAP_ROOM,
    setView: (view, origin) => set({ view: { center: [view.center[0], view.center[1]], zoom: view.zoom, origin, ...(view.fits && origin === 'app' ? { fits: view.fits } : {}) } }),
    setMapRoom: (room) => {
      if (room.width > 0 && room.height > 0 && !sameRoom(room, get().mapRoom)) set({ mapRoom: { ...room } });
    },
  });
