import { describe, expect, it, vi } from 'vitest';
import { prefetch, tileUrls, TOUR_AREA } from '../../src/offline/prepare';
import { parseHash, serializeHash } from '../../src/state/urlCodec';
import { applyUrlState } from '../../src/state/urlSync';
import { storeForData } from '../../src/state/store';
import { applyStep, startTourSync } from '../../src/tour/applyStep';
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
    applyStep(store, xl);
    const s = store.getState();
    expect(s.selection).toEqual({ kind: 'site', id: 'xl-park-quay' });
    expect([...s.hiddenModes].sort()).toEqual([...xl.layers!.hiddenModes].sort());
    expect(s.view).toMatchObject({ center: xl.camera.center, zoom: xl.camera.zoom, origin: 'app' });
    applyStep(store, tour.steps.find((x) => x.id === 'programme')!);
    expect(store.getState().selection).toBeNull();
    expect(store.getState().panel).toBe('programme');
  });

  it('follows the tour position, and step links go through the URL', () => {
    const store = storeForData(data);
    const stop = startTourSync(store, data.tours);
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
