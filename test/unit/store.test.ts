import { describe, expect, it, vi } from 'vitest';
import { focusNamedSelection, focusSelection, FOCUS_ZOOM, openComparison } from '../../src/state/focusSite';
import { createAtlasStore } from '../../src/state/store';
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
  const storeFor = () => createAtlasStore({ siteIds: data.sites.features.map((f) => f.properties.id), linkIds: data.links.features.map((f) => f.properties.id) });

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

  it('frames a link whole: its course fitted (by the map, beside the panel), no closer than a site focus', () => {
    const store = storeFor();
    focusSelection(store, data, { kind: 'link', id: 'maas-kennispark-htsp' });
    const { view } = store.getState();
    expect(view.origin).toBe('app');
    expect(view.fits!.maxZoom).toBe(FOCUS_ZOOM);
    const course = data.links.features.find((f) => f.properties.id === 'maas-kennispark-htsp')!.geometry.coordinates;
    expect(view.fits!.bounds[0][0]).toBe(Math.min(...course.map((p) => p[0]!)));
    expect(view.fits!.bounds[1][1]).toBe(Math.max(...course.map((p) => p[1]!)));
  });

  it('opens the comparison fitting the sites compared; with none compared the map stays', () => {
    const store = storeFor();
    const ids = ['kennispark-twente', 'xl-businesspark'];
    const [a, b] = ids.map((id) => data.sites.features.find((f) => f.properties.id === id)!.geometry.coordinates);
    store.getState().setCompare(ids);
    openComparison(store, data);
    const { view, panel } = store.getState();
    expect(panel).toBe('compare');
    expect(view.origin).toBe('app');
    expect(view.fits!.bounds).toEqual([
      [Math.min(a![0]!, b![0]!), Math.min(a![1]!, b![1]!)],
      [Math.max(a![0]!, b![0]!), Math.max(a![1]!, b![1]!)],
    ]);
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

  it('keeps the map’s room it is told, ignoring a size of nothing (a map not laid out yet)', () => {
    const store = storeFor();
    store.getState().setMapRoom({ width: 800, height: 600, right: 0, bottom: 0, topRight: 0 });
    const room = store.getState().mapRoom;
    store.getState().setMapRoom({ width: 800, height: 600, right: 0, bottom: 0, topRight: 0 });
    store.getState().setMapRoom({ width: 0, height: 0, right: 0, bottom: 0, topRight: 0 });
    expect(store.getState().mapRoom).toBe(room);
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
