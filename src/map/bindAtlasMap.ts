// Binds a loaded map to the store and the data: thematic layers, filters, highlights, and the view
// (viewFraming.ts).
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlasData';
import { hasConstraints, visibleSiteIds } from '../data/siteFilters';
import { dataLangOf } from '../i18n/languages';
import { relatedSiteIds } from '../state/focusSite';
import { siteById } from '../data/derive';
import { sameSelection } from '../state/selectionSlice';
import type { AtlasState, AtlasStore } from '../state/store';
import { afterNextPaint } from '../layout/afterNextPaint';
import { startBasemaps } from './basemaps/controller';
import { NETWORK_LAYER_IDS } from './basemaps/offline';
import { EXISTING_NETWORKS, SITE_KINDS } from '../data/vocabulary';
import { modeFilter, siteFilter, siteKeeps } from './filters';
import { bindPointer, setSelectionState } from './interaction';
import { shouldCluster } from './layers/clusterLayers';
import { linkLayers } from './layers/linkLayers';
import { outlineLayers } from './layers/outlineLayers';
import { relabelMapUi } from './mapUiLanguage';
import { bindPlannerOverlay } from './plannerOverlay';
import { FIRST_THEMATIC_LAYER, installThematicLayers, relabelThematicSources } from './thematicLayers';
import { siteSourceDiff } from './sources';
import { bindViewFraming } from './viewFraming';
import { siteLayout } from './layers/siteLayout';

const sameItems = (a: readonly unknown[], b: readonly unknown[]) => a.every((item, i) => Object.is(item, b[i]));

/** Installs the atlas on a map whose style has loaded; returns what undoes the binding. */
export function bindAtlasMap(map: MaplibreMap, store: AtlasStore, data: AtlasData): () => void {
  // Large site sets are clustered, a source per kind (siteLayout.ts): the legend then shows and hides a kind's
  // layers, and the other filters act on the sources' data, so clusters count only what is shown (a layer
  // filter would hide whole clusters). Small sets filter layers, which is instant.
  const layout = siteLayout(shouldCluster(data.sites.features.length));
  const kindOf = (id: string) => siteById(data, id)?.properties.kind ?? '';
  const siteSource = (id: string) => layout.sourceOf(kindOf(id));
  const siteRule = () => {
    const state = store.getState();
    return { hidden: state.hiddenKinds, allowed: hasConstraints(state) ? visibleSiteIds(data, state) : null };
  };
  // What each clustered source holds (it starts with all its sites); filter changes move only the difference.
  const sitesIn = new Map(layout.sources.map((source) => [source.id, { ...data.sites, features: data.sites.features.filter((f) => source.kinds.includes(f.properties.kind)) }]));
  const shownSites = new Map(layout.sources.map((source) => [source.id, new Set(sitesIn.get(source.id)!.features.map((f) => f.properties.id))]));
  const applyFilters = () => {
    const state = store.getState();
    const rule = siteRule();
    if (layout.clustered) {
      for (const kind of SITE_KINDS) for (const layer of layout.kindLayers(kind)) map.setLayoutProperty(layer, 'visibility', rule.hidden.includes(kind) ? 'none' : 'visible');
      const keep = siteKeeps([], rule.allowed);
      for (const source of layout.sources) {
        const diff = siteSourceDiff(sitesIn.get(source.id)!, dataLangOf(state.lang), shownSites.get(source.id)!, keep);
        if (diff.remove.length > 0 || diff.add.length > 0) void map.getSource<GeoJSONSource>(source.id)?.updateData({ remove: diff.remove, add: diff.add });
        shownSites.set(source.id, diff.shown);
      }
    } else for (const layer of layout.layers) map.setFilter(layer.id, siteFilter('id', rule.hidden, rule.allowed));
    for (const layer of outlineLayers) map.setFilter(layer.id, siteFilter('siteId', rule.hidden, rule.allowed));
    for (const layer of linkLayers) map.setFilter(layer.id, modeFilter(state.hiddenModes));
  };

  // Sites related to the selected project or partner, or being compared, get a softer highlight.
  let related = new Set<string>();
  const applyRelated = () => {
    const state = store.getState();
    const next = new Set([...relatedSiteIds(data, state.selection), ...(state.panel === 'compare' ? state.compareIds : []), ...(state.overlay?.highlight ?? [])]);
    for (const id of related) if (!next.has(id)) map.setFeatureState({ source: siteSource(id), id }, { related: false });
    for (const id of next) if (!related.has(id)) map.setFeatureState({ source: siteSource(id), id }, { related: true });
    related = next;
  };

  const applyNetworks = () => {
    const hidden = store.getState().hiddenNetworks;
    for (const network of EXISTING_NETWORKS)
      for (const layer of NETWORK_LAYER_IDS[network]) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', hidden.includes(network) ? 'none' : 'visible');
  };

  let shownSelection: ReturnType<AtlasStore['getState']>['selection'] = null;
  const applySelection = () => {
    const { selection } = store.getState();
    if (sameSelection(selection, shownSelection)) return;
    setSelectionState(map, shownSelection, { selected: false }, siteSource);
    shownSelection = selection;
    setSelectionState(map, shownSelection, { selected: true }, siteSource);
  };

  // Highlights follow a frame after the panel: the panel's text is painted without waiting for a map
  // frame (software WebGL takes tens of milliseconds per frame). Several changes in one frame coalesce.
  let cancelHighlight: (() => void) | null = null;
  const highlightSoon = () => {
    cancelHighlight ??= afterNextPaint(() => {
      cancelHighlight = null;
      applySelection();
      applyRelated();
    });
  };

  const stopFraming = bindViewFraming(map, store);
  installThematicLayers(map, data, dataLangOf(store.getState().lang), layout);
  applyFilters();
  applySelection();
  applyRelated();
  relabelMapUi(map, store.getState().lang);
  const cleanups = [
    bindPointer(map, store, { ...layout, siteSource }),
    bindPlannerOverlay(map, store, layout.firstLayer),
    startBasemaps({ map, store, beforeLayerId: FIRST_THEMATIC_LAYER, labelsBeforeLayerId: layout.firstLayer }),
  ];

  // Each binding follows the values it draws (compared by identity: the slices replace what they change).
  const follow = <T extends unknown[]>(select: (state: AtlasState) => T, apply: () => void) => store.subscribe(select, apply, { equalityFn: sameItems });
  const unsubscribes = [
    // Every change counts, also while tiles load (map.loaded() is false then): none may be lost.
    follow((s) => [s.selection, s.compareIds, s.panel, s.overlay], highlightSoon),
    follow((s) => [s.hiddenKinds, s.hiddenModes, s.regions, s.funders, s.partnerTypes, s.themes], applyFilters),
    // A basemap is drawn anew when it changes: its network layers take the legend's choice again.
    follow((s) => [s.hiddenNetworks, s.activeBasemap], applyNetworks),
    follow(
      (s) => [s.lang],
      () => relabelMapUi(map, store.getState().lang),
    ),
    follow(
      (s) => [dataLangOf(s.lang)],
      () => {
        const rule = siteRule();
        relabelThematicSources(map, data, dataLangOf(store.getState().lang), layout, layout.clustered ? siteKeeps([], rule.allowed) : undefined);
      },
    ),
  ];

  return () => {
    cancelHighlight?.();
    for (const unsubscribe of unsubscribes) unsubscribe();
    stopFraming();
    for (const cleanup of cleanups) cleanup();
  };
}
