// The one owner of the maplibregl.Map. It is made when the interface first puts it on the page (MapView), so
// it starts at its size and in the store's view, and the atlas is bound to it once its style has loaded
// (bindAtlasMap).
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import type { AtlasStore } from '../state/store';
import { bindAtlasMap } from './bindAtlasMap';
import { maplibregl } from './maplibre';
import { atlasMapOptions } from './mapOptions';
import { mapUiLocale } from './mapUiLanguage';
import { FIT_MARGIN } from './viewFraming';

export type MapStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

/** What end-to-end tests and the bench use to find the map and wait for it: only in builds made for them. */
export interface AtlasTestHook {
  map: MaplibreMap;
  ready: boolean;
  /** performance.now() at the first idle with every layer (the bench reads it). */
  readyAt?: number;
  store: AtlasStore;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

export interface AtlasMapHandle {
  /** Puts the map in `container` (made there the first time); returns what takes it out again. */
  mount(container: HTMLElement): () => void;
  /** Calls `listener` with the status now and on every change; returns the unsubscribe. */
  watchStatus(listener: (status: MapStatus) => void): () => void;
  /** The map, once made (the exports draw from it). */
  readonly map: MaplibreMap | null;
  remove(): void;
}

const isTouchDevice = () => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

/** The camera to start with: the store's view, or the places it fits. */
function startCamera(store: AtlasStore) {
  const { view } = store.getState();
  if (view.fits) return { bounds: view.fits.bounds, fitBoundsOptions: { padding: FIT_MARGIN, maxZoom: view.fits.maxZoom } };
  return { center: view.center, zoom: view.zoom };
}

export function createAtlasMap(store: AtlasStore, data: AtlasData): AtlasMapHandle {
  const element = document.createElement('div');
  element.className = 'map-canvas__map';
  let status: MapStatus = { state: 'loading' };
  const listeners = new Set<(status: MapStatus) => void>();
  const setStatus = (next: MapStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };
  let map: MaplibreMap | null = null;
  let unbind: (() => void) | null = null;

  const start = () => {
    try {
      map = new maplibregl.Map({
        container: element,
        ...atlasMapOptions(),
        ...startCamera(store),
        // The sources in full, or behind a button where the map is narrow (MapLibre's rule when `compact` is
        // left unset; its default folds them on every map).
        attributionControl: {},
        locale: mapUiLocale(store.getState().lang),
        cooperativeGestures: isTouchDevice(),
      });
    } catch (error) {
      // No WebGL, for one: the rest of the app works without the map, and says why it is missing.
      setStatus({ state: 'error', message: (error as Error).message });
      return;
    }
    const made = map;
    made.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
    made.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
    const hook: AtlasTestHook = { map: made, ready: false, store };
    if (import.meta.env.VITE_TEST_HOOKS === '1') window.__atlas = hook;
    made.on('error', (event) => {
      // Tile and resource errors are handled (basemap fallback) or harmless; they never break the thematic layers.
      if (!(event as { sourceId?: string }).sourceId) console.warn('[map]', event.error?.message ?? event);
    });
    made.on('load', () => {
      unbind = bindAtlasMap(made, store, data);
      made.once('idle', () => {
        Object.assign(hook, { ready: true, readyAt: performance.now() });
        setStatus({ state: 'ready' });
      });
    });
  };

  return {
    mount(container) {
      container.append(element);
      if (!map && status.state === 'loading') start();
      return () => element.remove();
    },
    watchStatus(listener) {
      listeners.add(listener);
      listener(status);
      return () => void listeners.delete(listener);
    },
    get map() {
      return map;
    },
    remove() {
      unbind?.();
      listeners.clear();
      if (window.__atlas?.map === map) delete window.__atlas;
      map?.remove();
      map = null;
    },
  };
}
