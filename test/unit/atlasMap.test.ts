// The map owner's start-up against a fake MapLibre: where the map is made, and when it is resized (a resize
// reallocates WebGL's drawing buffer, so one that changes nothing is a cost for nothing).
import { afterEach, describe, expect, it, vi } from 'vitest';

const made = vi.hoisted(() => ({ maps: [] as Array<{ container: HTMLElement; parentAtStart: Element | null; locale?: Record<string, string>; attributionControl?: unknown; resize: ReturnType<typeof vi.fn>; fire: (type: string) => void }> }));

vi.mock('../../src/map/maplibre', () => {
  class FakeMap {
    private listeners = new Map<string, Array<() => void>>();
    readonly resize = vi.fn(() => this.fire('resize'));
    constructor(options: { container: HTMLElement; locale?: Record<string, string>; attributionControl?: unknown }) {
      made.maps.push({ container: options.container, parentAtStart: options.container.parentElement, locale: options.locale, attributionControl: options.attributionControl, resize: this.resize, fire: (type) => this.fire(type) });
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

const { startAtlasMap } = await import('../../src/map/atlasMap');
const VIEW = { center: [6.79, 52.29] as [number, number], zoom: 10 };

/** jsdom lays nothing out: an element's size is what the test says. */
function setSize(element: HTMLElement, width: number, height: number) {
  Object.defineProperty(element, 'clientWidth', { configurable: true, value: width });
  Object.defineProperty(element, 'clientHeight', { configurable: true, value: height });
}

afterEach(() => {
  made.maps.length = 0;
  document.body.replaceChildren();
});

describe('startAtlasMap', () => {
  it('makes the map inside the slot it is given, so it is measured where it will be shown', () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const handle = startAtlasMap(VIEW, slot);
    expect(made.maps[0]!.parentAtStart).toBe(slot);
    expect(handle.element.parentElement).toBe(slot);
  });

  it('makes the map with its controls in the language it is given, English by default', () => {
    startAtlasMap(VIEW, null, 'nl');
    startAtlasMap(VIEW);
    expect(made.maps[0]!.locale?.['NavigationControl.ZoomIn']).toBe('Inzoomen');
    expect(made.maps[0]!.locale?.['Map.Title']).toBe('Kaart');
    expect(made.maps[1]!.locale?.['NavigationControl.ZoomIn']).toBe('Zoom in');
    // The attribution folds behind a button on a narrow map only (MapLibre's default folds it on every map).
    expect(made.maps[0]!.attributionControl).toEqual({});
  });

  it('leaves the store and map off window unless the build is made for tests', () => {
    vi.stubEnv('VITE_TEST_HOOKS', '');
    startAtlasMap(VIEW).attach({} as never, {} as never);
    expect(window.__atlas).toBeUndefined();
    vi.stubEnv('VITE_TEST_HOOKS', '1');
    startAtlasMap(VIEW).attach({} as never, {} as never);
    expect(window.__atlas).toBeDefined();
    vi.unstubAllEnvs();
    delete window.__atlas;
  });

  it('without a slot, makes the map in a detached element', () => {
    const handle = startAtlasMap(VIEW);
    expect(made.maps[0]!.parentAtStart).toBeNull();
    expect(handle.element.isConnected).toBe(false);
  });

  it('resizes after a move only when the element’s size changed', () => {
    const slot = document.createElement('div');
    document.body.append(slot);
    const element = document.createElement('div');
    setSize(element, 1008, 751);
    vi.spyOn(document, 'createElement').mockReturnValueOnce(element);
    const handle = startAtlasMap(VIEW, slot);
    vi.mocked(document.createElement).mockRestore();
    const { resize } = made.maps[0]!;

    // Moved into the interface's host at the same size: nothing to do.
    document.body.append(element);
    handle.resize();
    expect(resize).not.toHaveBeenCalled();

    // The host is smaller (a header that wrapped): fitted once, and not again while the size holds.
    setSize(element, 1008, 700);
    handle.resize();
    handle.resize();
    expect(resize).toHaveBeenCalledTimes(1);
  });

  it('counts MapLibre’s own re-measures (its resize observer) as fitted', () => {
    const element = document.createElement('div');
    setSize(element, 400, 300);
    vi.spyOn(document, 'createElement').mockReturnValueOnce(element);
    const handle = startAtlasMap(VIEW);
    vi.mocked(document.createElement).mockRestore();
    const map = made.maps[0]!;
    setSize(element, 800, 600);
    map.fire('resize');
    handle.resize();
    expect(map.resize).not.toHaveBeenCalled();
  });
});
