import type { AtlasData } from '../data/atlasData';
import { linkById, partnerFootprint, projectById, siteById } from '../data/derive';
import { freeArea, type MapCovers } from '../map/focusOffset';
import { isPanelShown, shownPanelWidth } from './panelSlice';
import { sameSelection, type Selection } from './selectionSlice';
import type { AtlasStore } from './store';
import { regionViewFor, type RegionView } from './regionViews';
import { DEFAULT_MAP_AREA, type FittedView, type MapArea } from './viewSlice';

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

/** Kilometres around the Earth at Twente's latitude. */
const KM_AROUND = 40075 * Math.cos((52 * Math.PI) / 180);
/** The share of the free map a focused set spans: the rest is room for its labels and markers at the edges. */
const FIT_SHARE = 0.6;

/** The highest zoom (up to the focus zoom) at which an extent of `widthKm` × `heightKm` fits `area`'s pixels. */
export function zoomToFit(widthKm: number, heightKm: number, area: MapArea): number {
  // MapLibre's tiles are 512 px: at zoom z the world is 512 · 2^z px around.
  const fit = (km: number, pixels: number) => Math.log2((KM_AROUND * pixels * FIT_SHARE) / (512 * Math.max(km, 0.25)));
  const zoom = Math.min(fit(widthKm, area.width), fit(heightKm, area.height), FOCUS_ZOOM);
  return Number(Math.max(7, zoom).toFixed(2));
}

type Position = readonly [number, number];
type FocusView = { center: [number, number]; zoom: number };

/** Kilometres for a difference in longitude and in latitude, at Twente's latitude. */
const kmAcross = (degrees: number) => Math.abs(degrees) * (KM_AROUND / 360);
const kmUpDown = (degrees: number) => Math.abs(degrees) * 111.2;

/**
 * The room (CSS px) a set of places takes around `center` at `zoom`, with the fit's margin for their labels:
 * a region's `needs` (regionViews.ts), so a smaller map zooms out to keep them in view.
 */
export function roomAround(center: Position, zoom: number, positions: readonly Position[]): { width: number; height: number } {
  const pixelsPerKm = (512 * 2 ** zoom) / KM_AROUND;
  const reach = (km: number) => Math.ceil((2 * km * pixelsPerKm) / FIT_SHARE);
  const across = Math.max(0, ...positions.map((p) => kmAcross(p[0] - center[0])));
  const upDown = Math.max(0, ...positions.map((p) => kmUpDown(p[1] - center[1])));
  return { width: reach(across), height: reach(upDown) };
}

/** The middle of a set of places, at the zoom at which all of them fit `area`. */
function frame(positions: readonly Position[], area: MapArea): FocusView {
  const lons = positions.map((c) => c[0]);
  const lats = positions.map((c) => c[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  return { center: [(west + east) / 2, (south + north) / 2], zoom: zoomToFit(kmAcross(east - west), kmUpDown(north - south), area) };
}

/**
 * Where to look for a selection: a site's position, or the middle of a link or a set of sites with the zoom
 * at which all of it fits `area` (the part of the map the panel leaves free).
 */
export function focusTarget(data: AtlasData, selection: Selection, area: MapArea = DEFAULT_MAP_AREA): FocusView | undefined {
  const positions = positionsOf(data, selection);
  if (positions.length === 0) return undefined;
  if (selection.kind === 'site') return { center: [positions[0]![0], positions[0]![1]], zoom: FOCUS_ZOOM };
  return frame(positions, area);
}

/** What lies over the map now: the panel when one shows (not folded), and the card while a tour runs. */
export function mapCovers(state: ReturnType<AtlasStore['getState']>): MapCovers {
  return { panelWidth: isPanelShown(state) ? shownPanelWidth(state) : null, tourCard: state.tour ? state.tourCard : 0, tallSheet: state.panelTall };
}

/** The part of the map the panel and the tour's card leave free: all of it when neither shows. */
export function visibleMapArea(state: ReturnType<AtlasStore['getState']>): MapArea {
  return freeArea(state.mapArea, mapCovers(state));
}

/** A region's view in the part of the map the panel and the tour's card leave free (zoomed out to fit, never in). */
export function regionViewBeside(region: RegionView, state: ReturnType<AtlasStore['getState']>): FittedView {
  return regionViewFor(region, visibleMapArea(state));
}

/** Selects something and moves the view to it, as when a user picks it from a list (not from the map). */
export function focusSelection(store: AtlasStore, data: AtlasData, selection: Selection): boolean {
  const state = store.getState();
  if (!state.select(selection)) return false;
  // After the selection: its panel is open now.
  const target = focusTarget(data, selection, visibleMapArea(store.getState()));
  if (!target) return true;
  const zoom = selection.kind === 'site' ? Math.max(state.view.zoom, target.zoom) : target.zoom;
  state.setView({ center: target.center, zoom }, 'app');
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
  if (positions.length > 0) state.setView(frame(positions, visibleMapArea(state)), 'app');
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
