import type { StateCreator } from 'zustand/vanilla';
import { problemKey, type Problem } from '../i18n/problem';
import type { AtlasState } from './store';

export const BASEMAP_IDS = ['pdok', 'openfreemap', 'offline', 'none'] as const;
export type BasemapId = (typeof BASEMAP_IDS)[number];
/**
 * The embedded offline archive: still being checked, usable, not in this copy of the app, or there but
 * unusable because the server answers requests for part of a file with the whole file (PMTiles reads parts).
 */
export type OfflineArchiveStatus = 'checking' | 'available' | 'missing' | 'no-byte-ranges';

export interface AppNotice {
  id: number;
  message: Problem;
}

export interface BasemapSlice {
  /** The basemap the user asked for (or the default). */
  basemap: BasemapId;
  /** What is actually drawn: differs from `basemap` after a fallback. */
  activeBasemap: BasemapId | null;
  offlineArchive: OfflineArchiveStatus;
  /** Non-blocking notices, oldest first (at most three kept). */
  notices: AppNotice[];
  /** A new version of the atlas is installed and waits for the reader to reload. */
  updateReady: boolean;
  setUpdateReady: (ready: boolean) => void;
  chooseBasemap: (id: BasemapId) => void;
  setActiveBasemap: (id: BasemapId) => void;
  setOfflineArchive: (status: OfflineArchiveStatus) => void;
  showNotice: (message: Problem) => void;
  dismissNotice: (id: number) => void;
}

let noticeCounter = 0;

export const createBasemapSlice =
  (initial: BasemapId): StateCreator<AtlasState, [], [], BasemapSlice> =>
  (set) => ({
    basemap: initial,
    activeBasemap: null,
    offlineArchive: 'checking',
    notices: [],
    updateReady: false,
    setUpdateReady: (updateReady) => set({ updateReady }),
    chooseBasemap: (basemap) => set({ basemap }),
    setActiveBasemap: (activeBasemap) => set({ activeBasemap }),
    setOfflineArchive: (offlineArchive) => set({ offlineArchive }),
    showNotice: (message) => set((s) => ({ notices: [...s.notices.filter((n) => problemKey(n.message) !== problemKey(message)), { id: ++noticeCounter, message }].slice(-3) })),
    dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  });
