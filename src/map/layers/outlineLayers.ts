// Site outlines: a light fill and a solid border in the site kind's colour; an approximate position's ring of
// uncertainty is a dashed border without fill, so it never passes for a surveyed outline.
import type { ExpressionSpecification, FillLayerSpecification, LineLayerSpecification } from 'maplibre-gl';

export const OUTLINES_SOURCE = 'outlines';
export const OUTLINE_FILL_LAYER = 'outlines-fill';
export const OUTLINE_LINE_LAYER = 'outlines-line';

const outlineColor: ExpressionSpecification = ['match', ['get', 'kind'], 'quay', '#0b5fa5', '#b3261e'];
const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const approximate: ExpressionSpecification = ['boolean', ['get', 'approximate'], false];

export const outlineFillLayer: FillLayerSpecification = {
  id: OUTLINE_FILL_LAYER,
  type: 'fill',
  source: OUTLINES_SOURCE,
  paint: {
    'fill-color': outlineColor,
    'fill-opacity': ['case', approximate, ['case', selected, 0.06, 0], selected, 0.22, 0.1],
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
    'line-width': ['case', selected, 2.5, approximate, 1, 1.5],
    'line-dasharray': ['case', approximate, ['literal', [3, 2]], ['literal', [1, 0]]],
    'line-opacity': ['case', approximate, 0.55, 0.8],
  },
};

export const outlineLayers = [outlineFillLayer, outlineLineLayer] as const;
