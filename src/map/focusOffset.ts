// The side panel overlays the map (so opening it never resizes the map mid-flight); a focused feature is
// therefore centred in the part of the map the panel leaves free. Keep in step with app.css.
export const PHONE_MAX_WIDTH = 700;
export const SHEET_SHARE = 0.45;

export function focusOffset(width: number, height: number, panelWidth: number): [number, number] {
  if (width <= PHONE_MAX_WIDTH) return [0, -Math.round((height * SHEET_SHARE) / 2)];
  return [-Math.round(Math.min(panelWidth, width * 0.5) / 2), 0];
}
