// Pointer interaction: hover highlight (feature-state) and click-to-select for sites and links.
// Sites win over links where both are under the pointer. A click otherwise leaves the map where it is, unless
// the panel it opens covers what was clicked: that then slides out beside the panel (or above a phone's sheet).
import type { GeoJSONSource, MapGeoJSONFeature, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import { afterNextPaint } from '../layout/afterNextPaint';
import type { AtlasStore } from '../state/store';
import { sameSelection, type Selection } from '../state/selectionSlice';
import { panIntoFree } from './panIntoFree';
import { LINK_HIT_LAYER, LINKS_SOURCE } from './layers/linkLayers';
import { CLUSTER_MAX_ZOOM } from './layers/clusterLayers';
import type { SiteLayout } from './layers/siteLayout';
import { SITE_HALO_LAYER, SITES_SOURCE } from './layers/siteLayers';
import { prefersReducedMotion } from './motion';

/** Where the sites are drawn (siteLayout.ts), and the source of a site by its id. */
export type PointerLayers = Pick<SiteLayout, 'hitLayers' | 'clusterLayers'> & { siteSource: (id: string) => string };

const ATLAS_SITES: PointerLayers = { hitLayers: [SITE_HALO_LAYER], clusterLayers: [], siteSource: () => SITES_SOURCE };

export function featureAt(map: MaplibreMap, point: MapMouseEvent['point'], siteLayers: readonly string[] = ATLAS_SITES.hitLayers): Selection | null {
  const layers = [...siteLayers, LINK_HIT_LAYER].filter((id) => map.getLayer(id));
  if (layers.length === 0) return null;
  const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(point, { layers });
  // Where symbols overlap, the one drawn on top wins: the most important kind (lowest rank).
  const site = hits.filter((f) => siteLayers.includes(f.layer.id)).sort((a, b) => Number(a.properties.rank) - Number(b.properties.rank))[0];
  const hit = site ?? hits[0];
  const id = hit?.properties?.id;
  if (!hit || typeof id !== 'string') return null;
  return { kind: site ? 'site' : 'link', id };
}

export interface ClusterHit {
  clusterId: number;
  center: [number, number];
  source: string;
}

/** The cluster under the pointer, if the sites are clustered and there is one. */
export function clusterAt(map: MaplibreMap, point: MapMouseEvent['point'], layers: readonly string[]): ClusterHit | null {
  const shown = layers.filter((id) => map.getLayer(id));
  if (shown.length === 0) return null;
  const hit = map.queryRenderedFeatures(point, { layers: shown })[0];
  const clusterId = hit?.properties?.cluster_id;
  if (!hit || typeof clusterId !== 'number' || hit.geometry.type !== 'Point') return null;
  const [lon, lat] = hit.geometry.coordinates;
  return { clusterId, center: [lon!, lat!], source: hit.source };
}

/** Zooms in to where a cluster falls apart (at most to where every site is drawn on its own). */
async function expandCluster(map: MaplibreMap, store: AtlasStore, cluster: ClusterHit): Promise<void> {
  const source = map.getSource<GeoJSONSource>(cluster.source);
  if (!source) return;
  let zoom = CLUSTER_MAX_ZOOM + 1;
  try {
    zoom = Math.min(await source.getClusterExpansionZoom(cluster.clusterId), CLUSTER_MAX_ZOOM + 1);
  } catch {
    // The data changed under the click (a filter): the fallback zoom still opens the cluster up.
  }
  store.getState().setView({ center: cluster.center, zoom: Math.max(zoom, map.getZoom() + 1) }, 'app');
}

export function setSelectionState(map: MaplibreMap, selection: Selection | null, state: Record<string, boolean>, siteSource = ATLAS_SITES.siteSource): void {
  if (!selection || (selection.kind !== 'site' && selection.kind !== 'link')) return;
  const source = selection.kind === 'site' ? siteSource(selection.id) : LINKS_SOURCE;
  if (!map.getSource(source)) return;
  map.setFeatureState({ source, id: selection.id }, state);
  // A site's outline lights up with it.
  if (selection.kind === 'site' && map.getSource('outlines') && 'selected' in state) map.setFeatureState({ source: 'outlines', id: selection.id }, state);
}

export function bindPointer(map: MaplibreMap, store: AtlasStore, { hitLayers, clusterLayers, siteSource }: PointerLayers = ATLAS_SITES): () => void {
  let hovered: Selection | null = null;
  const onMove = (event: MapMouseEvent) => {
    const next = featureAt(map, event.point, hitLayers);
    if (next?.kind === hovered?.kind && next?.id === hovered?.id) return;
    setSelectionState(map, hovered, { hover: false }, siteSource);
    hovered = next;
    setSelectionState(map, hovered, { hover: true }, siteSource);
    if (!store.getState().tool) map.getCanvas().style.cursor = hovered || clusterAt(map, event.point, clusterLayers) ? 'pointer' : '';
  };
  const onLeave = () => {
    setSelectionState(map, hovered, { hover: false }, siteSource);
    hovered = null;
    map.getCanvas().style.cursor = '';
  };
  const onClick = (event: MapMouseEvent) => {
    // With a planner tool on, a click places a point instead of selecting.
    if (store.getState().tool) {
      store.getState().addToolPoint([Number(event.lngLat.lng.toFixed(6)), Number(event.lngLat.lat.toFixed(6))]);
      return;
    }
    // A site wins, then a cluster (drawn above the links), then a link.
    const hit = featureAt(map, event.point, hitLayers);
    const cluster = hit?.kind === 'site' ? null : clusterAt(map, event.point, clusterLayers);
    if (cluster) void expandCluster(map, store, cluster);
    else if (hit) {
      store.getState().select(hit);
      keepInView(hit, event);
    } else store.getState().clearSelection();
  };
  // After the panel's first paint, so the slide never holds the panel back (a newer click replaces it). It
  // passes the click on as the move's cause: like a gesture, it ends the app's own framing of the view.
  let cancelSlide: (() => void) | null = null;
  const keepInView = (hit: Selection, event: MapMouseEvent) => {
    cancelSlide?.();
    cancelSlide = afterNextPaint(() => {
      cancelSlide = null;
      const state = store.getState();
      if (!sameSelection(state.selection, hit)) return;
      const [dx, dy] = panIntoFree(map.project(event.lngLat), state.mapRoom);
      if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { duration: prefersReducedMotion() ? 0 : 400 }, { originalEvent: event.originalEvent });
    });
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    cancelSlide?.();
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
