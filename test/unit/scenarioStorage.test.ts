// @vitest-environment jsdom
// The scenario in browser storage: one entry per item, other tabs' entries taken over, refused writes named,
// unreadable entries kept, an older version's entry moved.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ScenarioSite } from '../../src/analysis/scenario';
import { startScenarioPersistence } from '../../src/state/scenarioPersistence';
import { itemKey, itemText, KEPT_PREFIX, LEGACY_KEYS } from '../../src/state/scenarioStorage';
import { createAtlasStore } from '../../src/state/store';

const site = (id: string, name: string, position: [number, number] = [6.8, 52.3]): ScenarioSite => ({ id: `scenario-site-${id}`, name, kind: 'facility', position });
const newStore = () => createAtlasStore({ siteIds: [] });
const names = (store: ReturnType<typeof newStore>) => store.getState().scenario.sites.map((s) => s.name);
const stops: Array<() => void> = [];
const start = (store: ReturnType<typeof newStore>) => stops.push(startScenarioPersistence(store, localStorage, window));

beforeEach(() => localStorage.clear());
afterEach(() => {
  stops.splice(0).forEach((stop) => stop());
  vi.restoreAllMocks();
});

describe('scenario storage', () => {
  it('keeps each item in an entry of its own and reads them back in order', () => {
    const first = newStore();
    start(first);
    first.getState().addScenarioItems({ sites: [site('a', 'Alpha')] });
    first.getState().addScenarioItems({ sites: [site('b', 'Beta')] });
    expect(localStorage.getItem(itemKey('scenario-site-a'))).toContain('Alpha');
    const again = newStore();
    start(again);
    expect(names(again)).toEqual(['Alpha', 'Beta']);
  });

  it('reads a site saved far outside the import area', () => {
    localStorage.setItem(itemKey('scenario-site-far'), itemText({ site: site('far', 'Osnabrück hub', [8.05, 52.28]) }, 1));
    const store = newStore();
    start(store);
    expect(names(store)).toEqual(['Osnabrück hub']);
  });

  it('takes over an item another tab writes, without writing it back', () => {
    const store = newStore();
    start(store);
    const text = itemText({ site: site('other', 'From the other tab') }, 5);
    localStorage.setItem(itemKey('scenario-site-other'), text);
    const write = vi.spyOn(Storage.prototype, 'setItem');
    window.dispatchEvent(new StorageEvent('storage', { key: itemKey('scenario-site-other'), newValue: text, storageArea: localStorage }));
    expect(names(store)).toEqual(['From the other tab']);
    expect(write).not.toHaveBeenCalled();
  });

  it('drops an item another tab removed', () => {
    const store = newStore();
    start(store);
    store.getState().addScenarioItems({ sites: [site('gone', 'Removed elsewhere')] });
    localStorage.removeItem(itemKey('scenario-site-gone'));
    window.dispatchEvent(new StorageEvent('storage', { key: itemKey('scenario-site-gone'), newValue: null, storageArea: localStorage }));
    expect(names(store)).toEqual([]);
  });

  it('names the items the browser refused, at every failed save', () => {
    const store = newStore();
    start(store);
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    });
    store.getState().addScenarioItems({ sites: [site('a', 'Alpha')] });
    expect(store.getState().unsavedItems).toEqual(['Alpha']);
    store.getState().dismissNotice(store.getState().notices[0]!.id);
    store.getState().addScenarioItems({ sites: [site('b', 'Beta')] });
    expect(store.getState().unsavedItems).toEqual(['Alpha', 'Beta']);
    expect(store.getState().notices.map((n) => n.message.code)).toEqual(['scenarioItemsNotSaved']);
  });

  it('writes a refused item once the browser accepts writes again', () => {
    const store = newStore();
    start(store);
    const refuse = vi.spyOn(Storage.prototype, 'setItem').mockImplementationOnce(() => {
      throw new DOMException('quota exceeded', 'QuotaExceededError');
    });
    store.getState().addScenarioItems({ sites: [site('a', 'Alpha')] });
    refuse.mockRestore();
    store.getState().addScenarioItems({ sites: [site('b', 'Beta')] });
    expect(store.getState().unsavedItems).toEqual([]);
    expect(localStorage.getItem(itemKey('scenario-site-a'))).toContain('Alpha');
  });

  it('keeps an unreadable entry where it is and lists it', () => {
    localStorage.setItem(itemKey('scenario-site-broken'), '{"feature":');
    const store = newStore();
    start(store);
    expect(store.getState().keptCopies).toEqual([{ key: itemKey('scenario-site-broken'), text: '{"feature":' }]);
    expect(localStorage.getItem(itemKey('scenario-site-broken'))).toBe('{"feature":');
  });

  it("keeps two unreadable copies of an older version's scenario in two slots", () => {
    localStorage.setItem(LEGACY_KEYS[0], '{first');
    start(newStore());
    localStorage.setItem(LEGACY_KEYS[0], '{second');
    const store = newStore();
    start(store);
    expect(
      store
        .getState()
        .keptCopies.map((c) => c.text)
        .sort(),
    ).toEqual(['{first', '{second']);
    expect(store.getState().keptCopies.every((c) => c.key.startsWith(KEPT_PREFIX))).toBe(true);
  });

  it("moves an older version's scenario to items and removes its entry", () => {
    localStorage.setItem(
      LEGACY_KEYS[0],
      JSON.stringify({
        type: 'FeatureCollection',
        features: [{ type: 'Feature', properties: { id: 'scenario-site-old', name: 'Old', kind: 'facility' }, geometry: { type: 'Point', coordinates: [6.8, 52.3] } }],
      }),
    );
    const store = newStore();
    start(store);
    expect(names(store)).toEqual(['Old']);
    expect(localStorage.getItem(LEGACY_KEYS[0])).toBeNull();
    expect(localStorage.getItem(itemKey('scenario-site-old'))).toContain('Old');
  });

  it('forgets the kept copies the user lets go of', () => {
    localStorage.setItem(itemKey('scenario-site-broken'), 'nonsense');
    const store = newStore();
    start(store);
    store.getState().setKeptCopies([]);
    expect(localStorage.getItem(itemKey('scenario-site-broken'))).toBeNull();
  });
});
