// The side panel and the tour's card overlay the map (so opening them never resizes the map mid-flight); a
// focused feature is therefore centred in the part of the map they leave free. Keep in step with app.css.
import type { MapArea } from '../state/viewSlice';

/**
 * Up to this page width the compact layout (app.css): the sidebar is a drawer and a panel is a sheet at the foot.
 * Phones, and tablets held upright: beside a 17rem sidebar, a side panel left a tablet a sliver of map.
 */
export const COMPACT_MAX_WIDTH = 960;
export const SHEET_SHARE = 0.45;

/** Whether the page shows the compact layout: decided by the page's width, as app.css's media queries are. */
export const isCompactLayout = ({ width, pageWidth = width }: MapArea) => pageWidth <= COMPACT_MAX_WIDTH;

/** What lies over the map: a panel (its width; null when none shows) and the tour's card (how far up from the map's foot it reaches). */
export interface MapCovers {
  panelWidth: number | null;
  tourCard?: number;
}

/**
 * The covered strips: in the compact layout the bottom sheet over the map's lower part, or the tour's card, which
 * takes the sheet's place; elsewhere a column on the right (at most half the page's main area, else half the map)
 * and the card at the foot.
 */
function coverOf(area: MapArea, { panelWidth, tourCard = 0 }: MapCovers) {
  const { width, height, pageWidth = width } = area;
  const card = Math.min(Math.max(0, tourCard), height);
  if (isCompactLayout(area)) return { x: 0, y: card > 0 ? card : panelWidth === null ? 0 : Math.round(height * SHEET_SHARE) };
  return { x: panelWidth === null ? 0 : Math.round(Math.min(panelWidth, pageWidth / 2, width)), y: card };
}

export function focusOffset(area: MapArea, covers: MapCovers): [number, number] {
  const cover = coverOf(area, covers);
  const half = (pixels: number) => (pixels === 0 ? 0 : -Math.round(pixels / 2));
  return [half(cover.x), half(cover.y)];
}

/** The part of the map the covers leave free, which a focused set of places has to fit into. */
export function freeArea(area: MapArea, covers: MapCovers): { width: number; height: number } {
  const cover = coverOf(area, covers);
  return { width: area.width - cover.x, height: area.height - cover.y };
}

/** How far the map's controls and notices keep in from the map's right edge (at its top and at its foot) and from its foot. */
export interface OverlayInsets {
  topRight: number;
  bottomRight: number;
  bottom: number;
}

/**
 * Insets that keep the map's own controls (zoom, scale, attribution) and the notices over it clear of the covers:
 * beside the panel on a wide screen (at the top also beside a folded panel, whose header stays there); above the
 * sheet or the tour's card in the compact layout, where those span the map's width (on a wide screen the card
 * sits at the left, clear of them). A folded sheet is a bar of fixed height, which app.css keeps them above.
 */
export function overlayInsets(area: MapArea, covers: MapCovers, foldedPanelWidth: number | null = null): OverlayInsets {
  const cover = coverOf(area, covers);
  if (isCompactLayout(area)) return { topRight: 0, bottomRight: 0, bottom: cover.y };
  const header = cover.x > 0 ? cover.x : coverOf(area, { panelWidth: foldedPanelWidth }).x;
  return { topRight: header, bottomRight: cover.x, bottom: 0 };
}
