// Mirrors the store in location.hash (replaceState, so panning does not flood the history)
// and applies hashes the user edits or pastes. Returns a function that stops both directions.
import type { BasemapId } from './basemapSlice';
import { EMPTY_CONSTRAINTS } from './filtersSlice';
import type { AtlasStore } from './store';
import { parseHash, serializeHash, type UrlState } from './urlCodec';

/** The basemap is only written when the user chose something other than the default. */
export function urlStateOf(store: AtlasStore, defaultBasemap: BasemapId = 'pdok'): UrlState {
  const s = store.getState();
  return {
    view: { zoom: s.view.zoom, center: s.view.center },
    selection: s.selection ?? undefined,
    hidden: { kinds: s.hiddenKinds, modes: s.hiddenModes },
    basemap: s.basemap === defaultBasemap ? undefined : s.basemap,
    panel: s.panel ?? undefined,
    compare: s.compareIds,
    constraints: { regions: s.regions, funders: s.funders, partnerTypes: s.partnerTypes, themes: s.themes },
    tour: s.tour ?? undefined,
  };
}

/** Applies a parsed hash to the store. Unknown ids are ignored, so a stale link still opens the map. */
export function applyUrlState(store: AtlasStore, state: UrlState): void {
  const actions = store.getState();
  if (state.view) actions.setView(state.view, 'url');
  if (!actions.select(state.selection ?? null)) actions.clearSelection();
  actions.setHidden(state.hidden ?? { kinds: [], modes: [] });
  if (state.basemap) actions.chooseBasemap(state.basemap);
  actions.setCompare(state.compare ?? []);
  actions.setConstraints(state.constraints ?? EMPTY_CONSTRAINTS);
  if (state.tour) {
    // A tour link sets everything else itself, step by step.
    if (actions.startTour(state.tour.id, state.tour.step)) return;
  } else if (store.getState().tour) actions.endTour();
  // An overview panel only shows while nothing is selected.
  if (!state.selection || !store.getState().selection) store.setState({ panel: state.panel ?? null });
}

export function startUrlSync(store: AtlasStore, win: Window = window): () => void {
  let lastWritten = win.location.hash;
  const write = () => {
    const next = serializeHash(urlStateOf(store));
    if (next === lastWritten) return;
    lastWritten = next;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    win.history.replaceState(win.history.state, '', url);
  };
  const unsubscribe = store.subscribe(write);
  const onHashChange = () => {
    if (win.location.hash === lastWritten) return;
    lastWritten = win.location.hash;
    applyUrlState(store, parseHash(win.location.hash));
  };
  win.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
