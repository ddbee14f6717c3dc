import { describe, expect, it } from 'vitest';
import { loadAtlas } from './fixtures';
import { OVERIJSSEL_REGION, regionViewFor, TWENTE_REGION } from '../../src/state/regionViews';
import { createAtlasStore } from '../../src/state/store';
import { TWENTE_VIEW } from '../../src/state/viewSlice';

describe('region views', () => {
  it('keep their view where the map area has the room they need (a desktop)', () => {
    expect(regionViewFor(TWENTE_REGION, { width: 1008, height: 751 })).toEqual({ ...TWENTE_VIEW, fits: TWENTE_REGION });
    expect(regionViewFor(OVERIJSSEL_REGION, { width: 1008, height: 751 })).toEqual({ center: [6.42, 52.44], zoom: 8.4, fits: OVERIJSSEL_REGION });
  });

  it('name the region they fit, so it can be fitted again when the room changes; a view from the map or the URL names none', () => {
    const store = createAtlasStore({ siteIds: [] });
    store.getState().setView(regionViewFor(TWENTE_REGION, { width: 1008, height: 751 }), 'app');
    expect(store.getState().view.fits).toBe(TWENTE_REGION);
    store.getState().setView(regionViewFor(TWENTE_REGION, { width: 1008, height: 751 }), 'map');
    expect(store.getState().view.fits).toBeUndefined();
    store.getState().setView(regionViewFor(TWENTE_REGION, { width: 1008, height: 751 }), 'url');
    expect(store.getState().view.fits).toBeUndefined();
  });

  it('never zoom in on a larger area', () => {
    expect(regionViewFor(TWENTE_REGION, { width: 3000, height: 2000 }).zoom).toBe(TWENTE_VIEW.zoom);
  });

  it('zoom out by the share of the room missing, on the tighter side (a phone is too narrow)', () => {
    // 390 of the 620 px Twente needs: log2(390 / 620) = -0.669 zoom levels (10.4 → 9.731 → 9.73).
    expect(regionViewFor(TWENTE_REGION, { width: 390, height: 762 })).toEqual({ center: TWENTE_VIEW.center, zoom: 9.73, fits: TWENTE_REGION });
    // A short, wide window: the height is the tighter side (230 of 460 px: one zoom level out).
    expect(regionViewFor(TWENTE_REGION, { width: 1200, height: 230 }).zoom).toBe(9.4);
  });

  it('the Twente view needs room for the four top locations as the data places them, and their labels', () => {
    // MapLibre's world is 512 px wide at zoom 0.
    const x = (lon: number) => ((lon + 180) / 360) * 512 * 2 ** TWENTE_REGION.zoom;
    const data = loadAtlas();
    const lons = data.sites.features.filter((f) => f.properties.kind === 'top-location' && f.properties.region === 'twente').map((f) => f.geometry.coordinates[0]!);
    const centre = x(TWENTE_REGION.center[0]);
    const reach = Math.max(...lons.map((lon) => Math.abs(x(lon) - centre)));
    // A label reaches about 60 px beyond its site.
    expect(2 * (reach + 60)).toBeLessThanOrEqual(TWENTE_REGION.needs.width);
  });

  it('leave the view as set when the area has no size yet (no page frame, a hidden map)', () => {
    expect(regionViewFor(TWENTE_REGION, { width: 0, height: 0 })).toEqual({ ...TWENTE_VIEW, fits: TWENTE_REGION });
  });
});
