// The data files as the app bundles them. The same files are read by the tests and by `npm run data:check`.
import sitesText from '../../data/sites.geojson?raw';
import { DataError } from './dataError';
import type { SiteCollection } from './schema';
import { parseSites, SITES_FILE } from './sites';

export interface AtlasData {
  sites: SiteCollection;
}

export type DataResult = { ok: true; data: AtlasData } | { ok: false; problems: string[] };

function parseJson(file: string, text: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new DataError([`${file}: not valid JSON (${(error as Error).message})`]);
  }
}

export function loadBundledData(): DataResult {
  try {
    return { ok: true, data: { sites: parseSites(parseJson(SITES_FILE, sitesText)) } };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, problems: error.problems };
    throw error;
  }
}
