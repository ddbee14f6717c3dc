// @vitest-environment jsdom
// The map's view against a fake map: what covers the map is its padding; an app focus is shown in the part
// left free and again when that part changes, until a gesture or a click on the map; otherwise a change of
// padding leaves what is on screen where it is.
import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { bindViewFraming, FIT_MARGIN } from '../../src/map/viewFraming';
import { fittedView } from '../../src/state/regionViews';
import { createAtlasStore, type AtlasStore } from '../../src/state/store';
import type { FittedView, MapRoom } from '../../src/state/viewSlice';

type Listener = (event: { originalEvent?: unknown }) => void;
type Padding = { top: number; right: number; bottom: number; left: number };
type Move = { kind: 'jumpTo' | 'flyTo'; center: unknown; zoom?: number; padding?: Padding };

class FakeMap {
  listeners = new Map<string, Set<Listener>>();
  moves: Move[] = [];
  fits: Array<{ bounds: unknown; padding: Padding; maxZoom: number }> = [];
  moving = false;
  on(type: string, listener: Listener) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  off(type: string, listener: Listener) {
    this.listeners.get(type)?.delete(listener);
  }
  fire(type: string, event: { originalEvent?: unknown } = {}) {
    for (const listener of [...(this.listeners.get(type) ?? [])]) listener(event);
  }
  jumpTo(options: Omit<Move, 'kind'>) {
    this.moves.push({ kind: 'jumpTo', ...options });
  }
  flyTo(options: Omit<Move, 'kind'>) {
    this.moves.push({ kind: 'flyTo', ...options });
  }
  cameraForBounds(bounds: unknown, options: { padding: Padding; maxZoom: number }) {
    this.fits.push({ bounds, padding: options.padding, maxZoom: options.maxZoom });
    return { center: [6.7, 52.3], zoom: 10 };
  }
  /** The screen point as a stand-in position, so a test can see which point was kept. */
  unproject([x, y]: [number, number]) {
    return { x, y };
  }
  isMoving() {
    return this.moving;
  }
  getCenter() {
    return { lng: 6.8, lat: 52.3 };
  }
  getZoom() {
    return 10;
  }
  last() {
    return this.moves.at(-1);
  }
}

const twente = fittedView({
  bounds: [
    [6.64, 52.24],
    [6.88, 52.32],
  ],
  maxZoom: 10.4,
});
const ROOM: MapRoom = { width: 1280, height: 800, right: 0, bottom: 0, topRight: 0 };
const NO_PADDING: Padding = { top: 0, left: 0, right: 0, bottom: 0 };

function setUp(initialView: FittedView = twente, store: AtlasStore = createAtlasStore({ siteIds: ['kennispark'], initialView })) {
  store.getState().setMapRoom(ROOM);
  const map = new FakeMap();
  const stop = bindViewFraming(map as unknown as MaplibreMap, store);
  return { map, store, stop };
}

const panelOpens = (store: AtlasStore, right = 400) => store.getState().setMapRoom({ ...ROOM, right, topRight: right });

describe('view framing', () => {
  it('fits the opening region with room around it for labels, as far in as its zoom allows', () => {
    const { map } = setUp();
    expect(map.fits).toEqual([{ bounds: twente.fits!.bounds, padding: { top: FIT_MARGIN, left: FIT_MARGIN, right: FIT_MARGIN, bottom: FIT_MARGIN }, maxZoom: 10.4 }]);
    expect(map.moves).toEqual([{ kind: 'jumpTo', center: [6.7, 52.3], zoom: 10, padding: NO_PADDING }]);
  });

  it('fits a region again beside a panel that opens over it, with the panel as the map’s padding', () => {
    const { map, store } = setUp();
    panelOpens(store);
    expect(map.fits.at(-1)!.padding).toEqual({ top: FIT_MARGIN, left: FIT_MARGIN, right: 400 + FIT_MARGIN, bottom: FIT_MARGIN });
    expect(map.last()).toMatchObject({ kind: 'flyTo', padding: { ...NO_PADDING, right: 400 } });
  });

  it('after a gesture, takes a panel’s padding with the point in the middle of the free part kept where it is', () => {
    const { map, store } = setUp();
    map.fire('movestart', { originalEvent: new MouseEvent('mousedown') });
    panelOpens(store);
    expect(map.last()).toEqual({ kind: 'jumpTo', center: { x: 440, y: 400 }, padding: { ...NO_PADDING, right: 400 } });
  });

  it('a click on the map ends the app’s focus too: the panel it opens moves nothing', () => {
    const { map, store } = setUp();
    map.fire('click');
    store.getState().setMapRoom({ ...ROOM, bottom: 360 });
    expect(map.last()).toEqual({ kind: 'jumpTo', center: { x: 640, y: 220 }, padding: { ...NO_PADDING, bottom: 360 } });
  });

  it('flies to a place the app picks, beside what covers the map', () => {
    const { map, store } = setUp();
    panelOpens(store);
    store.getState().setView({ center: [6.85, 52.24], zoom: 12.5 }, 'app');
    expect(map.last()).toEqual({ kind: 'flyTo', center: [6.85, 52.24], zoom: 12.5, padding: { ...NO_PADDING, right: 400 }, duration: 900, essential: false });
  });

  it('jumps to a view from the URL, and never applies the map’s own moves back', () => {
    const { map, store } = setUp();
    store.getState().setView({ center: [6.5, 52.4], zoom: 9 }, 'url');
    expect(map.last()).toEqual({ kind: 'jumpTo', center: [6.5, 52.4], zoom: 9 });
    const before = map.moves.length;
    map.fire('moveend');
    expect(store.getState().view).toMatchObject({ center: [6.8, 52.3], zoom: 10, origin: 'map' });
    expect(map.moves).toHaveLength(before);
  });

  it('keeps a focus in place at once when only the map’s size changes, and re-aims it mid-flight', () => {
    const { map, store } = setUp();
    store.getState().setMapRoom({ ...ROOM, width: 900 });
    expect(map.last()!.kind).toBe('jumpTo');
    map.moving = true;
    store.getState().setMapRoom({ ...ROOM, width: 800 });
    expect(map.last()!.kind).toBe('flyTo');
  });

  it('stops following the store once unbound', () => {
    const { map, store, stop } = setUp();
    stop();
    const before = map.moves.length;
    store.getState().setView({ center: [6.5, 52.4], zoom: 9 }, 'app');
    panelOpens(store);
    expect(map.moves).toHaveLength(before);
  });
});
