// The map's view against a fake map: an app focus is centred beside the panel and above the tour's card, and
// kept there when they change, until a gesture moves the map; a selection never moves a region's fit.
import { describe, expect, it } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { bindViewFraming } from '../../src/map/viewFraming';
import { regionViewFor, TWENTE_REGION } from '../../src/state/regionViews';
import { createAtlasStore, type AtlasStore } from '../../src/state/store';

type Listener = (event: { originalEvent?: unknown }) => void;
type Move = { kind: 'jumpTo' | 'easeTo' | 'flyTo'; center: [number, number]; zoom: number; offset?: [number, number]; duration?: number };

class FakeMap {
  listeners = new Map<string, Set<Listener>>();
  moves: Move[] = [];
  moving = false;
  container = document.createElement('div');
  constructor(width: number, height: number) {
    Object.defineProperty(this.container, 'clientWidth', { value: width, configurable: true });
    Object.defineProperty(this.container, 'clientHeight', { value: height, configurable: true });
  }
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
  easeTo(options: Omit<Move, 'kind'>) {
    this.moves.push({ kind: 'easeTo', ...options });
  }
  flyTo(options: Omit<Move, 'kind'>) {
    this.moves.push({ kind: 'flyTo', ...options });
  }
  isMoving() {
    return this.moving;
  }
  getContainer() {
    return this.container;
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

const TOURS = new Map([['twente', 3]]);
const openingView = regionViewFor(TWENTE_REGION, { width: 1280, height: 800 });

function setUp(store: AtlasStore = createAtlasStore({ siteIds: ['kennispark', 'htsp'], initialView: openingView, initialMapArea: { width: 1280, height: 800 }, tours: TOURS })) {
  const map = new FakeMap(1280, 800);
  const stop = bindViewFraming(map as unknown as MaplibreMap, store);
  return { map, store, stop };
}

describe('view framing', () => {
  it('shows the opening view as it is when nothing covers the map', () => {
    const { map } = setUp();
    expect(map.moves).toEqual([{ kind: 'jumpTo', center: openingView.center, zoom: openingView.zoom }]);
  });

  it('fits the opening region beside a panel a link opens', () => {
    const store = createAtlasStore({ siteIds: [], initialView: openingView, initialMapArea: { width: 1280, height: 800 } });
    store.getState().openPanel('programme');
    const { map } = setUp(store);
    expect(map.moves).toHaveLength(1);
    expect(map.last()).toMatchObject({ kind: 'easeTo', duration: 0, offset: [-200, 0] });
  });

  it('fits a region again when an overview panel opens or closes over it, not when a gesture moved the map since', () => {
    const { map, store } = setUp();
    store.getState().openPanel('programme');
    expect(map.last()).toMatchObject({ kind: 'flyTo', center: TWENTE_REGION.center, offset: [-200, 0] });
    store.getState().openPanel(null);
    expect(map.last()).toMatchObject({ kind: 'flyTo', center: TWENTE_REGION.center, zoom: TWENTE_REGION.zoom, offset: [0, 0] });
    map.fire('movestart', { originalEvent: new MouseEvent('mousedown') });
    const before = map.moves.length;
    store.getState().openPanel('programme');
    expect(map.moves).toHaveLength(before);
  });

  it('never moves a region’s fit for a selection (a click on the map opens a panel without moving it)', () => {
    const { map, store } = setUp();
    store.getState().select({ kind: 'site', id: 'kennispark' });
    store.getState().clearSelection();
    expect(map.moves).toHaveLength(1);
  });

  it('shows a tour step above the card, and again when the card’s height changes: re-aimed mid-flight, a jump at rest', () => {
    const { map, store } = setUp();
    store.getState().setMapArea({ width: 1280, height: 800 });
    store.getState().startTour('twente');
    store.getState().setView({ center: [6.85, 52.24], zoom: 13 }, 'app');
    expect(map.last()).toMatchObject({ kind: 'flyTo', center: [6.85, 52.24], offset: [0, 0] });
    map.moving = true;
    store.getState().setTourCard(330);
    expect(map.last()).toMatchObject({ kind: 'flyTo', center: [6.85, 52.24], offset: [0, -165] });
    map.moving = false;
    store.getState().setTourCard(370);
    expect(map.last()).toMatchObject({ kind: 'easeTo', center: [6.85, 52.24], offset: [0, -185], duration: 0 });
    map.fire('movestart', { originalEvent: new MouseEvent('mousedown') });
    const before = map.moves.length;
    store.getState().setTourCard(300);
    expect(map.moves).toHaveLength(before);
  });

  it('re-aims a flight when the map’s size changes under it (a tour that starts full-window), fitted to the new room', () => {
    const { map, store } = setUp();
    store.getState().openPanel('programme');
    const before = map.moves.length;
    map.moving = true;
    Object.defineProperty(map.container, 'clientWidth', { value: 1600 });
    map.fire('resize');
    expect(store.getState().mapArea.width).toBe(1600);
    expect(map.moves).toHaveLength(before + 1);
    expect(map.last()).toMatchObject({ kind: 'flyTo', center: TWENTE_REGION.center, offset: [-200, 0] });
    map.moving = false;
    map.fire('resize');
    expect(map.moves).toHaveLength(before + 1);
  });

  it('frames the focus again, at once, when the layout changes under it (a phone turned), but not after a gesture', () => {
    const setSize = (map: FakeMap, width: number, height: number) => {
      Object.defineProperty(map.container, 'clientWidth', { value: width, configurable: true });
      Object.defineProperty(map.container, 'clientHeight', { value: height, configurable: true });
      map.fire('resize');
    };
    const { map, store } = setUp();
    setSize(map, 390, 762);
    store.getState().select({ kind: 'site', id: 'kennispark' });
    store.getState().setView({ center: [6.85, 52.24], zoom: 14 }, 'app');
    expect(map.last()).toMatchObject({ center: [6.85, 52.24], offset: [0, -172] });
    // Turned on its side: the panel now stands on the right, so the focus moves left of it.
    setSize(map, 844, 308);
    expect(map.last()).toMatchObject({ kind: 'easeTo', center: [6.85, 52.24], offset: [-200, 0], duration: 0 });
    // A resize within the same layout leaves a focus at rest where it is.
    const before = map.moves.length;
    setSize(map, 800, 308);
    expect(map.moves).toHaveLength(before);
    // After a gesture the reader's view is theirs.
    map.fire('movestart', { originalEvent: new MouseEvent('mousedown') });
    setSize(map, 390, 762);
    expect(map.moves).toHaveLength(before);
  });

  it('frames a link’s first view in the layout of the page as it is, not of the size the store started with', () => {
    // A 1024 px desktop: the map beside the sidebar is 752 px wide, narrower than the compact layout's limit, but
    // the page is wide, so the programme panel stands on the right (400 px), not in a column capped at 376.
    const store = createAtlasStore({ siteIds: [], initialView: openingView, initialMapArea: { width: 752, height: 700 } });
    store.getState().openPanel('programme');
    const map = new FakeMap(752, 700);
    const main = document.createElement('main');
    Object.defineProperty(main, 'clientWidth', { value: 1024 });
    main.append(map.container);
    bindViewFraming(map as unknown as MaplibreMap, store);
    expect(map.moves).toHaveLength(1);
    expect(map.last()).toMatchObject({ kind: 'easeTo', offset: [-200, 0] });
  });

  it('jumps to a view from the URL as it is, and forgets the focus', () => {
    const { map, store } = setUp();
    store.getState().setView({ center: [6.5, 52.5], zoom: 9 }, 'url');
    expect(map.last()).toEqual({ kind: 'jumpTo', center: [6.5, 52.5], zoom: 9 });
    store.getState().openPanel('programme');
    expect(map.last()).toEqual({ kind: 'jumpTo', center: [6.5, 52.5], zoom: 9 });
  });

  it('reports its moves to the store as the map’s, which it never applies back', () => {
    const { map, store, stop } = setUp();
    map.fire('moveend');
    expect(store.getState().view).toMatchObject({ center: [6.8, 52.3], zoom: 10, origin: 'map' });
    expect(map.moves).toHaveLength(1);
    stop();
    store.getState().setView({ center: [6.5, 52.5], zoom: 9 }, 'app');
    expect(map.moves).toHaveLength(1);
  });
});
