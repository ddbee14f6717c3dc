// The data files as the app ships them: plain JSON assets next to the code, fetched together at start. The
// build checked them (`npm run build` runs `data:check` first), so the browser only parses them; the dev
// server's page checks them in full, so an edit that breaks a file gives the page that names its problems.
import partnersUrl from '../../data/partners.json?url';
import projectsUrl from '../../data/projects.json?url';
import outlinesUrl from '../../data/site-outlines.geojson?url';
import linksUrl from '../../data/links.geojson?url';
import sitesUrl from '../../data/sites.geojson?url';
import toursUrl from '../../data/tours.json?url';
import type { AtlasData } from './atlasData';
import { DataError } from './dataError';
import { DATA_FILES, type DataFile } from './files';
import { readCheckedData } from './readCheckedData';

export type { AtlasData };
export type DataResult = { ok: true; data: AtlasData } | { ok: false; problems: string[] };

const DATA_URLS: Record<DataFile, string> = {
  'data/sites.geojson': sitesUrl,
  'data/links.geojson': linksUrl,
  'data/site-outlines.geojson': outlinesUrl,
  'data/projects.json': projectsUrl,
  'data/partners.json': partnersUrl,
  'data/tours.json': toursUrl,
};

async function fetchText(file: DataFile, fetcher: typeof fetch): Promise<string> {
  let response: Response;
  try {
    response = await fetcher(DATA_URLS[file]);
  } catch (error) {
    throw new DataError([`${file}: could not be loaded (${(error as Error).message})`]);
  }
  if (!response.ok) throw new DataError([`${file}: could not be loaded (HTTP ${response.status})`]);
  return response.text();
}

export interface LoadOptions {
  /** Check the files in full (the dev server's page), rather than only parse them. */
  check?: boolean;
}

export async function loadAtlasData(fetcher: typeof fetch = fetch, { check = import.meta.env.DEV }: LoadOptions = {}): Promise<DataResult> {
  try {
    const texts = await Promise.all(DATA_FILES.map((file) => fetchText(file, fetcher)));
    const byFile = Object.fromEntries(DATA_FILES.map((file, i) => [file, texts[i]])) as Record<DataFile, string>;
    if (!check) return { ok: true, data: readCheckedData(byFile) };
    const { parseAtlasData } = await import('./atlasData');
    return { ok: true, data: parseAtlasData(byFile) };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, problems: error.problems };
    throw error;
  }
}
