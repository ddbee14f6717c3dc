// The one owner of the maplibregl.Map. The map starts as soon as the code has loaded, while the data is
// still downloading (the style, the workers and the first frame do not need it); once the store and the
// data are attached and the style has loaded, the atlas is bound to it (bindAtlasMap).
// It starts in its place on the page (the frame in index.html) when there is one: a map made in a detached
// element draws at MapLibre's default 400 × 300 until the interface has rendered and then has to resize, and
// a resize reallocates WebGL's drawing buffer, which blocks the page for 50–300 ms with software WebGL.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import type { AtlasStore } from '../state/store';
import type { MapView } from '../state/viewSlice';
import { bindAtlasMap } from './bindAtlasMap';
import { setCurrentMap } from './currentMap';
import { maplibregl } from './maplibre';
import { atlasMapOptions } from './mapOptions';
import { mapUiLocale } from './mapUiLanguage';
import type { UiLang } from '../i18n/languages';

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
  /** The element the map draws in; MapView puts it on the page. */
  readonly element: HTMLElement;
  /** Gives the map its store and data (once); the atlas appears as soon as the style has loaded too. */
  attach(store: AtlasStore, data: AtlasData): void;
  /** Calls `listener` with the status now and on every change; returns the unsubscribe. */
  watchStatus(listener: (status: MapStatus) => void): () => void;
  /** Fits the map to its element after it moved, when its size changed (a resize is expensive, above). */
  resize(): void;
  remove(): void;
}

const sizeOf = (element: HTMLElement) => `${element.clientWidth}×${element.clientHeight}`;

const isTouchDevice = () => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

/** Starts the map in a new element, inside `slot` (where it will be shown) if given, else detached; its own
 * controls speak `lang` (the store's language takes over once it is bound: bindAtlasMap). */
export function startAtlasMap(initialView: MapView, slot?: HTMLElement | null, lang: UiLang = 'en'): AtlasMapHandle {
  const element = document.createElement('div');
  element.className = 'map-canvas__map';
  slot?.append(element);
  let status: MapStatus = { state: 'loading' };
  const listeners = new Set<(status: MapStatus) => void>();
  const setStatus = (next: MapStatus) => {
    status = next;
    for (const listener of listeners) listener(next);
  };
  const watchStatus = (listener: (status: MapStatus) => void) => {
    listeners.add(listener);
    listener(status);
    return () => void listeners.delete(listener);
  };

  let map: MaplibreMap;
  try {
    map = new maplibregl.Map({
      container: element,
      ...atlasMapOptions(),
      center: initialView.center,
      zoom: initialView.zoom,
      // The sources in full, or behind a button where the map is narrow (640 px or less, MapLibre's rule when
      // `compact` is left unset; its default folds them on every map): open at first and folded at the first
      // drag, so a phone's small map is not covered for good.
      attributionControl: {},
      // Its controls' text in the reader's language.
      locale: mapUiLocale(lang),
      cooperativeGestures: isTouchDevice(),
    });
  } catch (error) {
    // No WebGL, for one: the rest of the app works without the map, and says why it is missing.
    setStatus({ state: 'error', message: (error as Error).message });
    return { element, attach: () => undefined, watchStatus, resize: () => undefined, remove: () => undefined };
  }
  // The element's size the map was last fitted to (MapLibre fires `resize` for its own re-measures too).
  let fittedSize = sizeOf(element);
  map.on('resize', () => {
    fittedSize = sizeOf(element);
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');
  let hook: AtlasTestHook | null = null;
  setCurrentMap(map);

  map.on('error', (event) => {
    // Tile and resource errors are handled (basemap fallback) or harmless; they never break the thematic layers.
    if (!(event as { sourceId?: string }).sourceId) console.warn('[map]', event.error?.message ?? event);
  });

  let styleLoaded = false;
  let attached: { store: AtlasStore; data: AtlasData } | null = null;
  let unbind: (() => void) | null = null;
  const bindWhenBothReady = () => {
    if (!styleLoaded || !attached || unbind) return;
    performance.mark('atlas:map-bound');
    unbind = bindAtlasMap(map, attached.store, attached.data);
    map.once('idle', () => {
      if (hook) Object.assign(hook, { readyAt: performance.now(), ready: true });
      setStatus({ state: 'ready' });
    });
  };
  map.on('load', () => {
    performance.mark('atlas:map-load');
    styleLoaded = true;
    bindWhenBothReady();
  });

  return {
    element,
    attach(store, data) {
      if (attached) return;
      attached = { store, data };
      hook = { map, ready: false, store };
      if (import.meta.env.VITE_TEST_HOOKS === '1') window.__atlas = hook;
      bindWhenBothReady();
    },
    watchStatus,
    resize() {
      if (sizeOf(element) !== fittedSize) map.resize();
    },
    remove() {
      unbind?.();
      listeners.clear();
      if (hook && window.__atlas === hook) delete window.__atlas;
      setCurrentMap(null);
      map.remove();
    },
  };
}
