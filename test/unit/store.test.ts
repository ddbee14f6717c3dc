import { describe, expect, it, vi } from 'vitest';
import { focusNamedSelection, focusSelection, focusTarget, FOCUS_ZOOM, openComparison, visibleMapArea, zoomToFit } from '../../src/state/focusSite';
import { createAtlasStore, storeForData } from '../../src/state/store';
import { TWENTE_VIEW } from '../../src/state/viewSlice';
import { loadAtlas } from './fixtures';

const siteIds = ['kennispark-twente', 'xl-businesspark'];
const linkIds = ['maas-kennispark-htsp'];
const site = (id: string) => ({ kind: 'site' as const, id });

describe('atlas store', () => {
  it('starts on the Twente view with nothing selected, all layers shown, PDOK requested', () => {
    const store = createAtlasStore({ siteIds });
    const s = store.getState();
    expect(s.view).toEqual({ ...TWENTE_VIEW, origin: 'app' });
    expect(s.selection).toBeNull();
    expect(s.hiddenKinds).toEqual([]);
    expect(s.hiddenModes).toEqual([]);
    expect(s.basemap).toBe('pdok');
    expect(s.activeBasemap).toBeNull();
  });

  it('selects known sites and links and refuses unknown ids', () => {
    const store = createAtlasStore({ siteIds, linkIds });
    expect(store.getState().select(site('xl-businesspark'))).toBe(true);
    expect(store.getState().selection).toEqual(site('xl-businesspark'));
    expect(store.getState().select(site('no-such-site'))).toBe(false);
    expect(store.getState().select({ kind: 'link', id: 'xl-businesspark' })).toBe(false);
    expect(store.getState().selection).toEqual(site('xl-businesspark'));
    expect(store.getState().select({ kind: 'link', id: 'maas-kennispark-htsp' })).toBe(true);
    store.getState().clearSelection();
    expect(store.getState().selection).toBeNull();
  });

  it('does not notify when the same thing is selected again', () => {
    const store = createAtlasStore({ siteIds });
    store.getState().select(site('xl-businesspark'));
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().select(site('xl-businesspark'));
    expect(listener).not.toHaveBeenCalled();
  });

  it('records who changed the view, so the map can skip its own moves', () => {
    const store = createAtlasStore({ siteIds });
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().setView({ center: [6.7, 52.3], zoom: 9 }, 'map');
    expect(store.getState().view).toEqual({ center: [6.7, 52.3], zoom: 9, origin: 'map' });
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('toggles kinds and modes, keeping a canonical order', () => {
    const store = createAtlasStore({ siteIds });
    store.getState().toggleKind('facility');
    store.getState().toggleKind('top-location');
    expect(store.getState().hiddenKinds).toEqual(['top-location', 'facility']);
    store.getState().toggleKind('facility');
    expect(store.getState().hiddenKinds).toEqual(['top-location']);
    store.getState().toggleMode('drone');
    expect(store.getState().hiddenModes).toEqual(['drone']);
    store.getState().setHidden({ kinds: ['quay'], modes: [] });
    expect(store.getState().hiddenKinds).toEqual(['quay']);
    expect(store.getState().hiddenModes).toEqual([]);
  });

  it('keeps the requested and the active basemap apart (fallback)', () => {
    const store = createAtlasStore({ siteIds });
    store.getState().setActiveBasemap('none');
    expect(store.getState().basemap).toBe('pdok');
    store.getState().showNotice({ code: 'basemapFallback', params: { basemap: 'pdok', cause: 'tiles', fallback: 'plain' } });
    store.getState().showNotice({ code: 'storageUnavailable' });
    store.getState().showNotice({ code: 'basemapFallback', params: { basemap: 'pdok', cause: 'tiles', fallback: 'plain' } });
    expect(store.getState().notices.map((n) => n.message.code)).toEqual(['storageUnavailable', 'basemapFallback']);
    store.getState().dismissNotice(store.getState().notices[0]!.id);
    expect(store.getState().notices.map((n) => n.message.code)).toEqual(['basemapFallback']);
  });
});

describe('focusing a selection', () => {
  const data = loadAtlas();
  const storeFor = () =>
    createAtlasStore({ siteIds: data.sites.features.map((f) => f.properties.id), linkIds: data.links.features.map((f) => f.properties.id) });

  it('selects a site and moves the view to it (origin app)', () => {
    const store = storeFor();
    expect(focusSelection(store, data, site('kennispark-twente'))).toBe(true);
    const { view, selection } = store.getState();
    const feature = data.sites.features.find((f) => f.properties.id === 'kennispark-twente')!;
    expect(selection).toEqual(site('kennispark-twente'));
    expect(view.center).toEqual(feature.geometry.coordinates);
    expect(view.zoom).toBe(FOCUS_ZOOM);
    expect(view.origin).toBe('app');
    expect(focusSelection(store, data, site('nowhere'))).toBe(false);
  });

  it('focuses what a link names only when the link gives no view, and only while it is still selected', () => {
    const store = storeFor();
    const start = store.getState().view;
    store.getState().select(site('kennispark-twente'));
    focusNamedSelection(store, data, { selection: site('kennispark-twente'), view: { zoom: 9, center: [6.7, 52.3] } });
    expect(store.getState().view).toBe(start);
    store.getState().select(site('xl-businesspark'));
    focusNamedSelection(store, data, { selection: site('kennispark-twente') });
    expect(store.getState().view).toBe(start);
    focusNamedSelection(store, data, { selection: site('xl-businesspark') });
    expect(store.getState().view.zoom).toBe(FOCUS_ZOOM);
    expect(store.getState().view.origin).toBe('app');
  });

  it('fits an extent into an area: the extent spans at most 60 % of it, never closer than a site focus', () => {
    // At zoom z the world is 512 · 2^z px around; at 52° N that is 40075 · cos 52° km.
    const pixelsFor = (km: number, zoom: number) => (km / (40075 * Math.cos((52 * Math.PI) / 180))) * 512 * 2 ** zoom;
    const zoom = zoomToFit(10, 2, { width: 600, height: 750 });
    expect(pixelsFor(10, zoom)).toBeLessThanOrEqual(0.6 * 600 + 1);
    expect(pixelsFor(10, zoom)).toBeGreaterThan(0.6 * 600 * 0.98);
    // The taller side decides when it is the tighter fit.
    expect(zoomToFit(2, 10, { width: 600, height: 400 })).toBeLessThan(zoomToFit(10, 2, { width: 600, height: 400 }));
    expect(zoomToFit(0.1, 0.1, { width: 600, height: 750 })).toBe(FOCUS_ZOOM);
    expect(zoomToFit(900, 900, { width: 600, height: 750 })).toBe(7);
  });

  it('fits a link into the part of the map its panel will leave free: further out on a phone, less with the panel folded', () => {
    const maas = { kind: 'link', id: 'maas-kennispark-htsp' } as const;
    const zoomOn = (width: number, height: number, collapsed = false) => {
      const store = storeFor();
      store.getState().setMapArea({ width, height });
      if (collapsed) store.getState().setPanelCollapsed(true);
      focusSelection(store, data, maas);
      return store.getState().view.zoom;
    };
    const desktop = zoomOn(1008, 751);
    expect(desktop).toBe(focusTarget(data, maas, { width: 608, height: 751 })!.zoom);
    expect(zoomOn(390, 762)).toBeLessThan(desktop);
    expect(zoomOn(1008, 751, true)).toBeGreaterThan(desktop);
  });

  it('opens the comparison framing its sites beside the panel, which is wider with each site compared', () => {
    const store = storeFor();
    store.getState().setMapArea({ width: 1008, height: 751 });
    const ids = ['kennispark-twente', 'xl-businesspark'];
    const [a, b] = ids.map((id) => data.sites.features.find((f) => f.properties.id === id)!.geometry.coordinates);
    store.getState().setCompare(ids);
    openComparison(store, data);
    const { view, panel } = store.getState();
    expect(panel).toBe('compare');
    expect(view.origin).toBe('app');
    expect(view.center[0]).toBeCloseTo((a![0] + b![0]) / 2, 6);
    expect(view.center[1]).toBeCloseTo((a![1] + b![1]) / 2, 6);
    // Two compared sites ask for a 500 px panel: 508 px of the map stay free.
    const widthKm = Math.abs(a![0] - b![0]) * ((40075 * Math.cos((52 * Math.PI) / 180)) / 360);
    const heightKm = Math.abs(a![1] - b![1]) * 111.2;
    expect(view.zoom).toBe(zoomToFit(widthKm, heightKm, { width: 508, height: 751 }));
    // Nothing compared: the panel opens and the map stays.
    const empty = storeFor();
    const before = empty.getState().view;
    openComparison(empty, data);
    expect(empty.getState().panel).toBe('compare');
    expect(empty.getState().view).toBe(before);
  });

  it('frames a shared comparison that gives no view, while it is still open', () => {
    const store = storeFor();
    store.getState().setCompare(['kennispark-twente', 'xl-businesspark']);
    const start = store.getState().view;
    focusNamedSelection(store, data, { panel: 'compare' });
    expect(store.getState().view).toBe(start);
    store.getState().openPanel('compare');
    focusNamedSelection(store, data, { panel: 'compare', view: { zoom: 9, center: [6.7, 52.3] } });
    expect(store.getState().view).toBe(start);
    focusNamedSelection(store, data, { panel: 'compare' });
    expect(store.getState().view.origin).toBe('app');
    expect(store.getState().view).not.toBe(start);
  });

  it('knows the part of the map an open panel leaves free', () => {
    const store = storeFor();
    store.getState().setMapArea({ width: 1008, height: 751 });
    expect(visibleMapArea(store.getState())).toEqual({ width: 1008, height: 751 });
    store.getState().select(site('oyfo-hengelo'));
    expect(visibleMapArea(store.getState())).toEqual({ width: 608, height: 751 });
    store.getState().setPanelCollapsed(true);
    expect(visibleMapArea(store.getState())).toEqual({ width: 1008, height: 751 });
    store.getState().setMapArea({ width: 390, height: 762 });
    store.getState().setPanelCollapsed(false);
    expect(visibleMapArea(store.getState())).toEqual({ width: 390, height: 419 });
  });

  it('knows the part of the map a tour’s card leaves free, on a phone in place of the sheet', () => {
    const store = storeForData(data);
    store.getState().setMapArea({ width: 1280, height: 800 });
    store.getState().setTourCard(330);
    expect(visibleMapArea(store.getState())).toEqual({ width: 1280, height: 800 });
    expect(store.getState().startTour('twente')).toBe(true);
    expect(visibleMapArea(store.getState())).toEqual({ width: 1280, height: 470 });
    store.getState().select(site('oyfo-hengelo'));
    expect(visibleMapArea(store.getState())).toEqual({ width: 880, height: 470 });
    store.getState().setMapArea({ width: 390, height: 844 });
    store.getState().setTourCard(420);
    expect(visibleMapArea(store.getState())).toEqual({ width: 390, height: 424 });
    store.getState().endTour();
    expect(visibleMapArea(store.getState())).toEqual({ width: 390, height: 464 });
  });

  it('keeps the map area it is told, ignoring a size of nothing (a map not laid out yet)', () => {
    const store = storeFor();
    store.getState().setMapArea({ width: 800, height: 600 });
    const area = store.getState().mapArea;
    store.getState().setMapArea({ width: 800, height: 600 });
    store.getState().setMapArea({ width: 0, height: 0 });
    expect(store.getState().mapArea).toBe(area);
  });

  it('frames a link: centre of its extent, zoomed out for long links', () => {
    const maas = focusTarget(data, { kind: 'link', id: 'maas-kennispark-htsp' })!;
    expect(maas.center[0]).toBeCloseTo((6.8505 + 6.7795) / 2, 6);
    const corridor = focusTarget(data, { kind: 'link', id: 'corridor-n35' })!;
    expect(corridor.zoom).toBeLessThan(maas.zoom);
    expect(corridor.zoom).toBeGreaterThanOrEqual(7);
  });
});

describe('panels and filters in the store', () => {
  const store = () => createAtlasStore({ siteIds: ['a', 'b', 'c', 'd', 'e'] });

  it('compares at most four known sites', () => {
    const s = store();
    expect(s.getState().toggleCompare('zzz')).toBe(false);
    expect(s.getState().compareIds).toEqual([]);
    for (const id of ['a', 'b', 'c', 'd']) expect(s.getState().toggleCompare(id)).toBe(true);
    expect(s.getState().toggleCompare('e')).toBe(false);
    s.getState().toggleCompare('b');
    expect(s.getState().compareIds).toEqual(['a', 'c', 'd']);
    s.getState().setCompare(['e', 'e', 'nope', 'a']);
    expect(s.getState().compareIds).toEqual(['e', 'a']);
  });

  it('opening an overview panel clears the selection; widths are clamped', () => {
    const s = store();
    s.getState().select({ kind: 'site', id: 'a' });
    s.getState().openPanel('programme');
    expect(s.getState().selection).toBeNull();
    s.getState().setPanelWidth(5000);
    expect(s.getState().panelWidth).toBe(720);
    s.getState().setPanelWidth(10);
    expect(s.getState().panelWidth).toBe(320);
  });

  it('toggles filter values in a canonical order', () => {
    const s = store();
    s.getState().toggleConstraint('funders', 'national');
    s.getState().toggleConstraint('funders', 'private');
    expect(s.getState().funders).toEqual(['private', 'national']);
    s.getState().clearConstraints();
    expect(s.getState().funders).toEqual([]);
  });
});
