// The build's markup of the interface (src/prerender/), shown before the app's code has run its course and
// taken over by React later (src/startup/): what the page shows, when it goes live, and that it goes live as
// the interface the store describes, with the map still in its place.
import { act, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderStaticInterface } from '../../src/prerender/renderInterface';
import { hydrateInterface } from '../../src/startup/hydrateInterface';
import { whenToGoLive } from '../../src/startup/whenToGoLive';
import { interfaceElement } from '../../src/startup/interfaceElement';
import { dropStaticInterfaces, isPlainLink, markReady, showStartupFailure, showStaticInterface, staticInterfaceId } from '../../src/startup/staticInterface';
import { storeForStaticInterface } from '../../src/startup/staticStart';
import { loadMessages } from '../../src/i18n/messages';
import { storeForData } from '../../src/state/store';
import { readHash } from '../../src/state/urlCodec';
import type { Root } from 'react-dom/client';
import { fakeMap, loadAtlas } from './fixtures';

const data = loadAtlas();
await loadMessages('nl');
const markup = { en: renderStaticInterface(data, { lang: 'en' }), nl: renderStaticInterface(data, { lang: 'nl' }) };

/** index.html as the build makes it: the frame in #root, the interface in templates after it. */
function buildPage(templates: Partial<Record<'en' | 'nl', string>> = markup) {
  document.body.innerHTML = `<div id="root"><div class="app"><div class="map-canvas" id="map-slot"></div></div></div>`;
  for (const [lang, html] of Object.entries(templates)) {
    const template = document.createElement('template');
    template.id = staticInterfaceId(lang as 'en' | 'nl');
    template.innerHTML = html;
    document.body.append(template);
  }
  return document.getElementById('root')!;
}

let root: Root | undefined;
afterEach(() => {
  act(() => root?.unmount());
  root = undefined;
  document.body.innerHTML = '';
  document.documentElement.lang = 'en';
});

describe('which links open on the static interface', () => {
  it.each([
    ['', true],
    ['#lang=nl', true],
    ['#map=9/52.3/6.5&bm=none&lang=en', true],
    ['#site=kennispark-twente', false],
    ['#hide=quay', false],
    ['#panel=programme', false],
    ['#bogus=1', false],
  ])('%s → %s', (hash, plain) => {
    const link = readHash(hash);
    // Each case read as a link part, but the unknown one (so each is told apart by what it names).
    if (hash !== '#bogus=1') expect(link.unread).toEqual([]);
    expect(isPlainLink(link)).toBe(plain);
  });
});

describe('showing the static interface', () => {
  it('puts the reader’s language in place of the frame and gives the map its host', () => {
    const page = buildPage();
    const host = showStaticInterface(page, 'nl');
    expect(host?.matches('.map-area > .map-canvas')).toBe(true);
    expect(page.contains(host)).toBe(true);
    expect(page.querySelector('#map-slot')).toBeNull();
    expect(page.querySelector('.skip-link')?.textContent).toBe('Naar de lijst met locaties');
    expect(document.documentElement.lang).toBe('nl');
    // Busy until the data is in, when presses start to act.
    expect(page.getAttribute('aria-busy')).toBe('true');
    markReady(page);
    expect(page.hasAttribute('aria-busy')).toBe(false);
  });

  it('chooses the basemap a link names, where the build had the default', () => {
    const page = buildPage();
    showStaticInterface(page, 'en', 'none');
    const checked = [...page.querySelectorAll<HTMLInputElement>('input[name="basemap"]')].filter((radio) => radio.checked).map((radio) => radio.value);
    expect(checked).toEqual(['none']);
  });

  it('leaves the frame where the build made no interface in that language', () => {
    const page = buildPage({ en: markup.en });
    expect(showStaticInterface(page, 'nl')).toBeNull();
    expect(page.querySelector('#map-slot')).not.toBeNull();
    expect(page.hasAttribute('aria-busy')).toBe(false);
  });

  it('leaves the frame where the markup has no place for the map', () => {
    const page = buildPage({ en: '<div class="app"><p>cut short</p></div>' });
    expect(showStaticInterface(page, 'en')).toBeNull();
    expect(page.querySelector('#map-slot')).not.toBeNull();
  });

  it('takes the templates out of the page once read', () => {
    buildPage();
    dropStaticInterfaces(document);
    expect(document.querySelectorAll('template')).toHaveLength(0);
  });

  it('says, as text and above the markup, when the interface’s code could not be loaded, and is no longer busy', () => {
    const page = buildPage();
    showStaticInterface(page, 'en');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    showStartupFailure(page, '<b>controls</b> missing', new Error('offline'));
    const alert = page.firstElementChild!;
    expect([alert.getAttribute('role'), alert.textContent, alert.querySelector('b')]).toEqual(['alert', '<b>controls</b> missing', null]);
    expect(page.hasAttribute('aria-busy')).toBe(false);
    expect(logged).toHaveBeenCalledWith('[interface] its code could not be loaded:', new Error('offline'));
    logged.mockRestore();
  });

  it('writes the data’s text as text', () => {
    const hostile = structuredClone(data);
    hostile.sites.features[0]!.properties.name.en = '<img src=x onerror=alert(1)>';
    const html = renderStaticInterface(hostile, { lang: 'en' });
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<img src=x');
  });
});

/**
 * The static interface in Dutch on the page, the map's element in its host, and a store as main.tsx makes it
 * for an English browser opening `#lang=nl&bm=none`: created in the browser's language, at its own map area
 * and view, then given the link's language and basemap.
 */
function staticPage(html = markup.nl) {
  const page = buildPage({ nl: html });
  const host = showStaticInterface(page, 'nl')!;
  const map = fakeMap();
  host.append(map.element);
  const store = storeForData(data, { initialLang: 'en', initialView: { center: [6.6, 52.3], zoom: 9 }, initialMapArea: { width: 700, height: 500 } });
  store.getState().setLang('nl');
  store.getState().chooseBasemap('none');
  return { page, host, map, store };
}

describe('going live', () => {
  it('takes the markup over in one go: same elements, the current state shown, the map in its place, clicks handled', () => {
    const { page, host, map, store } = staticPage();
    const list = page.querySelector('#sites');
    const onMismatch = vi.fn();
    const builtState = storeForStaticInterface(data, { lang: 'nl' }).getState();
    root = hydrateInterface(page, interfaceElement(store, data, map), { store, builtState, mapElement: map.element, onMismatch });
    expect(onMismatch).not.toHaveBeenCalled();
    // Taken over, not replaced: the same elements (focus and scroll stay), and the map back in its host.
    expect(page.querySelector('#sites')).toBe(list);
    expect(page.querySelector('.map-area > .map-canvas')).toBe(host);
    expect(host.contains(map.element)).toBe(true);
    // The store's state, not the build's: the link's basemap.
    expect(screen.getByRole('radio', { name: 'Geen' })).toHaveProperty('checked', true);
    expect(screen.getByRole('radio', { name: 'PDOK (Kadaster)' })).toHaveProperty('checked', false);
    // React's own again afterwards.
    expect(store.getInitialState().view).not.toEqual(builtState.view);
    fireEvent.click(screen.getByRole('button', { name: 'High Tech Systems Park' }));
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'high-tech-systems-park' });
    expect(within(screen.getByTestId('side-panel')).getByRole('heading', { level: 2 }).textContent).toBe('High Tech Systems Park');
    act(() => map.report({ state: 'ready' }));
    expect(page.querySelector('.map-status')).toBeNull();
  });

  it('renders afresh, and says so, where the markup is not what the build’s state gives', () => {
    const { page, host, map, store } = staticPage(markup.nl.replace('Topwerklocaties', 'Met de hand bewerkt'));
    const onMismatch = vi.fn();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    root = hydrateInterface(page, interfaceElement(store, data, map), { store, builtState: storeForStaticInterface(data, { lang: 'nl' }).getState(), mapElement: map.element, onMismatch });
    errors.mockRestore();
    expect(onMismatch).toHaveBeenCalled();
    expect(page.textContent).not.toContain('Met de hand bewerkt');
    expect(page.textContent).toContain('Topwerklocaties');
    expect(page.querySelector('.map-area > .map-canvas')?.contains(map.element)).toBe(true);
    expect(page.contains(host)).toBe(false);
  });
});

describe('when the interface goes live', () => {
  const mapWatcher = () => {
    let report: (ready: boolean) => void = () => undefined;
    const watch = vi.fn((listener: (ready: boolean) => void) => {
      report = listener;
      listener(false);
      return () => void (report = () => undefined);
    });
    return { watch, ready: () => report(true) };
  };

  /** A source of first presses, as heldInput.ts offers it. */
  const pressSource = () => {
    const listeners = new Set<() => void>();
    const firstPress = vi.fn((listener: () => void) => {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    });
    return { firstPress, press: () => listeners.forEach((listener) => listener()), listening: () => listeners.size };
  };

  it('once the map has drawn (or failed), once only', async () => {
    const map = mapWatcher();
    const presses = pressSource();
    const goLive = vi.fn();
    whenToGoLive(map.watch, goLive, { firstPress: presses.firstPress });
    await Promise.resolve();
    expect(goLive).not.toHaveBeenCalled();
    map.ready();
    await Promise.resolve();
    expect(goLive).toHaveBeenCalledTimes(1);
    expect(presses.listening()).toBe(0);
    presses.press();
    expect(goLive).toHaveBeenCalledTimes(1);
  });

  it('at the first press, at once, and stops watching the map', () => {
    const map = mapWatcher();
    const presses = pressSource();
    const goLive = vi.fn();
    whenToGoLive(map.watch, goLive, { firstPress: presses.firstPress });
    presses.press();
    expect(goLive).toHaveBeenCalledTimes(1);
    map.ready();
    expect(goLive).toHaveBeenCalledTimes(1);
  });

  it('at once where a press came before it was asked, without watching the map at all', () => {
    const map = mapWatcher();
    const goLive = vi.fn();
    whenToGoLive(map.watch, goLive, { firstPress: (listener) => (listener(), () => undefined) });
    expect(goLive).toHaveBeenCalledTimes(1);
    expect(map.watch).not.toHaveBeenCalled();
  });

  it('after the longest wait, whatever the map does; not after being stopped', () => {
    vi.useFakeTimers();
    try {
      const goLive = vi.fn();
      whenToGoLive(mapWatcher().watch, goLive, { firstPress: pressSource().firstPress, latestMs: 2000 });
      vi.advanceTimersByTime(1999);
      expect(goLive).not.toHaveBeenCalled();
      vi.advanceTimersByTime(1);
      expect(goLive).toHaveBeenCalledTimes(1);
      const never = vi.fn();
      const presses = pressSource();
      const stop = whenToGoLive(mapWatcher().watch, never, { firstPress: presses.firstPress, latestMs: 2000 });
      stop();
      vi.advanceTimersByTime(5000);
      presses.press();
      expect(never).not.toHaveBeenCalled();
    } finally {
      vi.useRealTimers();
    }
  });
});
