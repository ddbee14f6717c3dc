// The planner overlay against a fake map: nothing is added to the map until the planner draws something
// (empty sources would slow the first idle), then its layers slot in where they belong.
import { describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { bindPlannerOverlay } from '../../src/map/plannerOverlay';
import { MEASURE_SOURCE, SCENARIO_SOURCE } from '../../src/map/layers/plannerLayers';
import { createAtlasStore } from '../../src/state/store';

class FakeMap {
  layers: string[] = ['outlines-fill', 'links-line', 'sites-halo', 'sites-label'];
  sources = new Map<string, { setData: ReturnType<typeof vi.fn> }>();
  canvas = { style: { cursor: '' } };
  getSource(id: string) {
    return this.sources.get(id);
  }
  addSource(id: string) {
    this.sources.set(id, { setData: vi.fn() });
  }
  addLayer(layer: { id: string }, before?: string) {
    const at = before ? this.layers.indexOf(before) : this.layers.length;
    this.layers.splice(at, 0, layer.id);
  }
  getCanvas() {
    return this.canvas;
  }
  once() {}
}

function setUp() {
  const map = new FakeMap();
  const store = createAtlasStore({ siteIds: [] });
  const stop = bindPlannerOverlay(map as unknown as MaplibreMap, store, 'sites-halo');
  return { map, store, stop };
}

describe('planner overlay', () => {
  it('adds nothing to the map while the planner has nothing to draw', () => {
    const { map, store, stop } = setUp();
    store.getState().startTool('measure');
    store.getState().clearScenario();
    expect(map.sources.size).toBe(0);
    expect(map.layers).toEqual(['outlines-fill', 'links-line', 'sites-halo', 'sites-label']);
    expect(map.canvas.style.cursor).toBe('crosshair');
    stop();
  });

  it('installs its layers on the first point: rings and scenario under the sites, the measurement on top', () => {
    const { map, store, stop } = setUp();
    store.getState().startTool('measure');
    store.getState().addToolPoint([6.85, 52.24]);
    expect([...map.sources.keys()].sort()).toEqual(['analysis', 'measure', 'scenario']);
    expect(map.layers.indexOf('analysis-fill')).toBeLessThan(map.layers.indexOf('sites-halo'));
    expect(map.layers.indexOf('scenario-sites')).toBeLessThan(map.layers.indexOf('sites-halo'));
    expect(map.layers.at(-1)).toBe('measure-points');
    const measure = map.sources.get(MEASURE_SOURCE)!.setData;
    expect(measure).toHaveBeenLastCalledWith(expect.objectContaining({ features: [expect.objectContaining({ geometry: { type: 'Point', coordinates: [6.85, 52.24] } })] }));

    // Installed once; later changes, an emptied measurement included, reach the same sources.
    store.getState().startTool(null);
    expect(measure).toHaveBeenLastCalledWith({ type: 'FeatureCollection', features: [] });
    expect(map.layers.filter((id) => id === 'measure-points')).toHaveLength(1);
    expect(map.sources.get(SCENARIO_SOURCE)!.setData).not.toHaveBeenCalled();
    stop();
  });
});
