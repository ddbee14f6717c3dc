// The PMTiles writer, checked against the official reader (`pmtiles`) and the spec's encodings.
import { PMTiles, zxyToTileId as referenceTileId, type Source } from 'pmtiles';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildDirectories, HEADER_BYTES, layoutTiles, serializeDirectory, TileType, Compression, writeArchive, writeVarint, zxyToTileId, type Entry } from '../../scripts/basemap/pmtilesWriter';

class BufferSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'memory';
  getBytes = async (offset: number, length: number) => ({ data: this.bytes.slice(offset, offset + length).buffer });
}

const options = {
  metadata: { name: 'test', vector_layers: [{ id: 'places', fields: {} }] },
  tileType: TileType.mvt,
  tileCompression: Compression.gzip,
  minZoom: 0,
  maxZoom: 3,
  bounds: [5.6, 51.9, 7.3, 52.9] as [number, number, number, number],
  center: [6.5, 52.4, 2] as [number, number, number],
};
const tile = (text: string) => new Uint8Array(gzipSync(text));

describe('Hilbert tile ids', () => {
  it('match the reference implementation at every tile up to zoom 5 and samples at zoom 14', () => {
    for (let z = 0; z <= 5; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) expect(zxyToTileId(z, x, y)).toBe(referenceTileId(z, x, y));
    for (const [x, y] of [
      [8400, 5390],
      [0, 16383],
      [16383, 0],
      [12345, 6789],
    ] as const)
      expect(zxyToTileId(14, x, y)).toBe(referenceTileId(14, x, y));
  });

  it('numbers the first tiles as the spec does', () => {
    expect([zxyToTileId(0, 0, 0), zxyToTileId(1, 0, 0), zxyToTileId(1, 0, 1), zxyToTileId(1, 1, 1), zxyToTileId(1, 1, 0), zxyToTileId(2, 0, 0)]).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('rejects tiles outside their zoom', () => {
    expect(() => zxyToTileId(2, 4, 0)).toThrow(RangeError);
    expect(() => zxyToTileId(27, 0, 0)).toThrow(RangeError);
  });
});

describe('varints and directories', () => {
  it('writes LEB128 varints', () => {
    const out: number[] = [];
    for (const n of [0, 1, 127, 128, 300, 2 ** 35]) writeVarint(out, n);
    expect(out).toEqual([0, 1, 127, 0x80, 1, 0xac, 2, 0x80, 0x80, 0x80, 0x80, 0x80, 1]);
    expect(() => writeVarint([], -1)).toThrow(RangeError);
  });

  it('encodes id deltas, run lengths, lengths and contiguous offsets as 0', () => {
    const entries: Entry[] = [
      { tileId: 5, offset: 0, length: 10, runLength: 1 },
      { tileId: 7, offset: 10, length: 20, runLength: 2 },
      { tileId: 20, offset: 0, length: 10, runLength: 1 },
    ];
    expect(Array.from(serializeDirectory(entries))).toEqual([3, 5, 2, 13, 1, 2, 1, 10, 20, 10, 1, 0, 1]);
  });

  it('moves entries into leaf directories when the root would exceed its budget', () => {
    const entries: Entry[] = Array.from({ length: 20_000 }, (_, i) => ({ tileId: i * 10 + (i % 7), offset: i * 1000, length: 900 + (i % 13), runLength: 1 }));
    const { root, leaves } = buildDirectories(entries, 2000);
    expect(root.length).toBeLessThanOrEqual(2000);
    expect(leaves.length).toBeGreaterThan(0);
    expect(buildDirectories(entries.slice(0, 10)).leaves.length).toBe(0);
  });
});

describe('tile layout', () => {
  it('orders along the curve and deduplicates runs of identical tiles (clustering)', () => {
    const sea = tile('sea');
    const { entries, contents, data } = layoutTiles([
      { z: 1, x: 1, y: 0, data: sea },
      { z: 1, x: 0, y: 0, data: sea },
      { z: 1, x: 0, y: 1, data: sea },
      { z: 1, x: 1, y: 1, data: tile('land') },
      { z: 0, x: 0, y: 0, data: tile('world') },
    ]);
    expect(entries.map((e) => [e.tileId, e.runLength])).toEqual([
      [0, 1],
      [1, 2],
      [3, 1],
      [4, 1],
    ]);
    expect(entries[3]!.offset).toBe(entries[1]!.offset);
    expect(contents).toBe(3);
    expect(data.length).toBe(tile('world').length + sea.length + tile('land').length);
  });

  it('refuses the same tile twice', () => {
    expect(() =>
      layoutTiles([
        { z: 0, x: 0, y: 0, data: tile('a') },
        { z: 0, x: 0, y: 0, data: tile('b') },
      ]),
    ).toThrow(/given twice/);
  });
});

describe('round trip through the official reader', () => {
  it('reads back header, metadata and every tile', async () => {
    const tiles = [];
    for (let z = 0; z <= 3; z++) for (let x = 0; x < 2 ** z; x++) for (let y = 0; y < 2 ** z; y++) tiles.push({ z, x, y, data: tile(`${z}/${x}/${y}`) });
    const { bytes, stats } = writeArchive(tiles, options);
    expect(stats).toMatchObject({ addressedTiles: 85, tileEntries: 85, tileContents: 85 });
    expect(new TextDecoder().decode(bytes.slice(0, 7))).toBe('PMTiles');
    const archive = new PMTiles(new BufferSource(bytes));
    const header = await archive.getHeader();
    expect(header).toMatchObject({ specVersion: 3, rootDirectoryOffset: HEADER_BYTES, minZoom: 0, maxZoom: 3, tileType: TileType.mvt, clustered: true, numAddressedTiles: 85 });
    expect(header.minLon).toBeCloseTo(5.6, 6);
    expect(header.maxLat).toBeCloseTo(52.9, 6);
    expect(await archive.getMetadata()).toEqual(options.metadata);
    for (const t of [tiles[0]!, tiles[40]!, tiles[84]!]) {
      const got = await archive.getZxy(t.z, t.x, t.y);
      // The reader hands back the tile decompressed.
      expect(new TextDecoder().decode(new Uint8Array(got!.data))).toBe(`${t.z}/${t.x}/${t.y}`);
    }
    expect(await archive.getZxy(3, 9, 9).catch(() => 'outside')).toBe('outside');
  });

  it('reads back an archive with leaf directories', async () => {
    const tiles = [];
    for (let x = 0; x < 100; x++) for (let y = 0; y < 100; y++) tiles.push({ z: 8, x, y, data: tile(`${x}-${y}-${(x * 7919 + y * 104729) % 1000003}`) });
    const { bytes } = writeArchive(tiles, { ...options, minZoom: 8, maxZoom: 8, rootBudget: 200 });
    const archive = new PMTiles(new BufferSource(bytes));
    const header = await archive.getHeader();
    expect(header.leafDirectoryLength).toBeGreaterThan(0);
    expect(header.rootDirectoryLength).toBeLessThanOrEqual(200);
    const got = await archive.getZxy(8, 67, 45);
    expect(new TextDecoder().decode(new Uint8Array(got!.data))).toBe(`67-45-${(67 * 7919 + 45 * 104729) % 1000003}`);
  });
});
