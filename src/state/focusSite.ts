import type { AtlasData } from '../data/atlasData';
import type { Selection } from './selectionSlice';
import type { AtlasStore } from './store';

export const FOCUS_ZOOM = 12.5;

/** Where to look for a selection: a site's position, or the middle of a link's line with a zoom that fits it. */
export function focusTarget(data: AtlasData, selection: Selection): { center: [number, number]; zoom: number } | undefined {
  if (selection.kind === 'site') {
    const site = data.sites.features.find((f) => f.properties.id === selection.id);
    if (!site) return undefined;
    const [lon, lat] = site.geometry.coordinates;
    return { center: [lon, lat], zoom: FOCUS_ZOOM };
  }
  const link = data.links.features.find((f) => f.properties.id === selection.id);
  if (!link) return undefined;
  const lons = link.geometry.coordinates.map((c) => c[0]);
  const lats = link.geometry.coordinates.map((c) => c[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const spanKm = Math.max((east - west) * 68, (north - south) * 111, 0.5);
  // About 1000 px of map for the span: zoom where one pixel is spanKm/1000 km (at ~52° N).
  const zoom = Math.min(FOCUS_ZOOM, Math.max(7, Math.log2((1000 * 40075 * Math.cos((52 * Math.PI) / 180)) / (256 * spanKm))));
  return { center: [(west + east) / 2, (south + north) / 2], zoom: Number(zoom.toFixed(2)) };
}

/** Selects something and moves the view to it, as when a user picks it from a list (not from the map). */
export function focusSelection(store: AtlasStore, data: AtlasData, selection: Selection): boolean {
  const target = focusTarget(data, selection);
  if (!target) return false;
  const state = store.getState();
  state.select(selection);
  const zoom = selection.kind === 'site' ? Math.max(state.view.zoom, target.zoom) : target.zoom;
  state.setView({ center: target.center, zoom }, 'app');
  return true;
}
