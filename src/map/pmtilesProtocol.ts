// The pmtiles:// protocol (the offline basemap's archive) with its library loaded on the first tile asked for:
// pmtiles and its decompressor are ~30 kB of start-up code (and tables built when evaluated) that only the
// offline basemap uses.
import type { addProtocol } from 'maplibre-gl';

export type TileLoader = Parameters<typeof addProtocol>[1];

/** A tile loader that gets the real one from `load` once, on its first call; a failed load is tried again next time. */
export function loadedOnFirstTile(load: () => Promise<TileLoader>): TileLoader {
  let loader: Promise<TileLoader> | undefined;
  return async (params, abortController) => {
    loader ??= load().catch((error: unknown) => {
      loader = undefined;
      throw error;
    });
    return (await loader)(params, abortController);
  };
}

/** The pmtiles library's own protocol, imported when the offline basemap asks for its first tile. */
export const pmtilesTile = loadedOnFirstTile(async () => {
  const { Protocol } = await import('pmtiles');
  return new Protocol().tile;
});
