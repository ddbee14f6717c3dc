// The map's view and the store's: the store's view changes move the map, the map's moves and size go into the
// store tagged 'map' and are never applied back (no store↔map feedback loop). A view the app sets (a focus: a
// picked site, a tour step) is centred in the part of the map the panel and the tour's card leave free.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { mapCovers } from '../state/focusSite';
import type { AtlasStore } from '../state/store';
import type { MapView } from '../state/viewSlice';
import { focusOffset } from './focusOffset';

const prefersReducedMotion = () =>
  typeof window.matchMedia === 'function' && window.matchMedia('(prefers-reduced-motion: reduce)').matches;

export function bindViewFraming(map: MaplibreMap, store: AtlasStore): () => void {
  // The focus the map shows or flies to, until a gesture moves the map: kept clear of the tour's card when the
  // card's height changes (each step's caption has its own length, and the card is laid out after the step).
  let focus: MapView | null = null;
  const frame = (view: MapView, animate: boolean) => {
    focus = { center: view.center, zoom: view.zoom };
    const state = store.getState();
    const offset = focusOffset(state.mapArea, mapCovers(state));
    if (!animate || prefersReducedMotion()) map.easeTo({ ...focus, offset, duration: 0 });
    else map.flyTo({ ...focus, offset, duration: 900, essential: false });
  };

  const { view, tour } = store.getState();
  // A link's opening view is shown as it is; a tour step's view is a focus like any other.
  if (tour) frame(view, false);
  else map.jumpTo({ center: view.center, zoom: view.zoom });

  const onMoveStart = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) focus = null;
  };
  const onMoveEnd = () => {
    const center = map.getCenter();
    store.getState().setView({ center: [center.lng, center.lat], zoom: map.getZoom() }, 'map');
  };
  // The map's size, which a focus fits what it shows into.
  const reportArea = () => {
    const container = map.getContainer();
    // A side panel is capped at half the page's main area (app.css), which also holds the sidebar.
    const main = container.closest('main') ?? container;
    store.getState().setMapArea({ width: container.clientWidth, height: container.clientHeight, panelMax: main.clientWidth / 2 });
  };
  reportArea();
  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);
  map.on('resize', reportArea);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== previous.view && state.view.origin !== 'map') {
      if (state.view.origin === 'url') {
        focus = null;
        map.jumpTo({ center: state.view.center, zoom: state.view.zoom });
      } else frame(state.view, true);
    } else if (focus && state.tour && state.tourCard !== previous.tourCard) {
      // Mid-flight (the card follows a step a moment after the map set off): the flight, re-aimed; at rest, a jump.
      frame(focus, map.isMoving());
    }
  });

  return () => {
    unsubscribe();
    map.off('movestart', onMoveStart);
    map.off('moveend', onMoveEnd);
    map.off('resize', reportArea);
  };
}
