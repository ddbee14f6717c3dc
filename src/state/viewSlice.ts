import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** Who changed the view last: the map itself (a pan or zoom), the app (a button, a selection) or the URL. */
export type ViewOrigin = 'map' | 'app' | 'url';

export interface MapView {
  center: [number, number];
  zoom: number;
}

export interface ViewSlice {
  view: MapView & { origin: ViewOrigin };
  setView: (view: MapView, origin: ViewOrigin) => void;
}

export const TWENTE_VIEW: MapView = { center: [6.79, 52.29], zoom: 10.4 };

export const createViewSlice =
  (initial: MapView): StateCreator<AtlasState, [], [], ViewSlice> =>
  (set) => ({
    view: { ...initial, origin: 'app' },
    setView: (view, origin) => set({ view: { center: [view.center[0], view.center[1]], zoom: view.zoom, origin } }),
  });
