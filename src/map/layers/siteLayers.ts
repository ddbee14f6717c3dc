// Layer specs for the sites, as typed data. Hover and selection come from feature-state, not from React.
import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT_BOLD } from '../fonts';

export const SITES_SOURCE = 'sites';
export const SITE_CIRCLE_LAYER = 'sites-circle';
export const SITE_LABEL_LAYER = 'sites-label';

export const SITE_KIND_COLORS = {
  'top-location': '#b3261e',
  'creative-breeding-ground': '#7b3fa0',
  quay: '#0b5fa5',
  facility: '#4d6b2f',
} as const;

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

export const siteCircleLayer: CircleLayerSpecification = {
  id: SITE_CIRCLE_LAYER,
  type: 'circle',
  source: SITES_SOURCE,
  paint: {
    'circle-color': [
      'match', ['get', 'kind'],
      'top-location', SITE_KIND_COLORS['top-location'],
      'creative-breeding-ground', SITE_KIND_COLORS['creative-breeding-ground'],
      'quay', SITE_KIND_COLORS.quay,
      SITE_KIND_COLORS.facility,
    ],
    'circle-radius': ['case', selected, 13, hovered, 11, ['match', ['get', 'kind'], 'top-location', 9, 'facility', 5, 7]],
    'circle-stroke-color': ['case', selected, '#111111', '#ffffff'],
    'circle-stroke-width': ['case', selected, 4, hovered, 3, 2],
  },
};

export const siteLabelLayer: SymbolLayerSpecification = {
  id: SITE_LABEL_LAYER,
  type: 'symbol',
  source: SITES_SOURCE,
  layout: {
    // Top locations always; the quay and breeding grounds from z10.5; facilities from z12.5.
    'text-field': [
      'step', ['zoom'],
      ['case', ['==', ['get', 'rank'], 0], ['get', 'label'], ''],
      10.5, ['case', ['<=', ['get', 'rank'], 2], ['get', 'label'], ''],
      12.5, ['get', 'label'],
    ],
    'symbol-sort-key': ['get', 'rank'],
    'text-font': [LABEL_FONT_BOLD],
    'text-size': 13,
    'text-anchor': 'top',
    'text-offset': [0, 1.1],
    'text-max-width': 9,
  },
  paint: {
    'text-color': '#1d1d1d',
    'text-halo-color': '#ffffff',
    'text-halo-width': 1.6,
  },
};

// Top locations drawn last so they sit on top of their facilities.
siteCircleLayer.layout = { 'circle-sort-key': ['-', 9, ['get', 'rank']] };

export const siteLayers = [siteCircleLayer, siteLabelLayer] as const;
