// The embedded offline basemap: a PMTiles archive under public/basemap/ (built by `npm run basemap`,
// never committed), read through the pmtiles protocol and styled here. Labels use the shipped font.
import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT, LABEL_FONT_BOLD } from '../fonts';
import { BASEMAP_PREFIX, type BasemapParts } from './parts';

export const OFFLINE_ARCHIVE_PATH = '/basemap/overijssel.pmtiles';
export const OFFLINE_ATTRIBUTION = 'Bron: CBS, Kadaster/PDOK (CC BY 4.0); Natural Earth';
const SOURCE = `${BASEMAP_PREFIX}offline`;

const id = (name: string) => `${BASEMAP_PREFIX}offline-${name}`;
const from = (layer: string) => ({ source: SOURCE, 'source-layer': layer });

export const OFFLINE_LAYERS: LayerSpecification[] = [
  { id: id('sea'), type: 'background', paint: { 'background-color': '#dde6ea' } },
  { id: id('countries'), type: 'fill', ...from('countries'), paint: { 'fill-color': '#eceae4' } },
  { id: id('land'), type: 'fill', ...from('land'), paint: { 'fill-color': '#f6f5f0' } },
  {
    id: id('twente'),
    type: 'fill',
    ...from('municipalities'),
    filter: ['==', ['get', 'twente'], true],
    paint: { 'fill-color': '#f7ebe4' },
  },
  { id: id('builtup'), type: 'fill', ...from('builtup'), minzoom: 9, paint: { 'fill-color': '#e3ded6', 'fill-opacity': ['interpolate', ['linear'], ['zoom'], 9, 0.6, 12, 1] } },
  {
    id: id('municipality-borders'),
    type: 'line',
    ...from('municipalities'),
    paint: { 'line-color': ['case', ['get', 'twente'], '#b9a195', '#c9c6bd'], 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.4, 12, 1.2], 'line-dasharray': [3, 2] },
  },
  {
    id: id('province-borders'),
    type: 'line',
    ...from('provinces'),
    paint: { 'line-color': ['case', ['get', 'overijssel'], '#8c7b73', '#a7a39a'], 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.8, 12, 2.2] },
  },
  { id: id('country-borders'), type: 'line', ...from('countries'), paint: { 'line-color': '#9b968c', 'line-width': 1.2 } },
  {
    id: id('municipality-labels'),
    type: 'symbol',
    ...from('municipalityLabels'),
    minzoom: 9,
    maxzoom: 11.5,
    filter: ['==', ['get', 'overijssel'], true],
    layout: { 'text-field': ['get', 'name'], 'text-font': [LABEL_FONT], 'text-size': 11, 'text-transform': 'uppercase', 'text-letter-spacing': 0.08, 'text-max-width': 8, 'symbol-placement': 'point' },
    paint: { 'text-color': '#9a8f86', 'text-halo-color': '#f6f5f0', 'text-halo-width': 1.2 },
  },
  {
    id: id('place-labels'),
    type: 'symbol',
    ...from('places'),
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['case', ['>=', ['get', 'population'], 50000], ['literal', [LABEL_FONT_BOLD]], ['literal', [LABEL_FONT]]],
      'text-size': ['interpolate', ['linear'], ['get', 'population'], 0, 11, 20000, 12.5, 100000, 14.5],
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'text-padding': 4,
      // A town's name moves aside for a site's marker on its centre (Almelo, Enschede) rather than vanish.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.9,
    },
    paint: { 'text-color': '#55504a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  },
];

export function offlineBasemapParts(origin = window.location.origin): BasemapParts {
  return {
    sources: { [SOURCE]: { type: 'vector', url: `pmtiles://${origin}${OFFLINE_ARCHIVE_PATH}`, attribution: OFFLINE_ATTRIBUTION } },
    layers: OFFLINE_LAYERS,
  };
}
