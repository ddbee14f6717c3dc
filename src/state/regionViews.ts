// The region views behind the "Twente" and "Overijssel" buttons and the opening view (a tour step makes one of
// its camera: tour/applyStep.ts). Each is set for a desktop's map area and names the room its content (the
// sites and their labels) takes at that zoom, so a smaller map area, such as a phone's, zooms out just enough
// to keep all of it in view.
import { TWENTE_VIEW, type FittedView, type MapView } from './viewSlice';

export interface RegionView extends MapView {
  /** Width and height in CSS pixels that the region's sites and labels take at `zoom`, with a margin. */
  needs: { width: number; height: number };
}

/** The four Twente top work locations: at zoom 10.4 they and their labels span about 560 × 400 px. */
export const TWENTE_REGION: RegionView = { ...TWENTE_VIEW, needs: { width: 620, height: 460 } };

/**
 * All nine top work locations: at zoom 8.4 they and their labels reach about 240 px left of the centre and
 * 290 px right of it (Technology Base Twente), and 200 px up and down.
 */
export const OVERIJSSEL_REGION: RegionView = { center: [6.42, 52.44], zoom: 8.4, needs: { width: 640, height: 420 } };

/** The region's view in a map area of `area` (CSS px): zoomed out where the area is smaller than it needs, never in. */
export function regionViewFor(region: RegionView, area: { width: number; height: number }): FittedView {
  const view: FittedView = { center: [region.center[0], region.center[1]], zoom: region.zoom, fits: region };
  if (!(area.width > 0 && area.height > 0)) return view;
  const scale = Math.min(area.width / region.needs.width, area.height / region.needs.height, 1);
  // Whole hundredths, as the URL writes them.
  return { ...view, zoom: Math.round((region.zoom + Math.log2(scale)) * 100) / 100 };
}

/** The size of an element's box, for `regionViewFor`. */
export const areaOf = (element: HTMLElement | null) => ({ width: element?.clientWidth ?? 0, height: element?.clientHeight ?? 0 });
