// The data files as the app ships them: plain JSON assets next to the code (cached on their own, parsed
// as JSON rather than as JavaScript), fetched together at start. The same files are read by the tests
// and by `npm run data:check`, which also runs in every build.
import partnersUrl from '../../data/partners.json?url';
import projectsUrl from '../../data/projects.json?url';
import outlinesUrl from '../../data/site-outlines.geojson?url';
import linksUrl from '../../data/links.geojson?url';
import sitesUrl from '../../data/sites.geojson?url';
import toursUrl from '../../data/tours.json?url';
import { parseAtlasData, type AtlasData, type DataFile } from './atlasData';
import { DataError } from './dataError';

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

export async function loadAtlasData(fetcher: typeof fetch = fetch): Promise<DataResult> {
  try {
    const files = Object.keys(DATA_URLS) as DataFile[];
    const texts = await Promise.all(files.map((file) => fetchText(file, fetcher)));
    const data = parseAtlasData(Object.fromEntries(files.map((file, i) => [file, texts[i]!])) as Record<DataFile, string>);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, problems: error.problems };
    throw error;
  }
}
