import { describe, expect, it, vi } from 'vitest';
import { prefetch, tileUrls, TOUR_AREA } from '../../src/offline/prepare';
import { parseHash, serializeHash } from '../../src/state/urlCodec';
import { applyUrlState } from '../../src/state/urlSync';
import { storeForData } from '../../src/state/store';
import { stepView } from '../../src/tour/applyStep';
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

describe('a step’s camera', () => {
  const step = (id: string) => tour.steps.find((s) => s.id === id)!;
  const sitesOf = (ids: readonly string[]) => ids.map((id) => data.sites.features.find((f) => f.properties.id === id)!.geometry.coordinates);
  const inside = (bounds: [[number, number], [number, number]], [lon, lat]: readonly number[]) =>
    lon! >= bounds[0][0] - 1e-9 && lon! <= bounds[1][0] + 1e-9 && lat! >= bounds[0][1] - 1e-9 && lat! <= bounds[1][1] + 1e-9;

  it('fits the sites the step shows around its centre as written, no further in than its zoom', () => {
    const region = step('region');
    const view = stepView(region, data);
    expect(view.center).toEqual(region.camera.center);
    expect(view.fits!.maxZoom).toBe(region.camera.zoom);
    expect(sitesOf(region.camera.shows!).every((p) => inside(view.fits!.bounds, p))).toBe(true);
  });

  it('keeps a project’s sites in view: the five creative breeding grounds', () => {
    const grounds = data.sites.features.filter((f) => f.properties.kind === 'creative-breeding-ground').map((f) => f.geometry.coordinates);
    expect(grounds).toHaveLength(5);
    const view = stepView(step('creative'), data);
    expect(grounds.every((p) => inside(view.fits!.bounds, p))).toBe(true);
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

  it('a step sets selection, layers, panel and view in one change of the store', () => {
    const store = storeForData(data);
    const xl = tour.steps.findIndex((s) => s.id === 'xl-park');
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().startTour('twente', xl);
    expect(listener).toHaveBeenCalledTimes(1);
    const s = store.getState();
    expect(s.selection).toEqual({ kind: 'site', id: 'xl-park-quay' });
    expect([...s.hiddenModes].sort()).toEqual([...tour.steps[xl]!.layers!.hiddenModes].sort());
    expect(s.view).toMatchObject({ center: tour.steps[xl]!.camera.center, origin: 'app' });
    store.getState().goToStep(tour.steps.findIndex((x) => x.id === 'programme'));
    expect(store.getState().selection).toBeNull();
    expect(store.getState().panel).toBe('programme');
  });

  it('step links go through the URL', () => {
    const store = storeForData(data);
    applyUrlState(store, parseHash('#tour=twente&step=2'));
    expect(store.getState().tour).toEqual({ id: 'twente', step: 1 });
    expect(store.getState().selection).toEqual(tour.steps[1]!.select);
    expect(serializeHash({ tour: { id: 'twente', step: 4 } })).toBe('#tour=twente&step=5');
    expect(parseHash('#tour=twente&step=0').tour).toEqual({ id: 'twente', step: 0 });
    expect(parseHash('#tour=twente&step=2.5').tour).toEqual({ id: 'twente', step: 0 });
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
