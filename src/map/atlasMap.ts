// The one owner of the maplibregl.Map. It reads the store, pushes user gestures back into it tagged
// with origin 'map', and never re-applies a view that came from itself (no store↔map feedback loop).
import type { Map as MaplibreMap, MapLayerMouseEvent } from 'maplibre-gl';
import type { SiteCollection } from '../data/schema';
import type { AtlasStore } from '../state/store';
import { plainBaseStyle } from './baseStyle';
import { SITE_CIRCLE_LAYER, SITES_SOURCE, siteLayers } from './layers/siteLayers';
import { focusOffset } from './focusOffset';
import { maplibregl } from './maplibre';
import { toSiteSourceData, type Lang } from './siteSource';

export interface AtlasMapOptions {
  container: HTMLElement;
  store: AtlasStore;
  sites: SiteCollection;
  lang: Lang;
  onStatus?: (status: MapStatus) => void;
}

export type MapStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

/** What end-to-end tests use to find the map and wait for it; harmless in production. */
export interface AtlasTestHook {
  map: MaplibreMap;
  ready: boolean;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHook;
  }
}

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function createAtlasMap({ container, store, sites, lang, onStatus }: AtlasMapOptions): () => void {
  const { view } = store.getState();
  const map = new maplibregl.Map({
    container,
    style: plainBaseStyle(),
    center: view.center,
    zoom: view.zoom,
    attributionControl: { compact: false },
    maxZoom: 18,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

  const hook: AtlasTestHook = { map, ready: false };
  window.__atlas = hook;
  onStatus?.({ state: 'loading' });

  let hoveredId: string | null = null;
  let selectedId: string | null = null;

  const setSiteState = (id: string | null, state: Record<string, boolean>) => {
    if (id !== null && map.getSource(SITES_SOURCE)) map.setFeatureState({ source: SITES_SOURCE, id }, state);
  };

  const applySelection = (id: string | null) => {
    if (id === selectedId) return;
    setSiteState(selectedId, { selected: false });
    selectedId = id;
    setSiteState(selectedId, { selected: true });
  };

  map.on('load', () => {
    map.addSource(SITES_SOURCE, { type: 'geojson', data: toSiteSourceData(sites, lang), promoteId: 'id' });
    for (const layer of siteLayers) map.addLayer(layer);
    const initial = store.getState().selectedSiteId;
    selectedId = null;
    applySelection(initial);
    map.once('idle', () => {
      hook.ready = true;
      onStatus?.({ state: 'ready' });
    });
  });

  map.on('error', (event) => {
    // Tile or resource errors are reported but never break the thematic layers.
    console.warn('[map]', event.error?.message ?? event);
  });

  map.on('click', SITE_CIRCLE_LAYER, (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id === 'string') store.getState().selectSite(id);
  });
  map.on('click', (event) => {
    const hits = map.getLayer(SITE_CIRCLE_LAYER) ? map.queryRenderedFeatures(event.point, { layers: [SITE_CIRCLE_LAYER] }) : [];
    if (hits.length === 0) store.getState().clearSelection();
  });
  map.on('mousemove', SITE_CIRCLE_LAYER, (event: MapLayerMouseEvent) => {
    const id = event.features?.[0]?.properties?.id;
    if (typeof id !== 'string' || id === hoveredId) return;
    setSiteState(hoveredId, { hover: false });
    hoveredId = id;
    setSiteState(hoveredId, { hover: true });
    map.getCanvas().style.cursor = 'pointer';
  });
  map.on('mouseleave', SITE_CIRCLE_LAYER, () => {
    setSiteState(hoveredId, { hover: false });
    hoveredId = null;
    map.getCanvas().style.cursor = '';
  });

  map.on('moveend', () => {
    const center = map.getCenter();
    store.getState().setView({ center: [center.lng, center.lat], zoom: map.getZoom() }, 'map');
  });

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.selectedSiteId !== previous.selectedSiteId) applySelection(state.selectedSiteId);
    if (state.view !== previous.view && state.view.origin !== 'map') {
      const target = { center: state.view.center, zoom: state.view.zoom };
      if (state.view.origin === 'url') map.jumpTo(target);
      else {
        // An app move focuses something the panel describes: centre it in the map area the panel leaves free.
        const canvas = map.getContainer();
        const offset = state.selectedSiteId ? focusOffset(canvas.clientWidth, canvas.clientHeight) : ([0, 0] as [number, number]);
        if (prefersReducedMotion()) map.easeTo({ ...target, offset, duration: 0 });
        else map.flyTo({ ...target, offset, duration: 900, essential: false });
      }
    }
  });

  return () => {
    unsubscribe();
    if (window.__atlas === hook) delete window.__atlas;
    map.remove();
  };
}
