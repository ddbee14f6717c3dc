// The data files as the app bundles them. The same files are read by the tests and by `npm run data:check`.
import partnersText from '../../data/partners.json?raw';
import projectsText from '../../data/projects.json?raw';
import outlinesText from '../../data/site-outlines.geojson?raw';
import linksText from '../../data/links.geojson?raw';
import sitesText from '../../data/sites.geojson?raw';
import toursText from '../../data/tours.json?raw';
import { parseAtlasData, type AtlasData } from './atlasData';
import { DataError } from './dataError';

export type { AtlasData };
export type DataResult = { ok: true; data: AtlasData } | { ok: false; problems: string[] };

export function loadBundledData(): DataResult {
  try {
    const data = parseAtlasData({
      'data/sites.geojson': sitesText,
      'data/links.geojson': linksText,
      'data/site-outlines.geojson': outlinesText,
      'data/projects.json': projectsText,
      'data/partners.json': partnersText,
      'data/tours.json': toursText,
    });
    return { ok: true, data };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, problems: error.problems };
    throw error;
  }
}
