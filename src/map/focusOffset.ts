// The side panel and the tour's card overlay the map (so opening them never resizes the map mid-flight); a
// focused feature is therefore centred in the part of the map they leave free. Keep in step with app.css.
import type { MapArea } from '../state/viewSlice';

/**
 * Up to this page width the compact layout (app.css): the sidebar is a drawer. Phones, and tablets: beside a
 * 17rem sidebar, a side panel left a tablet held upright a sliver of map.
 */
export const COMPACT_MAX_WIDTH = 960;
/** The share of the map's height a phone's sheet takes, and pulled up (app.css's heights; a unit test compares). */
export const SHEET_SHARE = 0.45;
export const TALL_SHEET_SHARE = 0.85;

/**
 * How the page lays out the panel and the tour's card over the map, decided as app.css's media queries are, by
 * the page's width and its orientation: `wide`, beside the sidebar, a panel column on the right and the card at
 * the foot; `sheet` (compact, upright), the panel and the card at the foot; `column` (compact, on its side, like a
 * phone turned), the panel and the card on the right, where the foot would leave the map a strip.
 */
export type MapLayout = 'wide' | 'sheet' | 'column';

export function layoutOf({ width, height, pageWidth = width, pageHeight = height }: MapArea): MapLayout {
  if (pageWidth > COMPACT_MAX_WIDTH) return 'wide';
  return pageWidth > pageHeight ? 'column' : 'sheet';
}

/**
 * What lies over the map: a panel (its width; null when none shows) and the tour's card: how far it reaches into
 * the map from the side it sits on (from the foot; in the `column` layout from the right edge).
 */
export interface MapCovers {
  panelWidth: number | null;
  tourCard?: number;
  /** The sheet pulled up (the `sheet` layout only). */
  tallSheet?: boolean;
}

/**
 * The covered strips: in the `sheet` layout the bottom sheet over the map's lower part, or the tour's card, which
 * takes the sheet's place; in the `column` layout the panel or the card in its place on the right; in the `wide`
 * layout a column on the right (at most half the page's main area, else half the map) and the card at the foot.
 */
function coverOf(area: MapArea, { panelWidth, tourCard = 0, tallSheet = false }: MapCovers) {
  const { width, height, pageWidth = width } = area;
  const layout = layoutOf(area);
  const panel = panelWidth === null ? 0 : Math.round(Math.min(panelWidth, pageWidth / 2, width));
  const card = Math.max(0, tourCard);
  if (layout === 'sheet') return { x: 0, y: card > 0 ? Math.min(card, height) : panelWidth === null ? 0 : Math.round(height * (tallSheet ? TALL_SHEET_SHARE : SHEET_SHARE)) };
  if (layout === 'column') return { x: card > 0 ? Math.min(card, width) : panel, y: 0 };
  return { x: panel, y: Math.min(card, height) };
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

/**
 * How far to pan the map (for `map.panBy`) so that a point the covers hide comes out beside them, `margin`
 * pixels in from their edge (less where the free part is narrow); [0, 0] for a point already in the free part,
 * so a click there never moves the map.
 */
export function panIntoFree(point: { x: number; y: number }, area: MapArea, covers: MapCovers, margin = 64): [number, number] {
  const free = freeArea(area, covers);
  const along = (at: number, room: number) => (at <= room ? 0 : Math.round(at - (room - Math.min(margin, room / 2))));
  return [along(point.x, free.width), along(point.y, free.height)];
}

/** How far the map's controls and notices keep in from the map's right edge (at its top and at its foot) and from its foot. */
export interface OverlayInsets {
  topRight: number;
  bottomRight: number;
  bottom: number;
}

/**
 * Insets that keep the map's own controls (zoom, scale, attribution) and the notices over it clear of the covers:
 * beside the panel or the card on the right (at the top also beside a folded panel, whose header stays there);
 * above the sheet or the card at the foot in the `sheet` layout, where those span the map's width (in the `wide`
 * layout the card sits at the left, clear of them). A folded sheet is a bar of fixed height, which app.css keeps
 * them above.
 */
export function overlayInsets(area: MapArea, covers: MapCovers, foldedPanelWidth: number | null = null): OverlayInsets {
  const cover = coverOf(area, covers);
  if (layoutOf(area) === 'sheet') return { topRight: 0, bottomRight: 0, bottom: cover.y };
  const header = cover.x > 0 ? cover.x : coverOf(area, { panelWidth: foldedPanelWidth }).x;
  return { topRight: header, bottomRight: cover.x, bottom: 0 };
}
