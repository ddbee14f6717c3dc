// The side panel overlays the map (so opening it never resizes the map mid-flight); a focused feature is
// therefore centred in the part of the map the panel leaves free. Keep in step with app.css.
import type { MapArea } from '../state/viewSlice';

export const PHONE_MAX_WIDTH = 700;
export const SHEET_SHARE = 0.45;

/** The panel's cover: a sheet over the map's lower part on a phone, a column on its right side elsewhere (at most `panelMax`, else half the map). */
function coverOf({ width, height, panelMax = width / 2 }: MapArea, panelWidth: number) {
  if (width <= PHONE_MAX_WIDTH) return { x: 0, y: Math.round(height * SHEET_SHARE) };
  return { x: Math.round(Math.min(panelWidth, panelMax, width)), y: 0 };
}

export function focusOffset(area: MapArea, panelWidth: number): [number, number] {
  const cover = coverOf(area, panelWidth);
  const half = (pixels: number) => (pixels === 0 ? 0 : -Math.round(pixels / 2));
  return [half(cover.x), half(cover.y)];
}

/** The part of the map an open panel leaves free, which a focused set of places has to fit into. */
export function freeArea(area: MapArea, panelWidth: number): { width: number; height: number } {
  const cover = coverOf(area, panelWidth);
  return { width: area.width - cover.x, height: area.height - cover.y };
}
