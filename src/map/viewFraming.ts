// The map's view and the store's: the store's view changes move the map, the map's moves and size go into the
// store tagged 'map' and are never applied back (no store↔map feedback loop). A view the app sets (a focus: a
// picked site, a tour step, a region shown whole) is centred in the part of the map the panel and the tour's
// card leave free, and kept there when that part changes, until a gesture moves the map.
import type { Map as MaplibreMap } from 'maplibre-gl';
import { mapCovers, regionViewBeside } from '../state/focusSite';
import type { AtlasState, AtlasStore } from '../state/store';
import type { FittedView } from '../state/viewSlice';
import { focusOffset, layoutOf, type MapCovers } from './focusOffset';
import { prefersReducedMotion } from './motion';

const coversNothing = ({ panelWidth, tourCard = 0 }: MapCovers) => panelWidth === null && tourCard === 0;
const sameCovers = (a: MapCovers, b: MapCovers) => a.panelWidth === b.panelWidth && (a.tourCard ?? 0) === (b.tourCard ?? 0) && Boolean(a.tallSheet) === Boolean(b.tallSheet);

/** A region's view fitted to the room the map has now; any other view as it is. */
const fitted = (view: FittedView, state: AtlasState): FittedView => (view.fits ? regionViewBeside(view.fits, state) : view);

export function bindViewFraming(map: MaplibreMap, store: AtlasStore): () => void {
  // The app's focus the map shows or flies to, until a gesture moves the map. Kept clear of the tour's card when
  // the card's height changes (each step's caption has its own length, and the card is laid out after the step);
  // a region is fitted again when a panel opens, folds or closes over it.
  let focus: FittedView | null = null;
  const frame = (view: FittedView, animate: boolean) => {
    focus = view;
    const state = store.getState();
    const offset = focusOffset(state.mapArea, mapCovers(state));
    const target = { center: view.center, zoom: view.zoom, offset };
    if (!animate || prefersReducedMotion()) map.easeTo({ ...target, duration: 0 });
    else map.flyTo({ ...target, duration: 900, essential: false });
  };

  // The map's size, which a focus fits what it shows into.
  const reportArea = () => {
    const container = map.getContainer();
    // The page's main area (it also holds the sidebar) and the viewport's height decide the layout, as app.css's
    // media queries do (width, orientation); the main area caps a side panel.
    const main = container.closest('main') ?? container;
    const pageHeight = container.ownerDocument.documentElement.clientHeight || container.clientHeight;
    store.getState().setMapArea({ width: container.clientWidth, height: container.clientHeight, pageWidth: main.clientWidth, pageHeight });
  };
  // Before the first framing: the layout and the panel's cap come from the page as it is now.
  reportArea();

  const start = store.getState();
  // The opening view as it is, unless a panel or a tour's card covers part of the map (a link that opens one).
  if (start.view.origin === 'app' && !coversNothing(mapCovers(start))) frame(fitted(start.view, start), false);
  else {
    focus = start.view.origin === 'app' ? start.view : null;
    map.jumpTo({ center: start.view.center, zoom: start.view.zoom });
  }

  const onMoveStart = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) focus = null;
  };
  const onMoveEnd = () => {
    const center = map.getCenter();
    store.getState().setView({ center: [center.lng, center.lat], zoom: map.getZoom() }, 'map');
  };
  const onResize = () => {
    const layoutBefore = layoutOf(store.getState().mapArea);
    reportArea();
    // A flight aims at a point of the map's old size (MapLibre keeps it): a tour that starts full-window set off
    // in the smaller map and ended off-centre. Re-aimed, and fitted to the new room. At rest the focus keeps its
    // place relative to the covers, which keep their size, unless the layout changed (a phone turned): the
    // covers then stand on another side, and the focus is framed again at once.
    const state = store.getState();
    if (focus && (map.isMoving() || layoutOf(state.mapArea) !== layoutBefore)) frame(fitted(focus, state), map.isMoving());
  };
  map.on('movestart', onMoveStart);
  map.on('moveend', onMoveEnd);
  map.on('resize', onResize);

  const unsubscribe = store.subscribe((state, previous) => {
    if (state.view !== previous.view && state.view.origin !== 'map') {
      if (state.view.origin === 'url') {
        focus = null;
        map.jumpTo({ center: state.view.center, zoom: state.view.zoom });
      } else frame(state.view, true);
    } else if (focus && state.tour && state.tourCard !== previous.tourCard) {
      // Mid-flight (the card follows a step a moment after the map set off): the flight, re-aimed; at rest, a jump.
      frame(fitted(focus, state), map.isMoving());
    } else if (focus?.fits && state.selection === previous.selection && !sameCovers(mapCovers(state), mapCovers(previous))) {
      // A panel opened, folded or closed over a region shown whole (not by a selection: a click on the map
      // never moves it).
      frame(fitted(focus, state), true);
    } else if (focus && state.panelTall !== previous.panelTall && layoutOf(state.mapArea) === 'sheet') {
      // The sheet pulled up or let down: the focused place goes to the strip of map left above it (or back).
      frame(fitted(focus, state), true);
    }
  });

  return () => {
    unsubscribe();
    map.off('movestart', onMoveStart);
    map.off('moveend', onMoveEnd);
    map.off('resize', onResize);
  };
}
