import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

export const SELECTABLE_KINDS = ['site', 'link', 'project', 'partner'] as const;
export type SelectableKind = (typeof SELECTABLE_KINDS)[number];
export interface Selection {
  kind: SelectableKind;
  id: string;
}

export type KnownIds = Record<SelectableKind, ReadonlySet<string>>;

export interface SelectionSlice {
  selection: Selection | null;
  /** Selects a known record; unknown ids (a stale link, a typo) change nothing and return false. */
  select: (selection: Selection | null) => boolean;
  clearSelection: () => void;
}

export const sameSelection = (a: Selection | null, b: Selection | null) => a?.kind === b?.kind && a?.id === b?.id;

export const createSelectionSlice =
  (known: KnownIds): StateCreator<AtlasState, [], [], SelectionSlice> =>
  (set, get) => ({
    selection: null,
    select: (selection) => {
      if (selection !== null && !known[selection.kind]?.has(selection.id)) return false;
      if (!sameSelection(get().selection, selection)) set({ selection });
      return true;
    },
    clearSelection: () => set({ selection: null }),
  });
