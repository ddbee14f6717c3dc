import type { AtlasData } from '../data/atlasData';
import { linkById, partnerFootprint, projectById, siteById } from '../data/derive';
import { sameSelection, type Selection } from './selectionSlice';
import type { AtlasStore } from './store';
import { boundsOf, fittedView } from './regionViews';
import type { FittedView } from './viewSlice';

export const FOCUS_ZOOM = 12.5;

/** Sites a project names or a partner is found at: highlighted on the map with the selection. */
export function relatedSiteIds(data: AtlasData, selection: Selection | null): string[] {
  if (selection?.kind === 'project') return projectById(data, selection.id)?.siteIds ?? [];
  if (selection?.kind === 'partner') return partnerFootprint(data, selection.id).sites;
  return [];
}

/** The places a selection stands for: a site, a link's course, the sites a project names or a partner is found at. */
export function positionsOf(data: AtlasData, selection: Selection): Array<readonly [number, number]> {
  switch (selection.kind) {
    case 'site': {
      const site = siteById(data, selection.id);
      return site ? [site.geometry.coordinates] : [];
    }
    case 'link':
      return linkById(data, selection.id)?.geometry.coordinates ?? [];
    default:
      return relatedSiteIds(data, selection).flatMap((id) => positionsOf(data, { kind: 'site', id }));
  }
}

/**
 * Where to look for a selection: a site's position, or a link or a set of sites shown whole (MapLibre fits it
 * into the part of the map the panel leaves free).
 */
export function focusTarget(data: AtlasData, selection: Selection): FittedView | undefined {
  const positions = positionsOf(data, selection);
  if (positions.length === 0) return undefined;
  if (selection.kind === 'site') return { center: [positions[0]![0], positions[0]![1]], zoom: FOCUS_ZOOM };
  return fittedView({ bounds: boundsOf(positions)!, maxZoom: FOCUS_ZOOM });
}

/** Selects something and moves the view to it, as when a user picks it from a list (not from the map). */
export function focusSelection(store: AtlasStore, data: AtlasData, selection: Selection): boolean {
  const state = store.getState();
  if (!state.select(selection)) return false;
  const target = focusTarget(data, selection);
  if (!target) return true;
  state.setView(target.fits ? target : { center: target.center, zoom: Math.max(state.view.zoom, target.zoom) }, 'app');
  return true;
}

/** Opens the comparison and frames the sites in it beside the panel, as the header's Compare button does. */
export function openComparison(store: AtlasStore, data: AtlasData): void {
  store.getState().openPanel('compare');
  focusCompared(store, data);
}

function focusCompared(store: AtlasStore, data: AtlasData): void {
  const state = store.getState();
  const positions = state.compareIds.flatMap((id) => positionsOf(data, { kind: 'site', id }));
  const bounds = boundsOf(positions);
  if (bounds) state.setView(fittedView({ bounds, maxZoom: FOCUS_ZOOM }), 'app');
}

/**
 * A link that names a selection (or a comparison) but no view opens on it, as a pick from a list does (on a
 * phone the site could otherwise sit outside the map, or under the panel). Only while it is still the one shown.
 */
export function focusNamedSelection(store: AtlasStore, data: AtlasData, url: { selection?: Selection; view?: unknown; panel?: string }): void {
  const { selection: shown, panel } = store.getState();
  if (url.view) return;
  if (url.selection && shown && sameSelection(shown, url.selection)) focusSelection(store, data, shown);
  // A shared comparison, likewise, while it is still open.
  else if (!url.selection && url.panel === 'compare' && panel === 'compare' && !shown) focusCompared(store, data);
}
