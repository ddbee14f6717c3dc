import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { AtlasState, AtlasStore } from './store';

export const StoreContext = createContext<AtlasStore | null>(null);

export function useAtlasStore(): AtlasStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useAtlasStore needs a <StoreContext.Provider>');
  return store;
}

export function useAtlas<T>(selector: (state: AtlasState) => T): T {
  return useStore(useAtlasStore(), selector);
}
