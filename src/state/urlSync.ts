// Mirrors the store in location.hash (replaceState, so panning does not flood the history)
// and applies hashes the user edits or pastes. Returns a function that stops both directions.
import type { AtlasStore } from './store';
import { parseHash, serializeHash, type UrlState } from './urlCodec';

export function urlStateOf(store: AtlasStore): UrlState {
  const { view, selectedSiteId } = store.getState();
  return { view: { zoom: view.zoom, center: view.center }, siteId: selectedSiteId ?? undefined };
}

/** Applies a parsed hash to the store. Unknown site ids are ignored, so a stale link still opens the map. */
export function applyUrlState(store: AtlasStore, state: UrlState): void {
  const actions = store.getState();
  if (state.view) actions.setView(state.view, 'url');
  if (!actions.selectSite(state.siteId ?? null)) actions.clearSelection();
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
