// The embedded offline basemap: a PMTiles archive under public/basemap/ (built by `npm run basemap`,
// never committed) read through the pmtiles protocol, styled here.
import type { BasemapParts } from './parts';

export const OFFLINE_ARCHIVE_PATH = '/basemap/overijssel.pmtiles';

export function offlineBasemapParts(): BasemapParts {
  throw new Error('The offline basemap style is not available in this build');
}
