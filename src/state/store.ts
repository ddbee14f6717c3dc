// One zustand store, composed of slices; the map, the panels and the URL all read and write it.
import { createStore, type StoreApi } from 'zustand/vanilla';
import { createBasemapSlice, type BasemapId, type BasemapSlice } from './basemapSlice';
import { createFiltersSlice, type FiltersSlice } from './filtersSlice';
import { createSelectionSlice, type SelectionSlice } from './selectionSlice';
import { createViewSlice, TWENTE_VIEW, type MapView, type ViewSlice } from './viewSlice';

export type AtlasState = ViewSlice & SelectionSlice & FiltersSlice & BasemapSlice;
export type AtlasStore = StoreApi<AtlasState>;

export interface StoreOptions {
  siteIds: Iterable<string>;
  linkIds?: Iterable<string>;
  initialView?: MapView;
  initialBasemap?: BasemapId;
}

export function createAtlasStore({ siteIds, linkIds = [], initialView = TWENTE_VIEW, initialBasemap = 'pdok' }: StoreOptions): AtlasStore {
  const known = { site: new Set(siteIds), link: new Set(linkIds) };
  return createStore<AtlasState>()((...args) => ({
    ...createViewSlice(initialView)(...args),
    ...createSelectionSlice(known)(...args),
    ...createFiltersSlice(...args),
    ...createBasemapSlice(initialBasemap)(...args),
  }));
}
