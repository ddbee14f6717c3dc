// The one owner of the maplibregl.Map. It reads the store, pushes user gestures back into it tagged
// with origin 'map', and never re-applies a view that came from itself (no store↔map feedback loop).
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import { sameSelection } from '../state/selectionSlice';
import type { AtlasStore } from '../state/store';
import { plainBaseStyle } from './baseStyle';
import { startBasemaps } from './basemaps/controller';
import { hasConstraints, visibleSiteIds } from '../data/siteFilters';
import { relatedSiteIds } from '../state/focusSite';
import { modeFilter, siteFilter, siteKeeps } from './filters';
import { shouldCluster } from './layers/clusterLayers';
import { setCurrentMap } from './currentMap';
import { focusOffset } from './focusOffset';
import { bindPointer, setSelectionState } from './interaction';
import { bindPlannerOverlay, installPlannerLayers } from './plannerOverlay';
import { linkLayers } from './layers/linkLayers';
import { outlineLayers } from './layers/outlineLayers';
import { siteLayers } from './layers/siteLayers';
import { maplibregl } from './maplibre';
import { dataLangOf } from '../i18n/languages';
import { FIRST_THEMATIC_LAYER, installThematicLayers, relabelThematicSources } from './thematicLayers';

export interface AtlasMapOptions {
  container: HTMLElement;
  store: AtlasStore;
  data: AtlasData;
  onStatus?: (status: MapStatus) => void;
}

export type MapStatus = { state: 'loading' } | { state: 'ready' } | { state: 'error'; message: string };

/** What end-to-end tests use to find the map and wait for it; harmless in production. */
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

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
const isTouchDevice = () => typeof window.matchMedia === 'function' && window.matchMedia('(pointer: coarse)').matches;

export function createAtlasMap({ container, store, data, onStatus }: AtlasMapOptions): () => void {
  const { view } = store.getState();
  const map = new maplibregl.Map({
    container,
    style: plainBaseStyle(),
    center: view.center,
    zoom: view.zoom,
    attributionControl: { compact: false },
    cooperativeGestures: isTouchDevice(),
    maxZoom: 18,
    minZoom: 5,
  });
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

  const hook: AtlasTestHook = { map, ready: false, store };
  window.__atlas = hook;
  setCurrentMap(map);
  onStatus?.({ state: 'loading' });
  const cleanups: Array<() => void> = [];

  // Large site sets are clustered; their filters then act on the source's data, so clusters count only
  // what is shown (a layer filter would hide whole clusters). Small sets filter layers, which is instant.
  const clustered = shouldCluster(data.sites.features.length);
  const siteRule = () => {
    const state = store.getState();
    const allowed = hasConstraints(state) ? visibleSiteIds(data, state) : null;
    return { hidden: state.hiddenKinds, allowed, key: `${state.hiddenKinds.join()}|${allowed?.join() ?? '*'}` };
  };
  let siteDataKey = '|*';
  const applyFilters = () => {
    const state = store.getState();
    const rule = siteRule();
    if (clustered) {
      if (rule.key !== siteDataKey) relabelThematicSources(map, data, dataLangOf(state.lang), siteKeeps(rule.hidden, rule.allowed));
      siteDataKey = rule.key;
    } else for (const layer of siteLayers) map.setFilter(layer.id, siteFilter('id', rule.hidden, rule.allowed));
    for (const layer of outlineLayers) map.setFilter(layer.id, siteFilter('siteId', rule.hidden, rule.allowed));
    for (const layer of linkLayers) map.setFilter(layer.id, modeFilter(state.hiddenModes));
  };

  // Sites related to the selected project or partner, or being compared, get a softer highlight.
  let related: string[] = [];
  const applyRelated = () => {
    const state = store.getState();
    const next = [...new Set([...relatedSiteIds(data, state.selection), ...(state.panel === 'compare' ? state.compareIds : []), ...(state.overlay?.highlight ?? [])])];
    for (const id of related) if (!next.includes(id)) map.setFeatureState({ source: 'sites', id }, { related: false });
    for (const id of next) map.setFeatureState({ source: 'sites', id }, { related: true });
    related = next;
  };

  let shownSelection: ReturnType<AtlasStore['getState']>['selection'] = null;
  const applySelection = () => {
    const { selection } = store.getState();
    if (sameSelection(selection, shownSelection)) return;
    setSelectionState(map, shownSelection, { selected: false });
    shownSelection = selection;
    setSelectionState(map, shownSelection, { selected: true });
  };

  // Highlights follow a frame after the panel: the panel's text is painted without waiting for a map
  // frame (software WebGL takes tens of milliseconds per frame). Several changes in one frame coalesce.
  let highlightPending = false;
  const highlightSoon = () => {
    if (highlightPending) return;
    highlightPending = true;
    requestAnimationFrame(() =>
      setTimeout(() => {
        highlightPending = false;
        if (!removed) {
          applySelection();
          applyRelated();
        }
      }, 0),
    );
  };
  let removed = false;
  let installed = false;

  map.on('load', () => {
    performance.mark('atlas:map-load');
    installThematicLayers(map, data, dataLangOf(store.getState().lang), { clustered });
    installPlannerLayers(map, 'sites-halo');
    installed = true;
    applyFilters();
    applySelection();
    applyRelated();
    cleanups.push(bindPointer(map, store));
    cleanups.push(bindPlannerOverlay(map, store));
    cleanups.push(startBasemaps({ map, store, beforeLayerId: FIRST_THEMATIC_LAYER }));
    map.once('idle', () => {
      hook.readyAt = performance.now();
      hook.ready = true;
      onStatus?.({ state: 'ready' });
    });
  });

  map.on('error', (event) => {
    // Tile and resource errors are handled (basemap fallback) or harmless; they never break the thematic layers.
    if (!(event as { sourceId?: string }).sourceId) console.warn('[map]', event.error?.message ?? event);
  });

  map.on('moveend', () => {
    const center = map.getCenter();
    store.getState().setView({ center: [center.lng, center.lat], zoom: map.getZoom() }, 'map');
  });

  const unsubscribe = store.subscribe((state, previous) => {
    // Before the layers exist there is nothing to update; 'load' applies the state as it is then. (Not
    // map.loaded(): that is false whenever tiles are loading, and a change made then must not be lost.)
    if (!installed) return;
    if (state.selection !== previous.selection || state.compareIds !== previous.compareIds || state.panel !== previous.panel || state.overlay !== previous.overlay) highlightSoon();
    const filtersChanged = (['hiddenKinds', 'hiddenModes', 'regions', 'funders', 'partnerTypes', 'themes'] as const).some((k) => state[k] !== previous[k]);
    if (filtersChanged) applyFilters();
    if (dataLangOf(state.lang) !== dataLangOf(previous.lang)) {
      const rule = siteRule();
      relabelThematicSources(map, data, dataLangOf(state.lang), clustered ? siteKeeps(rule.hidden, rule.allowed) : undefined);
    }
    if (state.view !== previous.view && state.view.origin !== 'map') {
      const target = { center: state.view.center, zoom: state.view.zoom };
      if (state.view.origin === 'url') map.jumpTo(target);
      else {
        // An app move focuses something the panel describes: centre it in the map area the panel leaves free.
        const canvas = map.getContainer();
        const panelOpen = (state.selection !== null || state.panel !== null) && !state.panelCollapsed;
        const offset = panelOpen ? focusOffset(canvas.clientWidth, canvas.clientHeight, state.panelWidth) : ([0, 0] as [number, number]);
        if (prefersReducedMotion()) map.easeTo({ ...target, offset, duration: 0 });
        else map.flyTo({ ...target, offset, duration: 900, essential: false });
      }
    }
  });

  return () => {
    removed = true;
    unsubscribe();
    for (const cleanup of cleanups) cleanup();
    if (window.__atlas === hook) delete window.__atlas;
    setCurrentMap(null);
    map.remove();
  };
}
