// A small PMTiles v3 writer (https://github.com/protomaps/PMTiles/blob/main/spec/v3/spec.md):
// Hilbert tile ids, varint directories, leaf directories when the root would not fit in 16 KiB,
// run-length deduplication of identical tiles, gzip for directories and metadata.
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';

export const HEADER_BYTES = 127;
/** The header and the root directory must fit in the first 16 KiB, so a client needs one request. */
export const ROOT_BUDGET = 16_384 - HEADER_BYTES;

export const Compression = { unknown: 0, none: 1, gzip: 2, brotli: 3, zstd: 4 } as const;
export const TileType = { unknown: 0, mvt: 1, png: 2, jpeg: 3, webp: 4, avif: 5 } as const;

export interface Entry {
  tileId: number;
  offset: number;
  length: number;
  runLength: number;
}

/** Tile id along the Hilbert curve: all tiles of lower zooms first, then the position within zoom z. */
export function zxyToTileId(z: number, x: number, y: number): number {
  if (!Number.isInteger(z) || z < 0 || z > 26) throw new RangeError(`zoom ${z} out of range 0–26`);
  const n = 2 ** z;
  if (x < 0 || y < 0 || x >= n || y >= n) throw new RangeError(`tile ${z}/${x}/${y} outside the zoom level`);
  let id = (n * n - 1) / 3; // the tiles of zooms 0 … z−1
  let px = x;
  let py = y;
  for (let s = n / 2; s >= 1; s /= 2) {
    const rx = px & s ? 1 : 0;
    const ry = py & s ? 1 : 0;
    id += s * s * ((3 * rx) ^ ry);
    // Rotate the quadrant so the curve continues; only the bits below s matter from here on.
    if (ry === 0) {
      if (rx === 1) {
        px = s - 1 - px;
        py = s - 1 - py;
      }
      [px, py] = [py, px];
    }
  }
  return id;
}

/** Appends an unsigned LEB128 varint (safe up to 2^53). */
export function writeVarint(out: number[], value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`varint needs a non-negative safe integer, got ${value}`);
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
}

/** The uncompressed directory bytes: count, id deltas, run lengths, lengths, then offsets (0 = contiguous). */
export function serializeDirectory(entries: readonly Entry[]): Uint8Array {
  const out: number[] = [];
  writeVarint(out, entries.length);
  let lastId = 0;
  for (const e of entries) {
    writeVarint(out, e.tileId - lastId);
    lastId = e.tileId;
  }
  for (const e of entries) writeVarint(out, e.runLength);
  for (const e of entries) writeVarint(out, e.length);
  entries.forEach((e, i) => {
    const previous = entries[i - 1];
    writeVarint(out, previous && e.offset === previous.offset + previous.length ? 0 : e.offset + 1);
  });
  return Uint8Array.from(out);
}

const gzip = (bytes: Uint8Array) => new Uint8Array(gzipSync(bytes, { level: 9 }));

/** Splits entries into leaf directories until the root fits its budget. */
export function buildDirectories(entries: readonly Entry[], rootBudget = ROOT_BUDGET): { root: Uint8Array; leaves: Uint8Array } {
  const root = gzip(serializeDirectory(entries));
  if (root.length <= rootBudget) return { root, leaves: new Uint8Array(0) };
  for (let leafSize = 4096; ; leafSize *= 2) {
    const rootEntries: Entry[] = [];
    const leafParts: Uint8Array[] = [];
    let offset = 0;
    for (let i = 0; i < entries.length; i += leafSize) {
      const leaf = gzip(serializeDirectory(entries.slice(i, i + leafSize)));
      rootEntries.push({ tileId: entries[i]!.tileId, offset, length: leaf.length, runLength: 0 });
      leafParts.push(leaf);
      offset += leaf.length;
    }
    const candidate = gzip(serializeDirectory(rootEntries));
    if (candidate.length <= rootBudget) return { root: candidate, leaves: concat(leafParts) };
  }
}

export function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

export interface TileInput {
  z: number;
  x: number;
  y: number;
  /** Tile bytes as stored (already compressed with `tileCompression`). */
  data: Uint8Array;
}

export interface ArchiveOptions {
  metadata: Record<string, unknown>;
  tileType: number;
  tileCompression: number;
  minZoom: number;
  maxZoom: number;
  /** [west, south, east, north] */
  bounds: [number, number, number, number];
  center: [number, number, number];
  /** Room for the root directory; smaller values force leaf directories (tests). */
  rootBudget?: number;
}

export interface ArchiveStats {
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  largestTile: number;
  bytes: number;
}

/** Orders tiles along the curve and deduplicates identical contents (runs of equal neighbours share one entry). */
export function layoutTiles(tiles: readonly TileInput[]): { entries: Entry[]; data: Uint8Array; contents: number } {
  const sorted = tiles.map((t) => ({ id: zxyToTileId(t.z, t.x, t.y), data: t.data })).sort((a, b) => a.id - b.id);
  const entries: Entry[] = [];
  const parts: Uint8Array[] = [];
  const offsetByHash = new Map<string, number>();
  let size = 0;
  for (const tile of sorted) {
    const previous = entries[entries.length - 1];
    if (previous && tile.id === previous.tileId) throw new Error(`tile id ${tile.id} given twice`);
    const hash = createHash('sha256').update(tile.data).digest('hex');
    let offset = offsetByHash.get(hash);
    if (offset === undefined) {
      offset = size;
      offsetByHash.set(hash, offset);
      parts.push(tile.data);
      size += tile.data.length;
    }
    if (previous && previous.offset === offset && previous.tileId + previous.runLength === tile.id) previous.runLength++;
    else entries.push({ tileId: tile.id, offset, length: tile.data.length, runLength: 1 });
  }
  return { entries, data: concat(parts), contents: offsetByHash.size };
}

export function writeHeader(fields: {
  rootOffset: number;
  rootLength: number;
  metadataOffset: number;
  metadataLength: number;
  leafOffset: number;
  leafLength: number;
  dataOffset: number;
  dataLength: number;
  addressedTiles: number;
  tileEntries: number;
  tileContents: number;
  options: ArchiveOptions;
}): Uint8Array {
  const bytes = new Uint8Array(HEADER_BYTES);
  const view = new DataView(bytes.buffer);
  bytes.set(new TextEncoder().encode('PMTiles'), 0);
  bytes[7] = 3;
  const u64 = [
    fields.rootOffset,
    fields.rootLength,
    fields.metadataOffset,
    fields.metadataLength,
    fields.leafOffset,
    fields.leafLength,
    fields.dataOffset,
    fields.dataLength,
    fields.addressedTiles,
    fields.tileEntries,
    fields.tileContents,
  ];
  u64.forEach((value, i) => view.setBigUint64(8 + i * 8, BigInt(value), true));
  const { options } = fields;
  bytes[96] = 1; // clustered: tile data is in tile-id order
  bytes[97] = Compression.gzip;
  bytes[98] = options.tileCompression;
  bytes[99] = options.tileType;
  bytes[100] = options.minZoom;
  bytes[101] = options.maxZoom;
  const e7 = (deg: number) => Math.round(deg * 1e7);
  const [west, south, east, north] = options.bounds;
  view.setInt32(102, e7(west), true);
  view.setInt32(106, e7(south), true);
  view.setInt32(110, e7(east), true);
  view.setInt32(114, e7(north), true);
  bytes[118] = options.center[2];
  view.setInt32(119, e7(options.center[0]), true);
  view.setInt32(123, e7(options.center[1]), true);
  return bytes;
}

export function writeArchive(tiles: readonly TileInput[], options: ArchiveOptions): { bytes: Uint8Array; stats: ArchiveStats } {
  if (tiles.length === 0) throw new Error('an archive needs at least one tile');
  const { entries, data, contents } = layoutTiles(tiles);
  const { root, leaves } = buildDirectories(entries, options.rootBudget);
  const metadata = gzip(new TextEncoder().encode(JSON.stringify(options.metadata)));
  const rootOffset = HEADER_BYTES;
  const metadataOffset = rootOffset + root.length;
  const leafOffset = metadataOffset + metadata.length;
  const dataOffset = leafOffset + leaves.length;
  const header = writeHeader({
    rootOffset,
    rootLength: root.length,
    metadataOffset,
    metadataLength: metadata.length,
    leafOffset,
    leafLength: leaves.length,
    dataOffset,
    dataLength: data.length,
    addressedTiles: tiles.length,
    tileEntries: entries.length,
    tileContents: contents,
    options,
  });
  const bytes = concat([header, root, metadata, leaves, data]);
  const largestTile = tiles.reduce((max, t) => Math.max(max, t.data.length), 0);
  return { bytes, stats: { addressedTiles: tiles.length, tileEntries: entries.length, tileContents: contents, largestTile, bytes: bytes.length } };
}
