// The data files as the app ships them: plain JSON assets next to the code (cached on their own, parsed
// as JSON rather than as JavaScript), fetched together at start. The build has checked every file in full
// (scripts/data-digests.mjs) and gives their digests: files with those exact bytes are only parsed, so the
// schema checker (zod) stays out of the start-up code. A file that differs (edited after the build, served
// by another host, or cut short) gets the full check here, which names every problem.
import checkedDigests from 'virtual:atlas-data-digests';
import partnersUrl from '../../data/partners.json?url';
import projectsUrl from '../../data/projects.json?url';
import outlinesUrl from '../../data/site-outlines.geojson?url';
import linksUrl from '../../data/links.geojson?url';
import sitesUrl from '../../data/sites.geojson?url';
import toursUrl from '../../data/tours.json?url';
import type { AtlasData } from './atlasData';
import { DataError } from './dataError';
import { DATA_FILES, type DataFile } from './files';
import { readVerifiedData } from './verifiedData';

export type { AtlasData };
/** `checkedBy`: where the files were checked — by the build (same bytes) or here, in full. */
export type DataResult = { ok: true; data: AtlasData; checkedBy: 'build' | 'browser' } | { ok: false; problems: string[] };

const DATA_URLS: Record<DataFile, string> = {
  'data/sites.geojson': sitesUrl,
  'data/links.geojson': linksUrl,
  'data/site-outlines.geojson': outlinesUrl,
  'data/projects.json': projectsUrl,
  'data/partners.json': partnersUrl,
  'data/tours.json': toursUrl,
};

export interface LoadOptions {
  /** The SHA-256 (hex) of each file as the build checked it. */
  digests?: Partial<Record<DataFile, string>>;
  /** The full check, loaded only when a file differs from what the build checked. */
  loadFullCheck?: () => Promise<{ parseAtlasData(texts: Record<DataFile, string>): AtlasData }>;
}

async function fetchBytes(file: DataFile, fetcher: typeof fetch): Promise<ArrayBuffer> {
  let response: Response;
  try {
    response = await fetcher(DATA_URLS[file]);
  } catch (error) {
    throw new DataError([`${file}: could not be loaded (${(error as Error).message})`]);
  }
  if (!response.ok) throw new DataError([`${file}: could not be loaded (HTTP ${response.status})`]);
  return response.arrayBuffer();
}

/** SHA-256 as hex; null where the browser offers no digest (an insecure context: the full check runs). */
async function sha256Hex(bytes: ArrayBuffer): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export async function loadAtlasData(fetcher: typeof fetch = fetch, { digests = checkedDigests, loadFullCheck = () => import('./atlasData') }: LoadOptions = {}): Promise<DataResult> {
  try {
    const bytes = await Promise.all(DATA_FILES.map((file) => fetchBytes(file, fetcher)));
    const hashes = await Promise.all(bytes.map(sha256Hex));
    const decoder = new TextDecoder();
    const texts = Object.fromEntries(DATA_FILES.map((file, i) => [file, decoder.decode(bytes[i])])) as Record<DataFile, string>;
    // Files whose bytes are not the ones the build checked (or that cannot be hashed here).
    const unchecked = DATA_FILES.filter((file, i) => hashes[i] === null || hashes[i] !== digests[file]);
    if (unchecked.length === 0) return { ok: true, data: readVerifiedData(texts), checkedBy: 'build' };
    const { parseAtlasData } = await loadFullCheck().catch((error: Error) => {
      // Offline without the checker's file in the cache, say: the files cannot be trusted unchecked.
      throw new DataError(unchecked.map((file) => `${file}: differs from the file the build checked, and the check could not be loaded (${error.message})`));
    });
    return { ok: true, data: parseAtlasData(texts), checkedBy: 'browser' };
  } catch (error) {
    if (error instanceof DataError) return { ok: false, problems: error.problems };
    throw error;
  }
}
