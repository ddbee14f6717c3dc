import type { StateCreator } from 'zustand/vanilla';
import type { AtlasState } from './store';

/** The overview panels (what a link's `panel=` may name). */
export const PANEL_IDS = ['programme', 'compare', 'planner'] as const;
export type PanelId = (typeof PANEL_IDS)[number];
export const isPanelId = (text: string): text is PanelId => (PANEL_IDS as readonly string[]).includes(text);
export const MAX_COMPARE = 4;
export const PANEL_MIN_WIDTH = 320;
export const PANEL_MAX_WIDTH = 720;
export const PANEL_DEFAULT_WIDTH = 400;

export interface PanelSlice {
  /** An overview panel shown when nothing is selected. */
  panel: PanelId | null;
  compareIds: string[];
  panelWidth: number;
  panelCollapsed: boolean;
  /** A phone's sheet pulled up to most of the map's height (the reader's choice; only the sheet layout has it). */
  panelTall: boolean;
  openPanel: (panel: PanelId | null) => void;
  /** Adds or removes a site; at most four. Returns false when the list is full. */
  toggleCompare: (siteId: string) => boolean;
  setCompare: (siteIds: string[]) => void;
  setPanelWidth: (width: number) => void;
  setPanelCollapsed: (collapsed: boolean) => void;
  setPanelTall: (tall: boolean) => void;
}

/** Overviews that need more room than the reader's panel width: a column per compared site, the planner's tables. */
export const compareMinWidth = (sites: number) => 200 + 150 * sites;
export const PLANNER_MIN_WIDTH = 460;

export const clampPanelWidth = (width: number) => Math.round(Math.min(PANEL_MAX_WIDTH, Math.max(PANEL_MIN_WIDTH, width)));

export const createPanelSlice =
  (knownSites: ReadonlySet<string>): StateCreator<AtlasState, [], [], PanelSlice> =>
  (set, get) => ({
    panel: null,
    compareIds: [],
    panelWidth: PANEL_DEFAULT_WIDTH,
    panelCollapsed: false,
    panelTall: false,
    openPanel: (panel) => set({ panel, ...(panel ? { selection: null, panelCollapsed: false } : {}) }),
    toggleCompare: (siteId) => {
      const ids = get().compareIds;
      if (ids.includes(siteId)) {
        set({ compareIds: ids.filter((id) => id !== siteId) });
        return true;
      }
      if (ids.length >= MAX_COMPARE || !knownSites.has(siteId)) return false;
      set({ compareIds: [...ids, siteId] });
      return true;
    },
    setCompare: (siteIds) => set({ compareIds: [...new Set(siteIds.filter((id) => knownSites.has(id)))].slice(0, MAX_COMPARE) }),
    setPanelWidth: (width) => set({ panelWidth: clampPanelWidth(width) }),
    setPanelCollapsed: (panelCollapsed) => set({ panelCollapsed }),
    setPanelTall: (panelTall) => set({ panelTall }),
  });
