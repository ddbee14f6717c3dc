import type { SiteCollection } from '../data/schema';
import type { AtlasStore } from './store';

export const FOCUS_ZOOM = 12.5;

/** Selects a site and moves the view to it, as when a user picks it from a list (not from the map). */
export function focusSite(store: AtlasStore, sites: SiteCollection, id: string): boolean {
  const feature = sites.features.find((f) => f.properties.id === id);
  if (!feature) return false;
  const state = store.getState();
  state.selectSite(id);
  const [lon, lat] = feature.geometry.coordinates;
  state.setView({ center: [lon, lat], zoom: Math.max(state.view.zoom, FOCUS_ZOOM) }, 'app');
  return true;
}
