// Site outlines: a light fill and a border in the site kind's colour.
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';

export const OUTLINES_SOURCE = 'outlines';
export const OUTLINE_FILL_LAYER = 'outlines-fill';
export const OUTLINE_LINE_LAYER = 'outlines-line';

const outlineColor: ExpressionSpecification = ['match', ['get', 'kind'], 'quay', '#0b5fa5', '#b3261e'];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];

export const outlineFillLayer: FillLayerSpecification = {
  id: OUTLINE_FILL_LAYER,
  type: 'fill',
  source: OUTLINES_SOURCE,
  paint: {
    'fill-color': outlineColor,
    'fill-opacity': ['case', selected, 0.22, 0.1],
    // The border is the line layer below; no antialiased fill edge (one shader program fewer to compile).
    'fill-antialias': false,
  },
};

export const outlineLineLayer: LineLayerSpecification = {
  id: OUTLINE_LINE_LAYER,
  type: 'line',
  source: OUTLINES_SOURCE,
  paint: {
    'line-color': outlineColor,
    'line-width': ['case', selected, 2.5, 1.5],
    // Written as an expression, like the links' dashes, so both layers share one compiled shader program
    // (in software WebGL each program takes a tenth of a second to compile before the first idle).
    'line-dasharray': ['match', ['get', 'kind'], 'quay', ['literal', [2, 1]], ['literal', [2, 1]]],
    'line-opacity': 0.8,
  },
};

export const outlineLayers = [outlineFillLayer, outlineLineLayer] as const;
