import type { StateCreator } from 'zustand/vanilla';
import { LINK_MODES, SITE_KINDS, type LinkMode, type SiteKind } from '../data/schema';
import type { AtlasState } from './store';

/** What the legend hides. Everything is shown by default, so an empty URL means "all layers on". */
export interface FiltersSlice {
  hiddenKinds: SiteKind[];
  hiddenModes: LinkMode[];
  toggleKind: (kind: SiteKind) => void;
  toggleMode: (mode: LinkMode) => void;
  setHidden: (hidden: { kinds: SiteKind[]; modes: LinkMode[] }) => void;
}

const toggle = <T extends string>(list: readonly T[], value: T, order: readonly T[]): T[] =>
  list.includes(value) ? list.filter((v) => v !== value) : order.filter((v) => v === value || list.includes(v));

export const createFiltersSlice: StateCreator<AtlasState, [], [], FiltersSlice> = (set) => ({
  hiddenKinds: [],
  hiddenModes: [],
  toggleKind: (kind) => set((s) => ({ hiddenKinds: toggle(s.hiddenKinds, kind, SITE_KINDS) })),
  toggleMode: (mode) => set((s) => ({ hiddenModes: toggle(s.hiddenModes, mode, LINK_MODES) })),
  setHidden: ({ kinds, modes }) =>
    set({ hiddenKinds: SITE_KINDS.filter((k) => kinds.includes(k)), hiddenModes: LINK_MODES.filter((m) => modes.includes(m)) }),
});
