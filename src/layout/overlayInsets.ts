// Keeps the map's controls and the notices over it clear of the side panel, the phone's sheet and the tour's card:
// what those cover (layout/mapCovers.ts) goes to CSS custom properties on the element that holds the map and
// those overlays (app.css reads them). Written straight to the element, so a panel resized by dragging does not
// re-render the page.
import type { AtlasStore } from '../state/store';
import type { MapRoom } from '../state/viewSlice';

/** The custom property for each inset (app.css). */
export const OVERLAY_PROPERTIES = {
  topRight: '--overlay-top-right',
  right: '--overlay-bottom-right',
  bottom: '--overlay-bottom',
} as const satisfies Partial<Record<keyof MapRoom, string>>;

/** Sets the insets now and whenever the covers change; returns the stop. */
export function bindOverlayInsets(store: AtlasStore, element: HTMLElement): () => void {
  const apply = (room: MapRoom) => {
    for (const [key, property] of Object.entries(OVERLAY_PROPERTIES)) element.style.setProperty(property, `${room[key as keyof typeof OVERLAY_PROPERTIES]}px`);
  };
  return store.subscribe((state) => state.mapRoom, apply, { fireImmediately: true });
}
