// The side panel overlays the map (so opening it never resizes the map mid-flight); a focused feature is
// therefore centred in the part of the map the panel leaves free. Keep in step with app.css.
export const PHONE_MAX_WIDTH = 700;
export const SHEET_SHARE = 0.45;

/** The panel's cover: a sheet over the map's lower part on a phone, a column on its right side elsewhere. */
const coverOf = (width: number, height: number, panelWidth: number) =>
  width <= PHONE_MAX_WIDTH ? { x: 0, y: Math.round(height * SHEET_SHARE) } : { x: Math.round(Math.min(panelWidth, width * 0.5)), y: 0 };

export function focusOffset(width: number, height: number, panelWidth: number): [number, number] {
  const cover = coverOf(width, height, panelWidth);
  const half = (pixels: number) => (pixels === 0 ? 0 : -Math.round(pixels / 2));
  return [half(cover.x), half(cover.y)];
}

/** The part of the map an open panel leaves free, which a focused set of places has to fit into. */
export function freeArea(width: number, height: number, panelWidth: number): { width: number; height: number } {
  const cover = coverOf(width, height, panelWidth);
  return { width: width - cover.x, height: height - cover.y };
}
