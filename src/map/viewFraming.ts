// The map's view and the store's: the store's view changes move the map, the map's moves go into the store
// tagged 'map' and are never applied back (no store↔map feedback loop). What the panel, the sheet and the tour's
// card cover is MapLibre's padding, so a view the app sets (a picked site, a tour step, a region shown whole)
// is centred in the part of the map they leave free, and kept there when that part changes, until a gesture or
// a click on the map takes over.
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { AtlasStore } from '../state/store';
import type { FittedView, MapRoom } from '../state/viewSlice';
import { prefersReducedMotion } from './motion';

/** Room kept around places shown whole, for their markers and labels. */
export const FIT_MARGIN = 56;

type Padding = { top: number; left: number; right: number; bottom: number };

export const paddingOf = (room: MapRoom): Padding => ({ top: 0, left: 0, right: room.right, bottom: room.bottom });

const grown = (padding: Padding, by: number): Padding => ({ top: padding.top + by, left: padding.left + by, right: padding.right + by, bottom: padding.bottom + by });

/** Where the map goes to show `view` with `padding`: a fit is worked out by MapLibre. */
function cameraFor(map: MaplibreMap, view: FittedView, padding: Padding) {
  if (!view.fits) return { center: view.center, zoom: view.zoom };
  const camera = map.cameraForBounds(view.fits.bounds, { padding: grown(padding, FIT_MARGIN), absolutePadding: true, maxZoom: view.fits.maxZoom });
  return camera ? { center: camera.center!, zoom: camera.zoom! } : { center: view.center, zoom: view.zoom };
}

export function bindViewFraming(map: MaplibreMap, store: AtlasStore): () => void {
  // The app's view the map shows or flies to, until a gesture or a click on the map.
  let focus: FittedView | null = null;
  const show = (view: FittedView, animate: boolean) => {
    focus = view;
    const padding = paddingOf(store.getState().mapRoom);
    const target = { ...cameraFor(map, view, padding), padding };
    if (!animate || prefersReducedMotion()) map.jumpTo(target);
    else map.flyTo({ ...target, duration: 900, essential: false });
  };
  /** New padding with what is on screen left where it is (a click's panel never moves the map). */
  const keepPlace = (room: MapRoom) => {
    const padding = paddingOf(room);
    const free = { x: (room.width - room.right) / 2, y: (room.height - room.bottom) / 2 };
    map.jumpTo({ center: map.unproject([free.x, free.y]), padding });
  };

  const start = store.getState();
  if (start.view.origin === 'app') show(start.view, false);
  else map.jumpTo({ center: start.view.center, zoom: start.view.zoom, padding: paddingOf(start.mapRoom) });

  const onMoveStart = (event: { originalEvent?: unknown }) => {
    if (event.originalEvent) focus = null;
  };
  const onClick = () => {
    focus = null;
  };
  const onMoveEnd = () => {
    const center = map.getCenter();
    store.getState().setView({ center: [center.lng, center.lat], zoom: map.getZoom() }, 'map');
  };
  map.on('movestart', onMoveStart);
  map.on('click', onClick);
  map.on('moveend', onMoveEnd);

  const stops = [
    store.subscribe(
      (state) => state.view,
      (view) => {
        if (view.origin === 'map') return;
        if (view.origin === 'url') {
          focus = null;
          map.jumpTo({ center: view.center, zoom: view.zoom });
        } else show(view, true);
      },
    ),
    store.subscribe(
      (state) => state.mapRoom,
      (room, previous) => {
        // A cover that opens or changes glides the focus aside; a map that changed size keeps it in place at once.
        const coversChanged = room.right !== previous.right || room.bottom !== previous.bottom;
        if (focus) show(focus, map.isMoving() || coversChanged);
        else keepPlace(room);
      },
    ),
  ];

  return () => {
    for (const stop of stops) stop();
    map.off('movestart', onMoveStart);
    map.off('click', onClick);
    map.off('moveend', onMoveEnd);
  };
}
