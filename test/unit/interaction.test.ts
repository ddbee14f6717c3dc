// @vitest-environment jsdom
// Pointer interaction against a fake map: a click where the hover last asked reuses the hover's answer
// (one hit test, not two), and never an answer the map, its data or the store has since changed; a clicked
// site the opening panel would cover slides out beside it, and nothing else moves the map.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { bindPointer } from '../../src/map/interaction';
import { LINK_HIT_LAYER } from '../../src/map/layers/linkLayers';
import { SITE_HALO_LAYER } from '../../src/map/layers/siteLayers';
import { createAtlasStore } from '../../src/state/store';

type Listener = (event: unknown) => void;

class FakeMap {
  listeners = new Map<string, Set<Listener>>();
  /** The site the map reports under any point. */
  siteUnderPointer = 'kennispark';
  queryRenderedFeatures = vi.fn(() => [{ layer: { id: SITE_HALO_LAYER }, properties: { id: this.siteUnderPointer, rank: 1 } }]);
  canvas = { style: { cursor: '' } };
  /** Where the clicked place is on screen when the slide is worked out. */
  projected = { x: 10, y: 20 };
  project = vi.fn(() => this.projected);
  panBy = vi.fn();
  on(type: string, listener: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  off(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string, event: unknown = {}) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }
  getLayer(id: string) {
    return id === SITE_HALO_LAYER || id === LINK_HIT_LAYER ? { id } : undefined;
  }
  getSource() {
    return {};
  }
  setFeatureState() {}
  getCanvas() {
    return this.canvas;
  }
}

function setUp() {
  const map = new FakeMap();
  const store = createAtlasStore({ siteIds: ['kennispark', 'htsp'] });
  const stop = bindPointer(map as unknown as MaplibreMap, store);
  const pointer = (type: 'mousemove' | 'click', x = 10, y = 20) => map.fire(type, { point: { x, y }, lngLat: { lng: 6.85, lat: 52.24 }, originalEvent: { type } });
  return { map, store, stop, pointer };
}

describe('pointer interaction', () => {
  it('a click selects what is under the pointer now', () => {
    const { map, store, pointer } = setUp();
    pointer('mousemove');
    map.siteUnderPointer = 'htsp';
    pointer('click');
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'htsp' });
  });

  it('after the store changes (a selection enlarges circles) the click asks again', () => {
    const { map, store, pointer } = setUp();
    pointer('mousemove');
    map.siteUnderPointer = 'htsp';
    store.getState().select({ kind: 'site', id: 'kennispark' });
    pointer('click');
    expect(store.getState().selection).toEqual({ kind: 'site', id: 'htsp' });
  });

  it('stops listening to the map when unbound', () => {
    const { map, stop } = setUp();
    stop();
    expect([...map.listeners.values()].every((set) => set.size === 0)).toBe(true);
  });
});

describe('a click on what the opening panel covers', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  // The bench's desktop: a 1008 × 751 map beside the sidebar, a 400 px panel over its right side.
  function clickAt(x: number, y: number, { clear = false } = {}) {
    vi.useFakeTimers();
    vi.stubGlobal('requestAnimationFrame', (callback: () => void) => setTimeout(callback, 16));
    vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) => clearTimeout(frame));
    const { map, store, pointer, stop } = setUp();
    store.getState().setMapRoom({ width: 1008, height: 751, right: 400, bottom: 0, topRight: 400 });
    if (clear) map.queryRenderedFeatures.mockReturnValue([]);
    map.projected = { x, y };
    pointer('click', x, y);
    return { map, store, stop };
  }

  it('slides the clicked site out beside the panel, after the panel’s first paint, as the click’s own move', () => {
    const { map } = clickAt(900, 300);
    expect(map.panBy).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(map.panBy).toHaveBeenCalledTimes(1);
    const [offset, options, eventData] = map.panBy.mock.calls[0] as unknown as [[number, number], { duration: number }, { originalEvent: unknown }];
    expect(offset).toEqual([900 - (608 - 64), 0]);
    expect(options.duration).toBeGreaterThan(0);
    expect(eventData.originalEvent).toEqual({ type: 'click' });
  });

  it('leaves the map where it is for a site the panel does not cover, and for a click on empty map', () => {
    const free = clickAt(500, 300);
    vi.runAllTimers();
    expect(free.map.panBy).not.toHaveBeenCalled();
    const empty = clickAt(900, 300, { clear: true });
    vi.runAllTimers();
    expect(empty.store.getState().selection).toBeNull();
    expect(empty.map.panBy).not.toHaveBeenCalled();
  });

  it('does not slide for a selection that changed before the panel was painted, nor after unbinding', () => {
    const changed = clickAt(900, 300);
    changed.store.getState().select({ kind: 'site', id: 'htsp' });
    vi.runAllTimers();
    expect(changed.map.panBy).not.toHaveBeenCalled();
    const unbound = clickAt(900, 300);
    unbound.stop();
    vi.runAllTimers();
    expect(unbound.map.panBy).not.toHaveBeenCalled();
  });
});
