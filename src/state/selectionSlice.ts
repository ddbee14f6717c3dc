import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

export type SelectableKind = 'site' | 'link';
export interface Selection {
  kind: SelectableKind;
  id: string;
}

export interface KnownIds {
  site: ReadonlySet<string>;
  link: ReadonlySet<string>;
}

export interface SelectionSlice {
  selection: Selection | null;
  /** Selects a known site or link; unknown ids (a stale link, a typo) change nothing and return false. */
  select: (selection: Selection | null) => boolean;
  clearSelection: () => void;
}

export const sameSelection = (a: Selection | null, b: Selection | null) => a?.kind === b?.kind && a?.id === b?.id;

export const createSelectionSlice =
  (known: KnownIds): StateCreator<AtlasState, [], [], SelectionSlice> =>
  (set, get) => ({
    selection: null,
    select: (selection) => {
      if (selection !== null && !known[selection.kind].has(selection.id)) return false;
      if (!sameSelection(get().selection, selection)) set({ selection });
      return true;
    },
    clearSelection: () => set({ selection: null }),
  });
