// Cuts the basemap layers into vector tiles, zoom by zoom, keeping only what each zoom needs.
import { GeoJSONVT, type GeoJSONVTTile } from '@maplibre/geojson-vt';
import { fromGeojsonVt } from '@maplibre/vt-pbf';
import { gzipSync } from 'node:zlib';
import type { FeatureCollection } from 'geojson';
import type { BasemapLayers } from './inputs';
import type { TileInput } from './pmtilesWriter';

export const MIN_ZOOM = 5;
export const MAX_ZOOM = 14;

/** Which layers a zoom carries, and where tiles are cut: wide context at small scale, Overijssel up close. */
export const LAYER_MIN_ZOOM: Record<keyof BasemapLayers, number> = {
  countries: 5,
  land: 5,
  provinces: 5,
  municipalities: 7,
  builtup: 9,
  places: 5,
  municipalityLabels: 9,
  rivers: 5,
  railways: 7,
  roads: 7,
  waterways: 8,
  stations: 9,
  exits: 11,
  localRoads: 12,
};

/** Layers drawn only at small scale: the generalised rivers are up to half a kilometre off. */
export const LAYER_MAX_ZOOM: Partial<Record<keyof BasemapLayers, number>> = { rivers: 9 };

import { latToTileY, lonToTileX, type Bounds } from '../../src/offline/tileMath';

export { latToTileY, lonToTileX, type Bounds };
export function boundsForZoom(z: number): Bounds {
  if (z <= 8) return [3.0, 50.6, 9.5, 54.0];
  if (z <= 11) return [5.6, 51.85, 7.7, 52.9];
  return [5.75, 51.98, 7.1, 52.86];
}

export function tileRange(bounds: Bounds, z: number) {
  const [west, south, east, north] = bounds;
  return { minX: lonToTileX(west, z), maxX: lonToTileX(east, z), minY: latToTileY(north, z), maxY: latToTileY(south, z) };
}

export interface TileBuildStats {
  tiles: number;
  emptySkipped: number;
  perZoom: Record<number, number>;
}

export function buildTiles(layers: BasemapLayers, zooms = { min: MIN_ZOOM, max: MAX_ZOOM }): { tiles: TileInput[]; stats: TileBuildStats } {
  const indexes = Object.fromEntries(
    (Object.keys(layers) as Array<keyof BasemapLayers>).map((name) => [
      name,
      new GeoJSONVT(layers[name] as FeatureCollection, { maxZoom: zooms.max, indexMaxZoom: 4, indexMaxPoints: 100_000, tolerance: 3, extent: 4096, buffer: 64 }),
    ]),
  ) as Record<keyof BasemapLayers, GeoJSONVT>;
  const tiles: TileInput[] = [];
  const stats: TileBuildStats = { tiles: 0, emptySkipped: 0, perZoom: {} };
  for (let z = zooms.min; z <= zooms.max; z++) {
    const { minX, maxX, minY, maxY } = tileRange(boundsForZoom(z), z);
    for (let x = minX; x <= maxX; x++) {
      for (let y = minY; y <= maxY; y++) {
        const vtLayers: Record<string, GeoJSONVTTile> = {};
        for (const name of Object.keys(indexes) as Array<keyof BasemapLayers>) {
          if (z < LAYER_MIN_ZOOM[name] || z > (LAYER_MAX_ZOOM[name] ?? zooms.max)) continue;
          const tile = indexes[name].getTile(z, x, y);
          if (!tile) continue;
          const features = name === 'places' ? tile.features.filter((f) => Number(f.tags?.minzoom ?? 0) <= z) : tile.features;
          if (features.length > 0) vtLayers[name] = { ...tile, features } as GeoJSONVTTile;
        }
        if (Object.keys(vtLayers).length === 0) {
          stats.emptySkipped++;
          continue;
        }
        const pbf = fromGeojsonVt(vtLayers, { version: 2, extent: 4096 });
        tiles.push({ z, x, y, data: new Uint8Array(gzipSync(pbf, { level: 6 })) });
        stats.perZoom[z] = (stats.perZoom[z] ?? 0) + 1;
      }
    }
  }
  stats.tiles = tiles.length;
  return { tiles, stats };
}
