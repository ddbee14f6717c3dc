// Keeps the map's controls and the notices over it clear of the side panel, the phone's sheet and the tour's card:
// the insets go to CSS custom properties on the element that holds the map and those overlays (app.css reads them).
// Written straight to the element from the store, so a panel resized by dragging does not re-render the page.
import { overlayInsets, type OverlayInsets } from '../map/focusOffset';
import { mapCovers } from '../state/focusSite';
import { foldedPanelWidth } from '../state/panelSlice';
import type { AtlasStore } from '../state/store';

/** The custom property for each inset (app.css). */
export const OVERLAY_PROPERTIES: Record<keyof OverlayInsets, string> = {
  topRight: '--overlay-top-right',
  bottomRight: '--overlay-bottom-right',
  bottom: '--overlay-bottom',
};

/** Sets the insets now and whenever the covers or the map's size change; returns the stop. */
export function bindOverlayInsets(store: AtlasStore, element: HTMLElement): () => void {
  let shown = '';
  const apply = (state: ReturnType<AtlasStore['getState']>) => {
    const insets = overlayInsets(state.mapArea, mapCovers(state), foldedPanelWidth(state));
    const key = JSON.stringify(insets);
    if (key === shown) return;
    shown = key;
    for (const name of Object.keys(OVERLAY_PROPERTIES) as (keyof OverlayInsets)[]) element.style.setProperty(OVERLAY_PROPERTIES[name], `${insets[name]}px`);
  };
  apply(store.getState());
  return store.subscribe(apply);
}
