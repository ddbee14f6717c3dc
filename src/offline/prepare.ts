// "Prepare for offline": fetching the online basemap's tiles for the tour's area and zooms so the service
// worker keeps them.
import { latToTileY, lonToTileX, type Bounds } from './tileMath';

export const TOUR_AREA: Bounds = [6.45, 52.15, 7.05, 52.42];
export const TOUR_ZOOMS = [8, 9, 10, 11, 12, 13];

export function tileUrls(template: string, bounds: Bounds, zooms: readonly number[]): string[] {
  const urls: string[] = [];
  const [west, south, east, north] = bounds;
  for (const z of zooms) {
    for (let x = lonToTileX(west, z); x <= lonToTileX(east, z); x++) {
      for (let y = latToTileY(north, z); y <= latToTileY(south, z); y++) urls.push(template.replace('{z}', String(z)).replace('{x}', String(x)).replace('{y}', String(y)));
    }
  }
  return urls;
}

export interface PrepareProgress {
  done: number;
  total: number;
  failed: number;
}

/** Fetches every URL (a few at a time) so the service worker caches it; reports progress. */
export async function prefetch(urls: readonly string[], onProgress: (p: PrepareProgress) => void, fetcher: typeof fetch = fetch, parallel = 6): Promise<PrepareProgress> {
  const progress = { done: 0, total: urls.length, failed: 0 };
  let next = 0;
  const worker = async () => {
    while (next < urls.length) {
      const url = urls[next++]!;
      try {
        const response = await fetcher(url);
        if (!response.ok) progress.failed++;
      } catch {
        progress.failed++;
      }
      progress.done++;
      onProgress({ ...progress });
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, urls.length) }, worker));
  return progress;
}

/** What "Prepare offline" could not keep, by what it means to the reader. */
export interface OfflineShortfall {
  app: boolean;
  archive: boolean;
  tiles: number;
}

/** The page as the service worker precaches it (under a revision parameter, as is the archive). */
export const APP_URL = '/index.html';
export const ARCHIVE_URL = '/basemap/overijssel.pmtiles';

/**
 * The URLs the browser's caches do not hold: what a download fetched but nobody kept counts as missing. The
 * service worker stores a response just after handing it over, so the last ones are looked for a few times.
 */
export async function notKept(urls: readonly string[], cacheStorage: Pick<CacheStorage, 'match'> = caches, settleMs = 500): Promise<string[]> {
  let missing = [...urls];
  for (let attempt = 0; attempt < 4 && missing.length > 0; attempt++) {
    if (attempt > 0) await new Promise((resolve) => setTimeout(resolve, settleMs));
    const found = await Promise.all(missing.map((url) => cacheStorage.match(url, { ignoreVary: true, ignoreSearch: url === ARCHIVE_URL || url === APP_URL }).then(Boolean, () => false)));
    missing = missing.filter((_, i) => !found[i]);
  }
  return missing;
}

export function shortfallOf(missing: readonly string[]): OfflineShortfall | null {
  if (missing.length === 0) return null;
  return { app: missing.includes(APP_URL), archive: missing.includes(ARCHIVE_URL), tiles: missing.filter((url) => url !== APP_URL && url !== ARCHIVE_URL).length };
}

/** Resolves once a service worker serves this page (it keeps what is fetched); false if none does in time. */
export async function whenWorkerServes(timeoutMs = 20_000): Promise<boolean> {
  if (!('serviceWorker' in navigator)) return false;
  if (navigator.serviceWorker.controller) return true;
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}
