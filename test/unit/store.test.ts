import { describe, expect, it, vi } from 'vitest';
import { focusSite, FOCUS_ZOOM } from '../../src/state/focusSite';
import { createAtlasStore } from '../../src/state/store';
import { TWENTE_VIEW } from '../../src/state/viewSlice';
import { loadSites } from './fixtures';

const ids = ['kennispark-twente', 'xl-businesspark'];

describe('atlas store', () => {
  it('starts on the Twente view with nothing selected', () => {
    const store = createAtlasStore({ siteIds: ids });
    expect(store.getState().view).toEqual({ ...TWENTE_VIEW, origin: 'app' });
    expect(store.getState().selectedSiteId).toBeNull();
  });

  it('selects known sites and refuses unknown ids', () => {
    const store = createAtlasStore({ siteIds: ids });
    expect(store.getState().selectSite('xl-businesspark')).toBe(true);
    expect(store.getState().selectedSiteId).toBe('xl-businesspark');
    expect(store.getState().selectSite('no-such-site')).toBe(false);
    expect(store.getState().selectedSiteId).toBe('xl-businesspark');
    store.getState().clearSelection();
    expect(store.getState().selectedSiteId).toBeNull();
  });

  it('records who changed the view, so the map can skip its own moves', () => {
    const store = createAtlasStore({ siteIds: ids });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setView({ center: [6.7, 52.3], zoom: 9 }, 'map');
    expect(store.getState().view).toEqual({ center: [6.7, 52.3], zoom: 9, origin: 'map' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('focusSite selects the site and moves the view to it (origin app)', () => {
    const sites = loadSites();
    const store = createAtlasStore({ siteIds: sites.features.map((f) => f.properties.id) });
    expect(focusSite(store, sites, 'kennispark-twente')).toBe(true);
    const { view, selectedSiteId } = store.getState();
    const site = sites.features.find((f) => f.properties.id === 'kennispark-twente')!;
    expect(selectedSiteId).toBe('kennispark-twente');
    expect(view.center).toEqual(site.geometry.coordinates);
    expect(view.zoom).toBe(FOCUS_ZOOM);
    expect(view.origin).toBe('app');
    expect(focusSite(store, sites, 'nowhere')).toBe(false);
  });
});
