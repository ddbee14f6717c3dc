// Link layers as typed data: colour by mode, dash by status, width and casing for hover/selection.
import type { ExpressionSpecification, LineLayerSpecification } from 'maplibre-gl';
import type { LinkMode, LinkStatus } from '../../data/schema';

export const LINKS_SOURCE = 'links';
export const LINK_CASING_LAYER = 'links-casing';
export const LINK_LINE_LAYER = 'links-line';
export const LINK_HIT_LAYER = 'links-hit';

export const LINK_MODE_COLORS: Record<LinkMode, string> = {
  road: '#5b5b5b',
  maas: '#d9480f',
  bike: '#2b8a3e',
  'public-transport': '#c2255c',
  rail: '#1c3d8f',
  water: '#1098ad',
  'autonomous-cargo': '#7048e8',
  drone: '#e67700',
};

/** Dash pattern per status, in line widths: existing solid, pilot dotted, planned dashed, proposed long-dashed. */
export const LINK_STATUS_DASHES: Record<LinkStatus, number[]> = {
  existing: [1, 0],
  pilot: [0.6, 1.6],
  planned: [3, 2],
  proposed: [6, 3],
};

const selected: ExpressionSpecification = ['boolean', ['feature-state', 'selected'], false];
const hovered: ExpressionSpecification = ['boolean', ['feature-state', 'hover'], false];

const modeColor: ExpressionSpecification = ['match', ['get', 'mode'], ...Object.entries(LINK_MODE_COLORS).flat(), '#333333'] as unknown as ExpressionSpecification;

const statusDash: ExpressionSpecification = [
  'match',
  ['get', 'status'],
  ...Object.entries(LINK_STATUS_DASHES).flatMap(([status, dash]) => [status, ['literal', dash]]),
  ['literal', [1, 0]],
] as unknown as ExpressionSpecification;

export const linkCasingLayer: LineLayerSpecification = {
  id: LINK_CASING_LAYER,
  type: 'line',
  source: LINKS_SOURCE,
  layout: { 'line-cap': 'round', 'line-join': 'round' },
  paint: {
    'line-color': ['case', selected, '#111111', '#ffffff'],
    'line-width': ['case', selected, 9, hovered, 8, 5],
    'line-opacity': ['case', selected, 0.9, hovered, 0.9, 0.75],
  },
};

export const linkLineLayer: LineLayerSpecification = {
  id: LINK_LINE_LAYER,
  type: 'line',
  source: LINKS_SOURCE,
  layout: { 'line-join': 'round' },
  paint: {
    'line-color': modeColor,
    'line-width': ['case', selected, 5, hovered, 4.5, 3],
    'line-dasharray': statusDash,
  },
};

/** An invisible wide line, so a 3 px link is easy to hover and click. */
export const linkHitLayer: LineLayerSpecification = {
  id: LINK_HIT_LAYER,
  type: 'line',
  source: LINKS_SOURCE,
  paint: { 'line-color': '#000000', 'line-opacity': 0, 'line-width': 14 },
};

export const linkLayers = [linkCasingLayer, linkLineLayer, linkHitLayer] as const;
