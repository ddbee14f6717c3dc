// Mirrors the store in location.hash (replaceState, so panning does not flood the history)
// and applies hashes the user edits or pastes. Returns a function that stops both directions.
import type { UiLang } from '../i18n/languages';
import type { BasemapId } from './basemapSlice';
import { EMPTY_CONSTRAINTS } from './filtersSlice';
import type { AtlasStore } from './store';
import { linkPart, readHash, serializeHash, type ReadHash, type UrlState } from './urlCodec';

export interface UrlDefaults {
  basemap: BasemapId;
  /** The language this browser would pick by itself. */
  lang: UiLang;
}

const DEFAULTS: UrlDefaults = { basemap: 'pdok', lang: 'en' };

/** Basemap and language are only written when they differ from what this browser picks by itself. */
export function urlStateOf(store: AtlasStore, defaults: UrlDefaults = DEFAULTS): UrlState {
  const s = store.getState();
  return {
    view: { zoom: s.view.zoom, center: s.view.center },
    selection: s.selection ?? undefined,
    hidden: { kinds: s.hiddenKinds, modes: s.hiddenModes, networks: s.hiddenNetworks },
    basemap: s.basemap === defaults.basemap ? undefined : s.basemap,
    panel: s.panel ?? undefined,
    compare: s.compareIds,
    constraints: { regions: s.regions, funders: s.funders, partnerTypes: s.partnerTypes, themes: s.themes },
    tour: s.tour ?? undefined,
    lang: s.lang === defaults.lang ? undefined : s.lang,
  };
}

/**
 * Applies a parsed hash to the store. Unknown ids are left out, so a stale link still opens the map; returns the
 * parts that named them (`site=gone`), for the reader to be told.
 */
export function applyUrlState(store: AtlasStore, state: UrlState): string[] {
  const unknown: string[] = [];
  const actions = store.getState();
  if (state.view) actions.setView(state.view, 'url');
  if (!actions.select(state.selection ?? null)) {
    actions.clearSelection();
    if (state.selection) unknown.push(linkPart(state.selection.kind, state.selection.id));
  }
  actions.setHidden(state.hidden ?? { kinds: [], modes: [] });
  if (state.basemap) actions.chooseBasemap(state.basemap);
  if (state.lang) actions.setLang(state.lang);
  actions.setCompare(state.compare ?? []);
  const compared = store.getState().compareIds;
  for (const id of state.compare ?? []) if (!compared.includes(id)) unknown.push(linkPart('cmp', id));
  actions.setConstraints(state.constraints ?? EMPTY_CONSTRAINTS);
  if (state.tour) {
    // A tour link sets everything else itself, step by step.
    if (actions.startTour(state.tour.id, state.tour.step)) return unknown;
    unknown.push(linkPart('tour', state.tour.id));
  } else if (store.getState().tour) actions.endTour();
  // An overview panel only shows while nothing is selected.
  if (!state.selection || !store.getState().selection) store.setState({ panel: state.panel ?? null });
  return unknown;
}

/** Applies a link read from the address bar; what it held that the atlas could not use is named in a notice. */
export function applyLink(store: AtlasStore, link: ReadHash): void {
  const leftOut = [...link.unread, ...applyUrlState(store, link.state)];
  if (leftOut.length > 0) store.getState().showNotice({ code: 'linkPartsLeftOut', params: { parts: leftOut } });
}

/** `onApplied` runs after a hash the user edits or pastes has been applied (main.tsx focuses what it names). */
export function startUrlSync(store: AtlasStore, win: Window = window, defaults: UrlDefaults = DEFAULTS, onApplied?: (state: UrlState) => void): () => void {
  let lastWritten = win.location.hash;
  const write = () => {
    const next = serializeHash(urlStateOf(store, defaults));
    if (next === lastWritten) return;
    lastWritten = next;
    const url = `${win.location.pathname}${win.location.search}${next}`;
    win.history.replaceState(win.history.state, '', url);
  };
  const unsubscribe = store.subscribe(write);
  const onHashChange = () => {
    if (win.location.hash === lastWritten) return;
    lastWritten = win.location.hash;
    const link = readHash(win.location.hash);
    applyLink(store, link);
    onApplied?.(link.state);
  };
  win.addEventListener('hashchange', onHashChange);
  write();
  return () => {
    unsubscribe();
    win.removeEventListener('hashchange', onHashChange);
  };
}
