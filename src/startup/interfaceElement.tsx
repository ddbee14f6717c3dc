// The interface as main.tsx renders it, and as the build renders it into the page (src/prerender/): one
// element, so the two cannot drift apart.
import { StrictMode } from 'react';
import { App } from '../App';
import type { AtlasData } from '../data/atlasData';
import type { AtlasMapHandle } from '../map/atlasMap';
import type { AtlasStore } from '../state/store';

export const interfaceElement = (store: AtlasStore, data: AtlasData, map: AtlasMapHandle) => (
  <StrictMode>
    <App store={store} data={data} map={map} />
  </StrictMode>
);
