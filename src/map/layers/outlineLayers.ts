// Site outlines: a light fill and a border in the site kind's colour.
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';

export const OUTLINES_SOURCE = 'outlines';
export const OUTLINE_FILL_LAYER = 'outlines-fill';
export const OUTLINE_LINE_LAYER = 'outlines-line';

const outlineColor: ExpressionSpecification = ['match', ['get', 'kind'], 'quay', '#0b5fa5', '#b3261e'];

export const outlineFillLayer: FillLayerSpecification = {
  id: OUTLINE_FILL_LAYER,
  type: 'fill',
  source: OUTLINES_SOURCE,
  paint: {
    'fill-color': outlineColor,
    'fill-opacity': ['case', ['boolean', ['feature-state', 'selected'], false], 0.22, 0.1],
  },
};

export const outlineLineLayer: LineLayerSpecification = {
  id: OUTLINE_LINE_LAYER,
  type: 'line',
  source: OUTLINES_SOURCE,
  paint: {
    'line-color': outlineColor,
    'line-width': 1.5,
    'line-dasharray': [2, 1],
    'line-opacity': 0.8,
  },
};

export const outlineLayers = [outlineFillLayer, outlineLineLayer] as const;
