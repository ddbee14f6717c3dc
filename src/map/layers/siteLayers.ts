// Site layers as typed data: a halo for hover/selection (feature-state), the kind's symbol, and a label.
import type { CircleLayerSpecification, ExpressionSpecification, SymbolLayerSpecification } from 'maplibre-gl';
import { LABEL_FONT, LABEL_FONT_BOLD } from '../fonts';

export const SITES_SOURCE = 'sites';
/** The halo also answers clicks and hovers on sites. */
export const SITE_HALO_LAYER = 'sites-halo';
export const SITE_SYMBOL_LAYER = 'sites-symbol';
export const SITE_LABEL_LAYER = 'sites-label';

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];
const related: ExpressionSpecification = ['boolean', ['feature-state', 'related'], false];

export const siteHaloLayer: CircleLayerSpecification = {
  id: SITE_HALO_LAYER,
  type: 'circle',
  source: SITES_SOURCE,
  paint: {
    'circle-radius': ['case', selected, 17, related, 15, ['match', ['get', 'kind'], 'top-location', 13, 'facility', 10, 12]],
    'circle-color': ['case', selected, '#ffd54f', hovered, '#ffd54f', '#4dabf7'],
    'circle-opacity': ['case', selected, 0.55, hovered, 0.35, related, 0.45, 0],
    'circle-stroke-color': ['case', related, '#1864ab', '#111111'],
    'circle-stroke-width': ['case', selected, 2.5, hovered, 1.5, related, 2, 0],
  },
};

export const siteSymbolLayer: SymbolLayerSpecification = {
  id: SITE_SYMBOL_LAYER,
  type: 'symbol',
  source: SITES_SOURCE,
  layout: {
    'icon-image': ['concat', 'site-', ['get', 'kind']],
    // Every site shows, and the basemap's town names (placed after it, being lower) give way to it instead of
    // running under a marker; the sites' own names and the cities' are placed first, so they are not affected.
    'icon-allow-overlap': true,
    'icon-ignore-placement': false,
    // Smaller at the regional views, the top locations least: room for the cities' names around them.
    'icon-size': ['interpolate', ['linear'], ['zoom'], 8, ['match', ['get', 'kind'], 'top-location', 0.85, 0.55], 12.5, 1],
    'symbol-sort-key': ['-', 9, ['get', 'rank']],
  },
};

export const siteLabelLayer: SymbolLayerSpecification = {
  id: SITE_LABEL_LAYER,
  type: 'symbol',
  source: SITES_SOURCE,
  layout: {
    // Top locations always; the quay and breeding grounds from z10.5; facilities from z12.5.
    'text-field': ['step', ['zoom'], ['case', ['==', ['get', 'rank'], 0], ['get', 'label'], ''], 10.5, ['case', ['<=', ['get', 'rank'], 2], ['get', 'label'], ''], 12.5, ['get', 'label']],
    'text-font': ['case', ['==', ['get', 'rank'], 0], ['literal', [LABEL_FONT_BOLD]], ['literal', [LABEL_FONT]]],
    'text-size': ['case', ['==', ['get', 'rank'], 0], 13, 12],
    'symbol-sort-key': ['get', 'rank'],
    'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
    'text-radial-offset': 1.1,
    'text-justify': 'auto',
    'text-max-width': 9,
    'text-padding': 3,
  },
  paint: {
    'text-color': '#1d1d1d',
    'text-halo-color': '#ffffff',
    'text-halo-width': 1.6,
  },
};

export const siteLayers = [siteHaloLayer, siteSymbolLayer, siteLabelLayer] as const;
