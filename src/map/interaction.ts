// Pointer interaction: hover highlight (feature-state) and click-to-select for sites and links.
// Sites win over links where both are under the pointer.
import type { MapGeoJSONFeature, Map as MaplibreMap, MapMouseEvent } from 'maplibre-gl';
import type { AtlasStore } from '../state/store';
import type { Selection } from '../state/selectionSlice';
import { LINK_HIT_LAYER, LINKS_SOURCE } from './layers/linkLayers';
import { SITE_HIT_LAYER, SITES_SOURCE } from './layers/siteLayers';

const SOURCE_OF = { site: SITES_SOURCE, link: LINKS_SOURCE } as const;

export function featureAt(map: MaplibreMap, point: MapMouseEvent['point']): Selection | null {
  const layers = [SITE_HIT_LAYER, LINK_HIT_LAYER].filter((id) => map.getLayer(id));
  if (layers.length === 0) return null;
  const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(point, { layers });
  // Where symbols overlap, the one drawn on top wins: the most important kind (lowest rank).
  const site = hits
    .filter((f) => f.layer.id === SITE_HIT_LAYER)
    .sort((a, b) => Number(a.properties.rank) - Number(b.properties.rank))[0];
  const hit = site ?? hits[0];
  const id = hit?.properties?.id;
  if (!hit || typeof id !== 'string') return null;
  return { kind: site ? 'site' : 'link', id };
}

export function setSelectionState(map: MaplibreMap, selection: Selection | null, state: Record<string, boolean>): void {
  if (!selection || (selection.kind !== 'site' && selection.kind !== 'link')) return;
  const source = SOURCE_OF[selection.kind];
  if (!map.getSource(source)) return;
  map.setFeatureState({ source, id: selection.id }, state);
  // A site's outline lights up with it.
  if (selection.kind === 'site' && map.getSource('outlines') && 'selected' in state) map.setFeatureState({ source: 'outlines', id: selection.id }, state);
}

export function bindPointer(map: MaplibreMap, store: AtlasStore): () => void {
  let hovered: Selection | null = null;
  const onMove = (event: MapMouseEvent) => {
    const next = featureAt(map, event.point);
    if (next?.kind === hovered?.kind && next?.id === hovered?.id) return;
    setSelectionState(map, hovered, { hover: false });
    hovered = next;
    setSelectionState(map, hovered, { hover: true });
    if (!store.getState().tool) map.getCanvas().style.cursor = hovered ? 'pointer' : '';
  };
  const onLeave = () => {
    setSelectionState(map, hovered, { hover: false });
    hovered = null;
    map.getCanvas().style.cursor = '';
  };
  const onClick = (event: MapMouseEvent) => {
    // With a planner tool on, a click places a point instead of selecting.
    if (store.getState().tool) {
      store.getState().addToolPoint([Number(event.lngLat.lng.toFixed(6)), Number(event.lngLat.lat.toFixed(6))]);
      return;
    }
    const hit = featureAt(map, event.point);
    if (hit) store.getState().select(hit);
    else store.getState().clearSelection();
  };
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('click', onClick);
  return () => {
    map.off('mousemove', onMove);
    map.off('mouseout', onLeave);
    map.off('click', onClick);
  };
}
