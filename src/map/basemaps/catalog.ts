// The basemaps a user can pick. Online ones need the network; the offline one is a PMTiles archive the
// app ships with (built by `npm run basemap`); "none" is the plain background.
import type { StyleSpecification } from 'maplibre-gl';
import { PMTiles } from 'pmtiles';
import type { BasemapId, OfflineArchiveStatus } from '../../state/basemapSlice';
import { offlineBasemapParts, OFFLINE_ARCHIVE_PATH } from './offline';
import { BASEMAP_PREFIX, partsFromStyle, type BasemapParts } from './parts';

export interface BasemapInfo {
  id: BasemapId;
  online: boolean;
  load: (fetcher: typeof fetch, signal: AbortSignal) => Promise<BasemapParts>;
}

export const PDOK_TILES = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';
export const OPENFREEMAP_STYLE = 'https://tiles.openfreemap.org/styles/positron';

export const PDOK_ATTRIBUTION = 'Kaartgegevens © <a href="https://www.kadaster.nl">Kadaster</a> (BRT-Achtergrondkaart, PDOK)';

export const BASEMAPS: Record<BasemapId, BasemapInfo> = {
  pdok: {
    id: 'pdok',
    online: true,
    load: async () => ({
      sources: {
        [`${BASEMAP_PREFIX}pdok`]: {
          type: 'raster',
          tiles: [PDOK_TILES],
          tileSize: 256,
          maxzoom: 19,
          bounds: [3.2, 50.7, 7.3, 53.6],
          attribution: PDOK_ATTRIBUTION,
        },
      },
      layers: [{ id: `${BASEMAP_PREFIX}pdok`, type: 'raster', source: `${BASEMAP_PREFIX}pdok`, paint: { 'raster-saturation': -0.35 } }],
    }),
  },
  openfreemap: {
    id: 'openfreemap',
    online: true,
    load: async (fetcher, signal) => {
      const response = await fetcher(OPENFREEMAP_STYLE, { signal });
      if (!response.ok) throw new Error(`style request failed (${response.status})`);
      return partsFromStyle((await response.json()) as StyleSpecification);
    },
  },
  offline: { id: 'offline', online: false, load: async () => offlineBasemapParts() },
  none: { id: 'none', online: false, load: async () => ({ sources: {}, layers: [] }) },
};

/**
 * Whether the embedded archive is there and usable. A dev server answers any path with index.html, and some
 * static servers answer a request for part of a file with the whole file (status 200, not 206): PMTiles
 * reads the archive in parts, so there the basemap would stay empty without a word. A truncated or corrupt
 * archive counts as missing: its header and root directory must read (through the PMTiles reader) and every
 * part the header names must lie inside the file.
 */
export async function offlineArchiveStatus(fetcher: typeof fetch = fetch): Promise<Exclude<OfflineArchiveStatus, 'checking'>> {
  try {
    const response = await fetcher(OFFLINE_ARCHIVE_PATH, { headers: { Range: 'bytes=0-6' } });
    if (!response.ok) return 'missing';
    const isArchive = (await firstBytes(response, 7)) === 'PMTiles';
    if (!isArchive) return 'missing';
    if (response.status !== 206) return 'no-byte-ranges';
    return (await archiveIsWhole(fetcher)) ? 'available' : 'missing';
  } catch {
    return 'missing';
  }
}

async function archiveIsWhole(fetcher: typeof fetch): Promise<boolean> {
  let size = 0;
  const source = {
    getKey: () => `${OFFLINE_ARCHIVE_PATH}#check`,
    getBytes: async (offset: number, length: number) => {
      const response = await fetcher(OFFLINE_ARCHIVE_PATH, { headers: { Range: `bytes=${offset}-${offset + length - 1}` } });
      if (response.status !== 206) throw new Error(`archive: HTTP ${response.status}`);
      size = Number(/\/(\d+)$/.exec(response.headers.get('content-range') ?? '')?.[1] ?? 0);
      return { data: await response.arrayBuffer() };
    },
  };
  const archive = new PMTiles(source);
  const header = await archive.getHeader();
  await archive.getMetadata();
  const ends = [
    header.rootDirectoryOffset + header.rootDirectoryLength,
    header.jsonMetadataOffset + header.jsonMetadataLength,
    header.leafDirectoryOffset + (header.leafDirectoryLength ?? 0),
    header.tileDataOffset + (header.tileDataLength ?? 0),
  ];
  return header.numAddressedTiles > 0 && Math.max(...ends) <= size;
}

/** The start of a body as text, without downloading the rest (a server that ignores Range sends it all). */
async function firstBytes(response: Response, count: number): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const { value } = await reader.read();
  void reader.cancel().catch(() => undefined);
  return new TextDecoder().decode((value ?? new Uint8Array()).slice(0, count));
}
