import { describe, expect, it, vi } from 'vitest';
import { prefetch, tileUrls, TOUR_AREA } from '../../src/offline/prepare';
import { parseHash, serializeHash } from '../../src/state/urlCodec';
import { applyUrlState } from '../../src/state/urlSync';
import { storeForData } from '../../src/state/store';
import { applyStep, startTourSync, stepRegion } from '../../src/tour/applyStep';
import { roomAround } from '../../src/state/focusSite';
import { regionViewFor } from '../../src/state/regionViews';
import { parseAtlasData } from '../../src/data/atlasData';
import { DataError } from '../../src/data/dataError';
import { copyJson, dataTexts, loadAtlas } from './fixtures';

const data = loadAtlas();
const tour = data.tours[0]!;

describe('tour data', () => {
  it('has the default tour with 8–10 steps, each with NL and EN captions and a source', () => {
    expect(tour.id).toBe('twente');
    expect(tour.steps.length).toBeGreaterThanOrEqual(8);
    expect(tour.steps.length).toBeLessThanOrEqual(10);
    for (const step of tour.steps) {
      expect(step.caption.nl.length).toBeGreaterThan(20);
      expect(step.caption.en.length).toBeGreaterThan(20);
    }
  });

  it('rejects a step that selects an unknown site, naming file, record and field', () => {
    const texts = dataTexts();
    const json = copyJson('data/tours.json');
    json.tours[0].steps[1].select.id = 'kenispark';
    texts['data/tours.json'] = JSON.stringify(json);
    expect(() => parseAtlasData(texts)).toThrow(DataError);
    try {
      parseAtlasData(texts);
    } catch (error) {
      expect((error as DataError).problems).toEqual(['data/tours.json: record "kennispark", field "select.id": expected an existing site id, got "kenispark"']);
    }
  });

  it('rejects a camera that shows an unknown site, naming file, record and field', () => {
    const texts = dataTexts();
    const json = copyJson('data/tours.json');
    json.tours[0].steps[0].camera.shows[0] = 'kenispark';
    texts['data/tours.json'] = JSON.stringify(json);
    try {
      parseAtlasData(texts);
      expect.unreachable('the data passed');
    } catch (error) {
      expect((error as DataError).problems).toEqual(['data/tours.json: record "region", field "camera.shows": expected an existing site id, got "kenispark"']);
    }
  });
});

describe('a step’s camera in the room the map has', () => {
  const step = (id: string) => tour.steps.find((s) => s.id === id)!;
  const sitesOf = (ids: readonly string[]) => ids.map((id) => data.sites.features.find((f) => f.properties.id === id)!.geometry.coordinates);

  it('is the camera as written where the map has the room (a desktop)', () => {
    for (const id of ['region', 'kennispark', 'programme']) {
      expect(regionViewFor(stepRegion(step(id), data), { width: 1280, height: 800 })).toMatchObject({ center: step(id).camera.center, zoom: step(id).camera.zoom });
    }
  });

  it('zooms out on a phone, above the card, until the sites the step shows fit, and no further', () => {
    const area = { width: 390, height: 424 };
    const region = step('region');
    const view = regionViewFor(stepRegion(region, data), area);
    expect(view.zoom).toBeLessThan(region.camera.zoom);
    const room = roomAround(view.center, view.zoom, sitesOf(region.camera.shows!));
    expect(room.width <= area.width && room.height <= area.height).toBe(true);
    expect(Math.max(room.width / area.width, room.height / area.height)).toBeGreaterThan(0.97);
  });

  it('keeps a project’s sites in view: the five creative breeding grounds', () => {
    const area = { width: 390, height: 424 };
    const creative = step('creative');
    const grounds = data.sites.features.filter((f) => f.properties.kind === 'creative-breeding-ground').map((f) => f.geometry.coordinates);
    expect(grounds).toHaveLength(5);
    const view = regionViewFor(stepRegion(creative, data), area);
    const room = roomAround(view.center, view.zoom, grounds);
    expect(room.width <= area.width && room.height <= area.height).toBe(true);
  });

  it('keeps a site’s close-up where the site is the camera’s centre', () => {
    expect(regionViewFor(stepRegion(step('kennispark'), data), { width: 390, height: 424 }).zoom).toBe(13);
  });
});

describe('tour state', () => {
  it('moves within bounds and ends', () => {
    const store = storeForData(data);
    expect(store.getState().startTour('nope')).toBe(false);
    store.getState().startTour('twente');
    store.getState().previousStep();
    expect(store.getState().tour).toEqual({ id: 'twente', step: 0 });
    store.getState().goToStep(99);
    expect(store.getState().tour!.step).toBe(tour.steps.length - 1);
    store.getState().nextStep();
    expect(store.getState().tour!.step).toBe(tour.steps.length - 1);
    store.getState().endTour();
    expect(store.getState().tour).toBeNull();
  });

  it('a step sets selection, layers, panel and view', () => {
    const store = storeForData(data);
    const xl = tour.steps.find((s) => s.id === 'xl-park')!;
    applyStep(store, xl, data);
    const s = store.getState();
    expect(s.selection).toEqual({ kind: 'site', id: 'xl-park-quay' });
    expect([...s.hiddenModes].sort()).toEqual([...xl.layers!.hiddenModes].sort());
    expect(s.view).toMatchObject({ center: xl.camera.center, zoom: xl.camera.zoom, origin: 'app' });
    applyStep(store, tour.steps.find((x) => x.id === 'programme')!, data);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().panel).toBe('programme');
  });

  it('follows the tour position, and step links go through the URL', () => {
    const store = storeForData(data);
    const stop = startTourSync(store, data);
    applyUrlState(store, parseHash('#tour=twente&step=2'));
    expect(store.getState().tour).toEqual({ id: 'twente', step: 1 });
    expect(store.getState().selection).toEqual(tour.steps[1]!.select);
    expect(serializeHash({ tour: { id: 'twente', step: 4 } })).toBe('#tour=twente&step=5');
    expect(parseHash('#tour=twente&step=0').tour).toEqual({ id: 'twente', step: 0 });
    expect(parseHash('#tour=twente&step=2.5').tour).toEqual({ id: 'twente', step: 0 });
    stop();
  });
});

describe('offline preparation', () => {
  it('lists the tiles of an area per zoom', () => {
    const urls = tileUrls('https://t/{z}/{x}/{y}.png', TOUR_AREA, [8]);
    // z8: x = (lon + 180) / 360 × 256 → 6.45 gives 132.6, 7.05 gives 133.0; lat 52.42–52.15 → y 84
    expect(urls).toEqual(['https://t/8/132/84.png', 'https://t/8/133/84.png']);
    expect(tileUrls('https://t/{z}/{x}/{y}.png', TOUR_AREA, [12]).length).toBeGreaterThan(20);
  });

  it('fetches them all, counting failures, with progress', async () => {
    const fetcher = vi.fn(async (url: string) => (url.endsWith('bad') ? new Response('', { status: 404 }) : new Response('ok')));
    const seen: number[] = [];
    const result = await prefetch(['a', 'b', 'bad', 'c'], (p) => seen.push(p.done), fetcher as unknown as typeof fetch, 2);
    expect(result).toEqual({ done: 4, total: 4, failed: 1 });
    expect(seen.sort()).toEqual([1, 2, 3, 4]);
  });
});
