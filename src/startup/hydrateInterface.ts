// React takes over the build's markup of the interface (staticInterface.ts) in one go, when the map has drawn or
// the user first reaches for the page, whichever comes first (whenToGoLive.ts): hydrating as soon as the data is
// in delayed the map's first idle by 67 ms (paired, 40 rounds; scripts/bench/NOTES.md).
import type { ReactNode } from 'react';
import { flushSync } from 'react-dom';
import { hydrateRoot, type Root } from 'react-dom/client';
import type { AtlasState, AtlasStore } from '../state/store';

export interface HydrateOptions {
  store: AtlasStore;
  /** The state the build rendered the markup from (the same store options, rebuilt here from the same data). */
  builtState: AtlasState;
  /** The map's element: not in the markup React made, so out of the way while React reads it (MapView puts it back). */
  mapElement: HTMLElement;
  /** A markup React could not take over: it renders the interface afresh, and this says so (the console by default). */
  onMismatch?: (error: unknown) => void;
}

/** End-to-end tests fail on this line: the build's markup and the browser's first render should always agree. */
export const warnMismatch = (error: unknown) => console.warn('[interface] the markup was rendered afresh:', error);

/** The values of `built` with the actions of `live`: the build's store has actions of its own. */
const valuesOf = (built: AtlasState, live: AtlasState): AtlasState => {
  const merged: Record<string, unknown> = { ...live };
  for (const [key, value] of Object.entries(built)) if (typeof value !== 'function') merged[key] = value;
  return merged as unknown as AtlasState;
};

export function hydrateInterface(container: HTMLElement, element: ReactNode, { store, builtState, mapElement, onMismatch = warnMismatch }: HydrateOptions): Root {
  const ownInitialState = store.getInitialState;
  // zustand gives React `getInitialState` as the server snapshot: while hydrating, every component reads the
  // state the markup was made from, then React re-renders what the current state changes (the link's basemap,
  // the map's status, the language…) in the same flush.
  const snapshot = valuesOf(builtState, store.getState());
  store.getInitialState = () => snapshot;
  mapElement.remove();
  let root: Root | undefined;
  try {
    // In one task: a hydration split over several would let the browser paint the map area without the map.
    flushSync(() => {
      root = hydrateRoot(container, element, { onRecoverableError: onMismatch });
    });
  } finally {
    store.getInitialState = ownInitialState;
  }
  return root!;
}
