import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store';
import { parseHash } from '../../src/state/urlCodec';
import { applyUrlState, startUrlSync } from '../../src/state/urlSync';

const ids = ['kennispark-twente', 'xl-businesspark'];

describe('URL sync', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
  });

  it('writes the store to the hash', () => {
    const store = createAtlasStore({ siteIds: ids });
    stop = startUrlSync(store);
    store.getState().selectSite('xl-businesspark');
    store.getState().setView({ center: [6.7, 52.33], zoom: 12 }, 'map');
    expect(window.location.hash).toBe('#map=12/52.33/6.7&site=xl-businesspark');
  });

  it('applies a hash from a shared link, ignoring an unknown site', () => {
    const store = createAtlasStore({ siteIds: ids });
    applyUrlState(store, parseHash('#map=9/52.3/6.7&site=kennispark-twente'));
    expect(store.getState().selectedSiteId).toBe('kennispark-twente');
    expect(store.getState().view).toMatchObject({ zoom: 9, center: [6.7, 52.3], origin: 'url' });
    applyUrlState(store, parseHash('#site=gone-site'));
    expect(store.getState().selectedSiteId).toBeNull();
  });

  it('follows a hash the user edits', () => {
    const store = createAtlasStore({ siteIds: ids });
    stop = startUrlSync(store);
    window.location.hash = '#site=kennispark-twente';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().selectedSiteId).toBe('kennispark-twente');
  });
});
