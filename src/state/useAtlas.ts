import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
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

/** Everything but the camera: components that do not draw the view need not re-render on every pan. */
export function useAtlasExceptView(): Omit<AtlasState, 'view'> {
  return useStore(
    useAtlasStore(),
    useShallow((state: AtlasState) => {
      const { view: _view, ...rest } = state;
      return rest;
    }),
  );
}
