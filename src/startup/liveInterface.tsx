// The interface's own code as the start-up code reaches it: React, the components and what renders them, in
// one chunk loaded when the build's markup goes live (or at once, where a link opens without that markup), so
// the map's first load does not wait for it (main.tsx).
import { createRoot } from 'react-dom/client';
import type { AtlasData } from '../data/atlasData';
import type { Messages } from '../i18n/en';
import type { AtlasMapHandle } from '../map/atlasMap';
import { DataErrorView } from '../panels/DataErrorView';
import type { AtlasState, AtlasStore } from '../state/store';
import { hydrateInterface } from './hydrateInterface';
import { interfaceElement } from './interfaceElement';

export { warmUpSitePanel } from '../panels/warmUpPanel';

/** The interface's own first render, where the page has no markup of it to take over. */
export const renderInterface = (container: HTMLElement, store: AtlasStore, data: AtlasData, map: AtlasMapHandle) => createRoot(container).render(interfaceElement(store, data, map));

/** React takes over the build's markup (hydrateInterface.ts), drawn from `builtState`. */
export const takeOverInterface = (container: HTMLElement, store: AtlasStore, data: AtlasData, map: AtlasMapHandle, builtState: AtlasState) =>
  hydrateInterface(container, interfaceElement(store, data, map), { store, builtState, mapElement: map.element });

/** In place of the app: the data files could not be loaded or are not valid. */
export const renderDataError = (container: HTMLElement, problems: string[], messages: Messages | undefined) =>
  createRoot(container).render(<DataErrorView problems={problems} messages={messages} />);
