// Binds the planner's store state to map sources: scenario features, the measurement in progress,
// analysis rings, and the towns inside a ring (read from the offline basemap when it is shown).
import type { GeoJSONSource, Map as MaplibreMap } from 'maplibre-gl';

import { haversineKm, ring } from '../analysis/geo';
import { scenarioToGeoJson } from '../analysis/scenario';
import type { AtlasState, AtlasStore } from '../state/store';
import { ANALYSIS_SOURCE, analysisLayers, MEASURE_SOURCE, measureLayers, SCENARIO_SOURCE, scenarioLayers } from './layers/plannerLayers';

const EMPTY: GeoJSON.FeatureCollection = { type: 'FeatureCollection', features: [] };

export function measureData(state: Pick<AtlasState, 'tool' | 'toolPoints'>): GeoJSON.FeatureCollection {
  if (state.tool !== 'measure' && state.tool !== 'draw-link') return EMPTY;
  const points = state.toolPoints;
  const features: GeoJSON.Feature[] = points.map((p) => ({ type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: p } }));
  if (points.length >= 2) features.push({ type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates: points } });
  if (state.tool === 'measure' && points.length >= 3) features.push({ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[...points, points[0]!]] } });
  return { type: 'FeatureCollection', features };
}

export function analysisData(state: Pick<AtlasState, 'overlay'>): GeoJSON.FeatureCollection {
  return { type: 'FeatureCollection', features: (state.overlay?.rings ?? []).map((r) => ({ ...ring(r.center, r.radiusKm), properties: { label: r.label } })) };
}

/** Adds the planner's (empty) sources and layers; analysis and scenario go below `beforeLayerId`. */
function installPlannerLayers(map: MaplibreMap, beforeLayerId: string): void {
  map.addSource(SCENARIO_SOURCE, { type: 'geojson', data: EMPTY });
  map.addSource(ANALYSIS_SOURCE, { type: 'geojson', data: EMPTY });
  map.addSource(MEASURE_SOURCE, { type: 'geojson', data: EMPTY });
  for (const layer of analysisLayers) map.addLayer(layer, beforeLayerId);
  for (const layer of scenarioLayers) map.addLayer(layer, beforeLayerId);
  for (const layer of measureLayers) map.addLayer(layer);
}

/**
 * Keeps the planner's sources in step with the store. They are installed only when something is first
 * drawn: three empty sources would each load tiles and delay the first idle (software WebGL, 2 cores).
 */
export function bindPlannerOverlay(map: MaplibreMap, store: AtlasStore, beforeLayerId: string): () => void {
  const setData = (source: string, data: GeoJSON.FeatureCollection) => {
    if (!map.getSource(SCENARIO_SOURCE)) {
      if (data.features.length === 0) return;
      installPlannerLayers(map, beforeLayerId);
    }
    map.getSource<GeoJSONSource>(source)?.setData(data);
  };
  const sync = (state: AtlasState, previous?: AtlasState) => {
    if (state.scenario !== previous?.scenario) setData(SCENARIO_SOURCE, scenarioToGeoJson(state.scenario));
    if (state.tool !== previous?.tool || state.toolPoints !== previous?.toolPoints) setData(MEASURE_SOURCE, measureData(state));
    if (state.overlay !== previous?.overlay) {
      setData(ANALYSIS_SOURCE, analysisData(state));
      if (state.overlay?.rings.length) map.once('idle', () => readTowns());
    }
    map.getCanvas().style.cursor = state.tool ? 'crosshair' : '';
  };
  // Towns inside the first ring, from the offline basemap's place labels in the tiles now loaded.
  const readTowns = () => {
    const state = store.getState();
    const first = state.overlay?.rings[0];
    if (!first || state.activeBasemap !== 'offline' || !map.getSource('basemap:offline')) return;
    const inside = map
      .querySourceFeatures('basemap:offline', { sourceLayer: 'places' })
      .filter((f) => f.geometry.type === 'Point')
      .map((f) => ({ name: String(f.properties.name), population: Number(f.properties.population ?? 0), c: (f.geometry as GeoJSON.Point).coordinates }))
      .filter((t) => haversineKm(first.center[0], first.center[1], t.c[0]!, t.c[1]!) <= first.radiusKm);
    const names = [...new Map(inside.sort((a, b) => b.population - a.population).map((t) => [t.name, t.name])).keys()];
    store.getState().setOverlayTowns(names);
  };
  sync(store.getState());
  return store.subscribe((state, previous) => sync(state, previous));
}
