// One zustand store, composed of slices; the map, the panels and the URL all read and write it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, TWENTE_VIEW, type MapView, type ViewSlice } from './viewSlice';

export type AtlasState = ViewSlice & SelectionSlice;
export type AtlasStore = StoreApi<AtlasState>;

export interface StoreOptions {
  siteIds: Iterable<string>;
  initialView?: MapView;
}

export function createAtlasStore({ siteIds, initialView = TWENTE_VIEW }: StoreOptions): AtlasStore {
  const known = new Set(siteIds);
  return createStore<AtlasState>()((...args) => ({
    ...createViewSlice(initialView)(...args),
    ...createSelectionSlice(known)(...args),
  }));
}
