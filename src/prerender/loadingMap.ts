// The map as the static interface shows it: still loading. The build's render reads nothing else from it (its
// effects, which would put the map's element on the page, do not run there).
import type { AtlasMapHandle } from '../map/atlasMap';

export const loadingMap: AtlasMapHandle = {
  get element(): HTMLElement {
    throw new Error('the static interface has no map element');
  },
  attach: () => undefined,
  watchStatus: (listener) => {
    listener({ state: 'loading' });
    return () => undefined;
  },
  resize: () => undefined,
  remove: () => undefined,
};
