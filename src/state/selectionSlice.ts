import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

export interface SelectionSlice {
  selectedSiteId: string | null;
  /** Selects a known site; unknown ids (a stale link, a typo) leave the selection as it was and return false. */
  selectSite: (id: string | null) => boolean;
  clearSelection: () => void;
}

export const createSelectionSlice =
  (knownSiteIds: ReadonlySet<string>): StateCreator<AtlasState, [], [], SelectionSlice> =>
  (set) => ({
    selectedSiteId: null,
    selectSite: (id) => {
      if (id !== null && !knownSiteIds.has(id)) return false;
      set({ selectedSiteId: id });
      return true;
    },
    clearSelection: () => set({ selectedSiteId: null }),
  });
