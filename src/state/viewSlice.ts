import type { StateCreator } from 'zustand/vanilla';
import type { RegionView } from './regionViews';
import type { AtlasState } from './store';

/** Who changed the view last: the map itself (a pan or zoom), the app (a button, a selection) or the URL. */
export type ViewOrigin = 'map' | 'app' | 'url';

export interface MapView {
  center: [number, number];
  zoom: number;
}

/**
 * A view the app sets to show a region whole in the room the panel and the tour's card leave (the opening view,
 * the Twente and Overijssel buttons, a tour step): `fits` names the region, so the map can fit it again when
 * that room changes.
 */
export interface FittedView extends MapView {
  fits?: RegionView;
}

/**
 * The map's size on screen in CSS pixels, and the widest a side panel gets over it: what a focus has to fit
 * into (not part of the URL).
 */
export interface MapArea {
  width: number;
  height: number;
  /**
   * The width of the page's main area, which holds the sidebar too (the map's own width when not given): with the
   * page's height it decides the layout (`layoutOf`, focusOffset.ts), and a side panel takes at most half of it.
   */
  pageWidth?: number;
  /** The height of the page's viewport (the map's own height when not given): a compact page on its side lays out as columns. */
  pageHeight?: number;
}

export interface ViewSlice {
  view: FittedView & { origin: ViewOrigin };
  mapArea: MapArea;
  /** A region's fit (`fits`) only from the app: a view from the map or the URL is a place, not a fit. */
  setView: (view: FittedView, origin: ViewOrigin) => void;
  setMapArea: (area: MapArea) => void;
}

/** Until the map reports its size: a desktop's map area. */
export const DEFAULT_MAP_AREA: MapArea = { width: 1000, height: 750 };

// Centred on the four top locations (XL Businesspark in the west, Technology Base Twente in the east).
export const TWENTE_VIEW: MapView = { center: [6.76, 52.28], zoom: 10.4 };

export const createViewSlice =
  (initial: FittedView, initialArea: MapArea = DEFAULT_MAP_AREA): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set, get) => ({
    view: { ...initial, origin: 'app' },
    mapArea: initialArea,
    setView: (view, origin) =>
      set({ view: { center: [view.center[0], view.center[1]], zoom: view.zoom, origin, ...(view.fits && origin === 'app' ? { fits: view.fits } : {}) } }),
    setMapArea: (area) => {
      const { mapArea } = get();
      const changed = area.width !== mapArea.width || area.height !== mapArea.height || area.pageWidth !== mapArea.pageWidth || area.pageHeight !== mapArea.pageHeight;
      if (area.width > 0 && area.height > 0 && changed) set({ mapArea: { ...area } });
    },
  });
