// The embedded offline basemap: a PMTiles archive under public/basemap/ (built by `npm run basemap`,
// never committed), read through the pmtiles protocol and styled here. Labels use the shipped font.
import type { LayerSpecification } from 'maplibre-gl';
import { LABEL_FONT, LABEL_FONT_BOLD } from '../fonts';
import { BASEMAP_PREFIX, OVER_LINKS, OVER_SITES, type BasemapParts } from './parts';
import type { ExistingNetwork } from '../../data/vocabulary';

export const OFFLINE_ARCHIVE_PATH = '/basemap/overijssel.pmtiles';
export const OFFLINE_ATTRIBUTION = 'Bron: CBS, Kadaster/PDOK (CC BY 4.0); © OpenStreetMap contributors; NDOV Loket / OVapi; GeoNames; Natural Earth';
const SOURCE = `${BASEMAP_PREFIX}offline`;
/** Places this large are cities: labelled in bold, above everything else. */
const CITY_POPULATION = 50_000;

const id = (name: string) => `${BASEMAP_PREFIX}offline-${name}`;

/** The offline basemap's layers that draw each existing network, shown or hidden together from the legend. */
export const NETWORK_LAYER_IDS: Record<ExistingNetwork, string[]> = {
  railways: ['railways', 'railways-ties', 'stations', 'station-labels'].map(id),
  roads: ['local-roads', 'roads-casing', 'roads', 'road-shields', 'exit-numbers'].map(id),
  waterways: ['rivers', 'waterways', 'waterway-labels'].map(id),
};
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
  // The existing networks, muted so the plan's links stand out: water light blue, roads pale amber, track grey.
  { id: id('rivers'), type: 'line', ...from('rivers'), maxzoom: 9.5, paint: { 'line-color': '#a9cbd9', 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.6, 9, 1.4] } },
  {
    id: id('waterways'),
    type: 'line',
    ...from('waterways'),
    paint: { 'line-color': '#9cc6da', 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 1, 12, 3, 15, 7] },
  },
  { id: id('local-roads'), type: 'line', ...from('localRoads'), minzoom: 12, paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 12, 1, 15, 4] } },
  {
    id: id('roads-casing'),
    type: 'line',
    ...from('roads'),
    filter: ['in', ['get', 'class'], ['literal', ['motorway', 'trunk', 'primary']]],
    minzoom: 10,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: { 'line-color': '#c9a77c', 'line-width': ['interpolate', ['linear'], ['zoom'], 10, 2.6, 15, 9] },
  },
  {
    id: id('roads'),
    type: 'line',
    ...from('roads'),
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['match', ['get', 'class'], 'motorway', '#f1c98f', 'trunk', '#f6dcae', 'primary', '#f8e6c4', '#fbf1dc'],
      'line-width': [
        'interpolate',
        ['linear'],
        ['zoom'],
        7,
        ['match', ['get', 'class'], 'motorway', 1.2, 'link', 0, 0.7],
        10,
        ['match', ['get', 'class'], 'motorway', 1.8, 'link', 0.8, 1.2],
        15,
        ['match', ['get', 'class'], 'motorway', 7, 'link', 3, 5],
      ],
    },
  },
  {
    id: id('railways'),
    type: 'line',
    ...from('railways'),
    paint: { 'line-color': '#8a8580', 'line-width': ['interpolate', ['linear'], ['zoom'], 7, 0.8, 12, 2.2, 15, 3.5] },
  },
  {
    id: id('railways-ties'),
    type: 'line',
    ...from('railways'),
    minzoom: 11,
    paint: { 'line-color': '#ffffff', 'line-width': ['interpolate', ['linear'], ['zoom'], 11, 0.8, 15, 1.8], 'line-dasharray': [3, 3] },
  },
  {
    id: id('waterway-labels'),
    type: 'symbol',
    ...from('waterways'),
    minzoom: 11,
    filter: ['all', ['!=', ['get', 'name'], ''], ['!', ['get', 'harbour']]],
    layout: { 'symbol-placement': 'line', 'text-field': ['get', 'name'], 'text-font': [LABEL_FONT], 'text-size': 11, 'symbol-spacing': 400, 'text-letter-spacing': 0.05 },
    paint: { 'text-color': '#3d7a99', 'text-halo-color': '#f6f5f0', 'text-halo-width': 1.2 },
  },
  {
    id: id('road-shields'),
    type: 'symbol',
    ...from('roads'),
    minzoom: 9,
    filter: ['all', ['!=', ['get', 'ref'], ''], ['!=', ['get', 'class'], 'link']],
    layout: {
      'symbol-placement': 'line',
      'text-field': ['get', 'ref'],
      'text-font': [LABEL_FONT_BOLD],
      'text-size': 10,
      'symbol-spacing': 300,
      'text-rotation-alignment': 'viewport',
      'text-keep-upright': true,
    },
    paint: { 'text-color': '#ffffff', 'text-halo-color': ['match', ['get', 'class'], 'motorway', '#b4282e', '#c9a227'], 'text-halo-width': 3 },
  },
  {
    id: id('exit-numbers'),
    type: 'symbol',
    ...from('exits'),
    minzoom: 12,
    filter: ['!=', ['get', 'ref'], ''],
    layout: { 'text-field': ['get', 'ref'], 'text-font': [LABEL_FONT_BOLD], 'text-size': 10, 'text-padding': 2 },
    paint: { 'text-color': '#7a5a2e', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
  },
  {
    id: id('stations'),
    type: 'circle',
    ...from('stations'),
    minzoom: 9,
    paint: {
      'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['get', 'intercity'], 3, 2], 14, ['case', ['get', 'intercity'], 6, 4]],
      'circle-color': '#ffffff',
      'circle-stroke-color': '#5f5a55',
      'circle-stroke-width': ['case', ['get', 'intercity'], 2, 1.2],
    },
  },
  {
    id: id('station-labels'),
    type: 'symbol',
    metadata: OVER_LINKS,
    ...from('stations'),
    minzoom: 10,
    // Intercity stations from z10, every station from z12.
    layout: {
      'text-field': ['step', ['zoom'], ['case', ['get', 'intercity'], ['get', 'name'], ''], 12, ['get', 'name']],
      'text-font': [LABEL_FONT],
      'text-size': ['case', ['get', 'intercity'], 11, 10],
      'text-anchor': 'top',
      'text-offset': [0, 0.6],
      'text-optional': true,
    },
    paint: { 'text-color': '#5f5a55', 'text-halo-color': '#ffffff', 'text-halo-width': 1.2, 'text-opacity': 0.9 },
  },
  {
    id: id('municipality-labels'),
    type: 'symbol',
    metadata: OVER_LINKS,
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
    metadata: OVER_LINKS,
    ...from('places'),
    filter: ['<', ['get', 'population'], CITY_POPULATION],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['literal', [LABEL_FONT]],
      'text-size': ['interpolate', ['linear'], ['get', 'population'], 0, 11, 20000, 12.5],
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'text-padding': 4,
      // A town's name moves aside for a site's marker on its centre rather than vanish.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 1.3,
    },
    paint: { 'text-color': '#55504a', 'text-halo-color': '#ffffff', 'text-halo-width': 1.4 },
  },
  {
    // The cities are placed first, so Zwolle, Deventer, Enschede, Hengelo and Almelo always show: a site's
    // name makes way for them. Set off their centre, where a site's marker often is (it may touch one).
    id: id('city-labels'),
    type: 'symbol',
    metadata: OVER_SITES,
    ...from('places'),
    filter: ['>=', ['get', 'population'], CITY_POPULATION],
    layout: {
      'text-field': ['get', 'name'],
      'text-font': ['literal', [LABEL_FONT_BOLD]],
      'text-size': ['interpolate', ['linear'], ['zoom'], 7, 13, 10, 14.5, 13, 16],
      'symbol-sort-key': ['-', 0, ['get', 'population']],
      'text-padding': 1,
      'text-variable-anchor': ['bottom', 'top', 'right', 'left', 'bottom-right', 'bottom-left', 'top-right', 'top-left'],
      'text-radial-offset': 1.2,
    },
    paint: { 'text-color': '#3f3a35', 'text-halo-color': '#ffffff', 'text-halo-width': 1.6 },
  },
];

export function offlineBasemapParts(origin = window.location.origin): BasemapParts {
  return {
    sources: { [SOURCE]: { type: 'vector', url: `pmtiles://${origin}${OFFLINE_ARCHIVE_PATH}`, attribution: OFFLINE_ATTRIBUTION } },
    layers: OFFLINE_LAYERS,
  };
}
