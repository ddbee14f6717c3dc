import { describe, expect, it } from 'vitest';
import { loadAtlas } from './fixtures';
import { regionView } from '../../src/state/regionViews';
import { createAtlasStore } from '../../src/state/store';

describe('region views', () => {
  const data = loadAtlas();

  it('fit the region’s top work locations as the data places them: Twente’s four, all nine for Overijssel', () => {
    const twente = regionView(data, 'twente').fits!;
    const overijssel = regionView(data, 'overijssel').fits!;
    const inside = (bounds: typeof twente.bounds, [lon, lat]: readonly number[]) => lon! >= bounds[0][0] && lon! <= bounds[1][0] && lat! >= bounds[0][1] && lat! <= bounds[1][1];
    const tops = data.sites.features.filter((f) => f.properties.kind === 'top-location');
    expect(tops.filter((f) => inside(twente.bounds, f.geometry.coordinates)).map((f) => f.properties.region)).toEqual(['twente', 'twente', 'twente', 'twente']);
    expect(tops.every((f) => inside(overijssel.bounds, f.geometry.coordinates))).toBe(true);
    // Tech Base Twente is the easternmost, the carpet cluster at Genemuiden the northernmost.
    expect(twente.bounds[1][0]).toBe(6.876);
    expect(overijssel.bounds[1][1]).toBe(52.623056);
  });

  it('zoom in no further than a desktop’s view of the region', () => {
    expect(regionView(data, 'twente').fits!.maxZoom).toBe(10.4);
    expect(regionView(data, 'overijssel').fits!.maxZoom).toBe(8.4);
  });

  it('name what they fit only when the app sets them: a view from the map or the URL is a place', () => {
    const store = createAtlasStore({ siteIds: [] });
    store.getState().setView(regionView(data, 'twente'), 'app');
    expect(store.getState().view.fits).toBeDefined();
    store.getState().setView(regionView(data, 'twente'), 'map');
    expect(store.getState().view.fits).toBeUndefined();
    store.getState().setView(regionView(data, 'twente'), 'url');
    expect(store.getState().view.fits).toBeUndefined();
  });
});
