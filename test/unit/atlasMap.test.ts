// @vitest-environment jsdom
// The map owner against a fake MapLibre: when and where the map is made, and in which language.
import { afterEach, describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => ({
  maps: [] as Array<{
    container: HTMLElement;
    parentAtStart: Element | null;
    locale?: Record<string, string>;
    attributionControl?: unknown;
    resize: ReturnType<typeof vi.fn>;
    fire: (type: string) => void;
  }>,
}));

vi.mock('../../src/map/maplibre', () => {
  class FakeMap {
    private listeners = new Map<string, Array<() => void>>();
    readonly resize = vi.fn(() => this.fire('resize'));
    constructor(options: { container: HTMLElement; locale?: Record<string, string>; attributionControl?: unknown }) {
      made.maps.push({
        container: options.container,
        parentAtStart: options.container.parentElement,
        locale: options.locale,
        attributionControl: options.attributionControl,
        resize: this.resize,
        fire: (type) => this.fire(type),
      });
    }
    on(type: string, listener: () => void) {
      this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
      return this;
    }
    once(type: string, listener: () => void) {
      return this.on(type, listener);
    }
    fire(type: string) {
      for (const listener of this.listeners.get(type) ?? []) listener();
    }
    addControl() {
      return this;
    }
    remove() {}
  }
  class Control {}
  return { maplibregl: { Map: FakeMap, NavigationControl: Control, ScaleControl: Control } };
});

const { createAtlasMap } = await import('../../src/map/atlasMap');
const { createAtlasStore } = await import('../../src/state/store');
const store = (lang: 'en' | 'nl' = 'en') => createAtlasStore({ siteIds: [], initialView: { center: [6.79, 52.29], zoom: 10 }, initialLang: lang });

afterEach(() => {
  made.maps.length = 0;
  document.body.replaceChildren();
});

describe('createAtlasMap', () => {
  it('makes the map only when it is first put on the page, inside the container it is shown in', () => {
    const handle = createAtlasMap(store(), {} as never);
    expect(made.maps).toHaveLength(0);
    const container = document.createElement('div');
    document.body.append(container);
    handle.mount(container);
    expect(made.maps).toHaveLength(1);
    expect(made.maps[0]!.parentAtStart).toBe(container);
  });

  it('is put back, not made again, when it is mounted a second time', () => {
    const handle = createAtlasMap(store(), {} as never);
    const container = document.createElement('div');
    const unmount = handle.mount(container);
    unmount();
    expect(container.childElementCount).toBe(0);
    handle.mount(container);
    expect(made.maps).toHaveLength(1);
    expect(container.childElementCount).toBe(1);
  });

  it('makes the map with its controls in the store’s language', () => {
    createAtlasMap(store('nl'), {} as never).mount(document.createElement('div'));
    createAtlasMap(store(), {} as never).mount(document.createElement('div'));
    expect(made.maps[0]!.locale?.['NavigationControl.ZoomIn']).toBe('Inzoomen');
    expect(made.maps[0]!.locale?.['Map.Title']).toBe('Kaart');
    expect(made.maps[1]!.locale?.['NavigationControl.ZoomIn']).toBe('Zoom in');
    // The attribution folds behind a button on a narrow map only (MapLibre's default folds it on every map).
    expect(made.maps[0]!.attributionControl).toEqual({});
  });

  it('leaves the store and map off window unless the build is made for tests', () => {
    vi.stubEnv('VITE_TEST_HOOKS', '');
    createAtlasMap(store(), {} as never).mount(document.createElement('div'));
    expect(window.__atlas).toBeUndefined();
    vi.stubEnv('VITE_TEST_HOOKS', '1');
    createAtlasMap(store(), {} as never).mount(document.createElement('div'));
    expect(window.__atlas).toBeDefined();
    vi.unstubAllEnvs();
    delete window.__atlas;
  });
});
