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
