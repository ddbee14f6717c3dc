// Reads a finished archive back with the official `pmtiles` reader: header, directory, metadata and
// sample tiles that must decode as vector tiles with the expected layers.
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { PMTiles, type Source } from 'pmtiles';
import { latToTileY, lonToTileX } from './tiles';

class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'archive';
  getBytes = async (offset: number, length: number) => ({ data: this.bytes.slice(offset, offset + length).buffer });
}

export interface VerifyExpectations {
  layers: string[];
  minZoom: number;
  maxZoom: number;
  /** Tiles that must exist, with layers each must contain, e.g. Enschede at z14 with 'builtup'. */
  samples: Array<{ lon: number; lat: number; z: number; layers: string[] }>;
}

export async function verifyArchive(bytes: Uint8Array, expect: VerifyExpectations): Promise<string[]> {
  const problems: string[] = [];
  const archive = new PMTiles(new BytesSource(bytes));
  const header = await archive.getHeader();
  if (header.specVersion !== 3) problems.push(`spec version ${header.specVersion}, expected 3`);
  if (header.minZoom !== expect.minZoom || header.maxZoom !== expect.maxZoom) problems.push(`zooms ${header.minZoom}–${header.maxZoom}, expected ${expect.minZoom}–${expect.maxZoom}`);
  if (header.tileType !== 1) problems.push(`tile type ${header.tileType}, expected 1 (MVT)`);
  const metadata = (await archive.getMetadata()) as { vector_layers?: Array<{ id: string }> };
  const declared = new Set((metadata.vector_layers ?? []).map((l) => l.id));
  for (const layer of expect.layers) if (!declared.has(layer)) problems.push(`metadata vector_layers lacks "${layer}"`);
  for (const sample of expect.samples) {
    const x = lonToTileX(sample.lon, sample.z);
    const y = latToTileY(sample.lat, sample.z);
    const tile = await archive.getZxy(sample.z, x, y);
    if (!tile) {
      problems.push(`tile ${sample.z}/${x}/${y} is missing`);
      continue;
    }
    const decoded = new VectorTile(new PbfReader(new Uint8Array(tile.data)));
    for (const layer of sample.layers) {
      const found = decoded.layers[layer];
      if (!found || found.length === 0) problems.push(`tile ${sample.z}/${x}/${y} has no "${layer}" features`);
    }
  }
  return problems;
}
