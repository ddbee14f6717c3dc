// The style the map starts from: a plain background that needs no network, plus the shipped label fonts.
// Online and offline basemaps (later) are layered under the thematic layers; this one always works.
import type { StyleSpecification } from 'maplibre-gl';
import { labelFontFaces } from './fonts';

export const BACKGROUND_COLOR = '#eef1ec';

export function plainBaseStyle(): StyleSpecification {
  return {
    version: 8,
    name: 'Twente Atlas plain',
    'font-faces': labelFontFaces(),
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
  };
}
