// Planner overlays as typed layers: the scenario (drawn distinctly), measurements, and analysis rings.
import type { CircleLayerSpecification, FillLayerSpecification, LineLayerSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT } from '../fonts';

export const SCENARIO_SOURCE = 'scenario';
export const MEASURE_SOURCE = 'measure';
export const ANALYSIS_SOURCE = 'analysis';
export const SCENARIO_COLOR = '#c2255c';

export const scenarioLayers: Array<LineLayerSpecification | CircleLayerSpecification | SymbolLayerSpecification> = [
  {
    id: 'scenario-links',
    type: 'line',
    source: SCENARIO_SOURCE,
    filter: ['==', ['geometry-type'], 'LineString'],
    paint: { 'line-color': SCENARIO_COLOR, 'line-width': 3, 'line-dasharray': [1, 1.5] },
  },
  {
    id: 'scenario-sites',
    type: 'circle',
    source: SCENARIO_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 8, 'circle-color': '#ffffff', 'circle-stroke-color': SCENARIO_COLOR, 'circle-stroke-width': 3 },
  },
  {
    id: 'scenario-labels',
    type: 'symbol',
    source: SCENARIO_SOURCE,
    layout: { 'text-field': ['get', 'name'], 'text-font': [LABEL_FONT], 'text-size': 12, 'text-offset': [0, 1.3], 'text-anchor': 'top', 'symbol-placement': 'point' },
    paint: { 'text-color': SCENARIO_COLOR, 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  },
];

export const analysisLayers: Array<FillLayerSpecification | LineLayerSpecification> = [
  { id: 'analysis-fill', type: 'fill', source: ANALYSIS_SOURCE, paint: { 'fill-color': '#1c7ed6', 'fill-opacity': 0.06 } },
  { id: 'analysis-line', type: 'line', source: ANALYSIS_SOURCE, paint: { 'line-color': '#1c7ed6', 'line-width': 2, 'line-dasharray': [4, 2] } },
];

export const measureLayers: Array<FillLayerSpecification | LineLayerSpecification | CircleLayerSpecification> = [
  { id: 'measure-fill', type: 'fill', source: MEASURE_SOURCE, filter: ['==', ['geometry-type'], 'Polygon'], paint: { 'fill-color': '#f08c00', 'fill-opacity': 0.12 } },
  { id: 'measure-line', type: 'line', source: MEASURE_SOURCE, filter: ['==', ['geometry-type'], 'LineString'], paint: { 'line-color': '#e8590c', 'line-width': 2.5 } },
  {
    id: 'measure-points',
    type: 'circle',
    source: MEASURE_SOURCE,
    filter: ['==', ['geometry-type'], 'Point'],
    paint: { 'circle-radius': 4.5, 'circle-color': '#ffffff', 'circle-stroke-color': '#e8590c', 'circle-stroke-width': 2 },
  },
];
