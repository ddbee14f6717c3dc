// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasStore } from '../../src/state/store';
import { parseHash, readHash } from '../../src/state/urlCodec';
import { applyLink, applyUrlState, startUrlSync } from '../../src/state/urlSync';

const siteIds = ['kennispark-twente', 'xl-businesspark'];
const linkIds = ['maas-kennispark-htsp'];

describe('URL sync', () => {
  let stop: () => void = () => {};
  afterEach(() => {
    stop();
    window.history.replaceState(null, '', '/');
  });

  it('writes the store to the hash', () => {
    const store = createAtlasStore({ siteIds, linkIds });
    stop = startUrlSync(store);
    store.getState().select({ kind: 'site', id: 'xl-businesspark' });
    store.getState().setView({ center: [6.7, 52.33], zoom: 12 }, 'map');
    store.getState().toggleKind('facility');
    store.getState().chooseBasemap('offline');
    expect(window.location.hash).toBe('#map=12/52.33/6.7&site=xl-businesspark&hide=facility&bm=offline');
  });

  it('leaves the default basemap out of the URL', () => {
    const store = createAtlasStore({ siteIds });
    stop = startUrlSync(store);
    expect(window.location.hash).not.toContain('bm=');
  });

  it('applies a hash from a shared link, ignoring an unknown site', () => {
    const store = createAtlasStore({ siteIds, linkIds });
    applyUrlState(store, parseHash('#map=9/52.3/6.7&link=maas-kennispark-htsp&hide=drone&bm=none'));
    expect(store.getState().selection).toEqual({ kind: 'link', id: 'maas-kennispark-htsp' });
    expect(store.getState().view).toMatchObject({ zoom: 9, center: [6.7, 52.3], origin: 'url' });
    expect(store.getState().hiddenModes).toEqual(['drone']);
    expect(store.getState().basemap).toBe('none');
    applyUrlState(store, parseHash('#site=gone-site'));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().hiddenModes).toEqual([]);
  });

  it('follows a hash the user edits', () => {
    const store = createAtlasStore({ siteIds });
    stop = startUrlSync(store);
    window.location.hash = '#site=kennispark-twente';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'kennispark-twente' });
  });

  it('hands an edited hash, once applied, to its caller (which focuses a selection named without a view)', () => {
    const store = createAtlasStore({ siteIds });
    const applied: unknown[] = [];
    stop = startUrlSync(store, window, undefined, (state) => applied.push(state));
    window.location.hash = '#site=xl-businesspark';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(applied).toEqual([{ selection: { kind: 'site', id: 'xl-businesspark' } }]);
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'xl-businesspark' });
  });

  it('names what a link held that the atlas could not use in one notice, and applies the rest', () => {
    const store = createAtlasStore({ siteIds, linkIds });
    applyLink(store, readHash('#map=banana&site=gone-site&panel=compare&cmp=kennispark-twente,old-park&tour=no-tour'));
    expect(store.getState().compareIds).toEqual(['kennispark-twente']);
    expect(store.getState().notices.map((n) => n.message)).toEqual([{ code: 'linkPartsLeftOut', params: { parts: ['map=banana', 'site=gone-site', 'cmp=old-park', 'tour=no-tour'] } }]);
  });

  it('says nothing about a link it could use in full', () => {
    const store = createAtlasStore({ siteIds, linkIds });
    applyLink(store, readHash('#map=9/52.3/6.7&site=kennispark-twente&hide=drone&bm=none'));
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'kennispark-twente' });
    expect(store.getState().notices).toEqual([]);
  });

  it('tells about a stale id in a hash the user edits', () => {
    const store = createAtlasStore({ siteIds });
    stop = startUrlSync(store);
    window.location.hash = '#site=gone-site';
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    expect(store.getState().notices.map((n) => n.message)).toEqual([{ code: 'linkPartsLeftOut', params: { parts: ['site=gone-site'] } }]);
  });
});
