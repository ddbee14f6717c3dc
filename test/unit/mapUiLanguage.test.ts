// @vitest-environment jsdom
// The map's own controls in the interface's language (src/map/mapUiLanguage.ts, src/i18n/mapUiStrings.ts).
import { describe, expect, it } from 'vitest';
import { UI_LANGS } from '../../src/i18n/languages';
import { MAP_UI_STRINGS } from '../../src/i18n/mapUiStrings';
import { mapUiLocale, relabelMapUi } from '../../src/map/mapUiLanguage';

describe('MAP_UI_STRINGS', () => {
  it('gives every language the same keys, none empty', () => {
    const keys = Object.keys(MAP_UI_STRINGS.en).sort();
    for (const lang of UI_LANGS) {
      expect(Object.keys(MAP_UI_STRINGS[lang]).sort()).toEqual(keys);
      for (const text of Object.values(MAP_UI_STRINGS[lang])) expect(text.trim()).not.toBe('');
    }
  });

  it('translates every label, not copies the English', () => {
    for (const lang of ['nl', 'de'] as const) {
      for (const [key, text] of Object.entries(MAP_UI_STRINGS[lang])) expect(text, `${lang} ${key}`).not.toBe(MAP_UI_STRINGS.en[key as keyof typeof MAP_UI_STRINGS.en]);
    }
  });
});

describe('mapUiLocale', () => {
  it('is a copy: MapLibre may change what it is given without changing the table', () => {
    const locale = mapUiLocale('nl');
    locale['NavigationControl.ZoomIn'] = 'changed';
    expect(MAP_UI_STRINGS.nl['NavigationControl.ZoomIn']).toBe('Inzoomen');
  });
});

/** The elements MapLibre makes, with its English labels, in a map's container. */
function fakeMap() {
  const container = document.createElement('div');
  container.innerHTML = `
    <canvas class="maplibregl-canvas" aria-label="Map"></canvas>
    <button class="maplibregl-ctrl-zoom-in" title="Zoom in" aria-label="Zoom in"></button>
    <button class="maplibregl-ctrl-zoom-out" title="Zoom out" aria-label="Zoom out"></button>
    <details class="maplibregl-ctrl-attrib"><summary class="maplibregl-ctrl-attrib-button" title="Toggle attribution" aria-label="Toggle attribution"></summary></details>
    <div class="maplibregl-cooperative-gesture-screen"><div class="maplibregl-desktop-message">Use Ctrl + scroll to zoom the map</div><div class="maplibregl-mobile-message">Use two fingers to move the map</div></div>`;
  return { container, map: { getContainer: () => container } };
}

describe('relabelMapUi', () => {
  it('writes the chosen language into the controls MapLibre has made', () => {
    const { container, map } = fakeMap();
    relabelMapUi(map as never, 'nl');
    const label = (selector: string) => container.querySelector(selector)!.getAttribute('aria-label');
    expect(label('.maplibregl-canvas')).toBe('Kaart');
    expect(label('.maplibregl-ctrl-zoom-in')).toBe('Inzoomen');
    expect(container.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('title')).toBe('Inzoomen');
    expect(label('.maplibregl-ctrl-zoom-out')).toBe('Uitzoomen');
    expect(label('.maplibregl-ctrl-attrib-button')).toBe('Bronnen tonen of verbergen');
    expect(container.querySelector('.maplibregl-mobile-message')!.textContent).toBe('Gebruik twee vingers om de kaart te verschuiven');
    expect(container.querySelector('.maplibregl-desktop-message')!.textContent).toBe('Gebruik Ctrl + scrollen om in of uit te zoomen');
    // The canvas gets no tooltip it did not have.
    expect(container.querySelector('.maplibregl-canvas')!.hasAttribute('title')).toBe(false);
  });

  it('goes back to English', () => {
    const { container, map } = fakeMap();
    relabelMapUi(map as never, 'nl');
    relabelMapUi(map as never, 'en');
    expect(container.querySelector('.maplibregl-ctrl-zoom-in')!.getAttribute('aria-label')).toBe('Zoom in');
    expect(container.querySelector('.maplibregl-canvas')!.getAttribute('aria-label')).toBe('Map');
  });
});
