// The offline-basemap pipeline on small synthetic inputs laid out like the PDOK mirror: inputs, per-zoom
// selection, simplification, the finished archive, and failures that must leave nothing half-written.
import { area, kinks, polygon as turfPolygon } from '@turf/turf';
import { VectorTile } from '@mapbox/vector-tile';
import { PbfReader } from 'pbf';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { buildBasemap, isStale, fingerprint } from '../../scripts/basemap/build';
import { INPUT_FILES, placeMinZoom, readBasemapLayers, type BasemapLayers } from '../../scripts/basemap/inputs';
import { buildTiles, latToTileY, lonToTileX } from '../../scripts/basemap/tiles';
import { PMTiles, type Source } from 'pmtiles';

const square = (lon: number, lat: number, d: number) => ({
  type: 'Polygon' as const,
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});
const collection = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
const feature = (properties: object, geometry: object) => ({ type: 'Feature', properties, geometry });

/** A wiggly municipality outline with many vertices, like a real border. */
function wigglyOutline(lon: number, lat: number, radius: number, vertices = 600) {
  const ring = Array.from({ length: vertices }, (_, i) => {
    const a = (i / vertices) * 2 * Math.PI;
    const r = radius * (1 + 0.08 * Math.sin(a * 23) + 0.04 * Math.sin(a * 71));
    return [lon + (r * Math.cos(a)) / Math.cos((lat * Math.PI) / 180), lat + r * Math.sin(a)];
  });
  ring.push(ring[0]!);
  return { type: 'Polygon' as const, coordinates: [ring] };
}

function writeMirror(dir: string, options: { skip?: keyof typeof INPUT_FILES; corrupt?: keyof typeof INPUT_FILES } = {}) {
  const municipalities = Array.from({ length: 14 }, (_, i) =>
    feature(
      { statcode: `GM${1000 + i}`, statnaam: i === 0 ? 'Enschede' : `Twente ${i}`, regioTwente: true },
      i === 0 ? wigglyOutline(6.89, 52.22, 0.06) : square(6.5 + (i % 5) * 0.1, 52.45 + Math.floor(i / 5) * 0.1, 0.04),
    ),
  );
  const files: Record<keyof typeof INPUT_FILES, string> = {
    land: collection([feature({}, square(6.25, 52.3, 3))]),
    provinces: collection([feature({ statnaam: 'Overijssel' }, square(6.5, 52.4, 0.6))]),
    municipalities: collection(municipalities),
    overijssel: collection(municipalities),
    builtup: collection([feature({ naam: 'Enschede', typeGebied: 'woonkern' }, square(6.8937, 52.2215, 0.02)), feature({ naam: 'Lonneker', typeGebied: 'wijk' }, square(6.93, 52.25, 0.01))]),
    places: collection([
      feature({ naam: 'Enschede', typeGebied: 'woonkern', aantalInwoners: 160_000 }, { type: 'Point', coordinates: [6.8937, 52.2215] }),
      feature({ naam: 'Boekelo', typeGebied: 'woonkern', aantalInwoners: 2_000 }, { type: 'Point', coordinates: [6.8, 52.2] }),
      feature({ naam: 'Lonneker', typeGebied: 'wijk', aantalInwoners: 4_000 }, { type: 'Point', coordinates: [6.93, 52.25] }),
    ]),
  };
  for (const [name, text] of Object.entries(files) as Array<[keyof typeof INPUT_FILES, string]>) {
    if (name === options.skip) continue;
    const path = join(dir, INPUT_FILES[name]);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, name === options.corrupt ? '{"type": "FeatureCollection", "features": [' : text);
  }
}

class BytesSource implements Source {
  constructor(private readonly bytes: Uint8Array) {}
  getKey = () => 'file';
  getBytes = async (offset: number, length: number) => ({ data: this.bytes.slice(offset, offset + length).buffer });
}

const temp = mkdtempSync(join(tmpdir(), 'atlas-basemap-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const fresh = (name: string) => {
  const dir = join(temp, name);
  mkdirSync(dir, { recursive: true });
  return dir;
};

describe('basemap inputs', () => {
  it('selects big towns first: label zoom by population', () => {
    expect([
      placeMinZoom('woonkern', 160_000),
      placeMinZoom('woonkern', 20_000),
      placeMinZoom('woonkern', 6_000),
      placeMinZoom('woonkern', 1_500),
      placeMinZoom('woonkern', undefined),
      placeMinZoom('stadsdeel', 30_000),
    ]).toEqual([5, 8, 9, 10, 11, 12]);
  });

  it('keeps built-up areas and towns, marks Twente, and adds Germany and Belgium for context', () => {
    const dir = fresh('inputs');
    writeMirror(dir);
    const layers = readBasemapLayers(dir);
    expect(layers.builtup.features.map((f) => f.properties!.name)).toEqual(['Enschede']);
    expect(layers.places.features.filter((f) => f.properties!.country === 'NL').map((f) => [f.properties!.name, f.properties!.minzoom])).toEqual([
      ['Enschede', 5],
      ['Boekelo', 10],
    ]);
    expect(layers.municipalities.features.every((f) => f.properties!.twente === true)).toBe(true);
    expect(layers.municipalityLabels.features).toHaveLength(14);
    expect(layers.countries.features.map((f) => f.properties!.name).sort()).toEqual(['Belgium', 'Germany']);
  });

  it('names a missing input file', () => {
    const dir = fresh('missing');
    writeMirror(dir, { skip: 'places' });
    expect(() => readBasemapLayers(dir)).toThrow(`missing input ${INPUT_FILES.places}`);
  });

  it('names a corrupt input file', () => {
    const dir = fresh('corrupt');
    writeMirror(dir, { corrupt: 'provinces' });
    expect(() => readBasemapLayers(dir)).toThrow(/corrupt input boundaries\/provincies-2026-nl\.wgs84\.geojson: not valid JSON/);
  });

  it('rejects a source directory that does not exist', () => {
    expect(() => readBasemapLayers(join(temp, 'nowhere'))).toThrow(/does not exist/);
  });
});

describe('tiles and simplification', () => {
  const dir = fresh('tiles');
  writeMirror(dir);
  const layers: BasemapLayers = readBasemapLayers(dir);
  const { tiles } = buildTiles(layers, { min: 5, max: 12 });
  const decode = (z: number, lon: number, lat: number) => {
    const t = tiles.find((x) => x.z === z && x.x === lonToTileX(lon, z) && x.y === latToTileY(lat, z));
    return t ? new VectorTile(new PbfReader(new Uint8Array(gunzipSync(t.data)))) : undefined;
  };

  it('only carries each layer from its zoom on, and small towns only up close', () => {
    const z5 = decode(5, 6.89, 52.22)!;
    expect(Object.keys(z5.layers).sort()).toEqual(['countries', 'land', 'places', 'provinces']);
    // Enschede, and the German cities of 50,000 or more (Münster, Osnabrück, Nordhorn …): no Dutch village.
    const names = Array.from({ length: z5.layers.places!.length }, (_, i) => z5.layers.places!.feature(i).properties.name);
    expect(names).toEqual(expect.arrayContaining(['Enschede', 'Münster', 'Osnabrück', 'Nordhorn']));
    expect(names).not.toContain('Boekelo');
    const z10 = decode(10, 6.8, 52.2)!;
    expect(Object.keys(z10.layers)).toEqual(expect.arrayContaining(['municipalities', 'builtup', 'places']));
  });

  it('simplifies a municipality at low zoom yet keeps a valid outline of about the same area', () => {
    const original = layers.municipalities.features[0]!;
    const outlineAt = (z: number) => {
      const tile = decode(z, 6.89, 52.22)!;
      const layer = tile.layers.municipalities!;
      for (let i = 0; i < layer.length; i++) {
        const f = layer.feature(i);
        if (f.properties.name === 'Enschede') return f.toGeoJSON(lonToTileX(6.89, z), latToTileY(52.22, z), z);
      }
      throw new Error(`no Enschede at z${z}`);
    };
    const low = outlineAt(7);
    const high = outlineAt(10);
    const ring = (g: typeof low) => (g.geometry.type === 'Polygon' ? g.geometry.coordinates[0]! : (g.geometry as GeoJSON.MultiPolygon).coordinates[0]![0]!);
    expect(ring(low).length).toBeLessThan(ring(high).length);
    expect(ring(low).length).toBeGreaterThanOrEqual(8);
    const lowPolygon = turfPolygon([ring(low)]);
    expect(kinks(lowPolygon).features).toHaveLength(0);
    const ratio = area(lowPolygon) / area(original);
    expect(ratio).toBeGreaterThan(0.9);
    expect(ratio).toBeLessThan(1.1);
  });
});

describe('building the archive', () => {
  it('writes a verified archive, a stamp, and recognises when it is up to date', async () => {
    const dir = fresh('build');
    writeMirror(dir);
    const out = join(temp, 'out', 'overijssel.pmtiles');
    const report = await buildBasemap(dir, out);
    expect(report.tiles).toBeGreaterThan(100);
    const bytes = new Uint8Array(readFileSync(out));
    const archive = new PMTiles(new BytesSource(bytes));
    expect((await archive.getHeader()).maxZoom).toBe(14);
    const metadata = (await archive.getMetadata()) as { vector_layers: Array<{ id: string }> };
    expect(metadata.vector_layers.map((l) => l.id)).toContain('municipalities');
    expect(isStale(out, fingerprint(dir))).toBe(false);
    writeFileSync(join(dir, INPUT_FILES.places), collection([]));
    expect(isStale(out, fingerprint(dir))).toBe(true);
  });

  it('leaves no archive at all when the build fails verification', async () => {
    const dir = fresh('failing');
    writeMirror(dir);
    writeFileSync(join(dir, INPUT_FILES.builtup), collection([]));
    const out = join(temp, 'failed', 'overijssel.pmtiles');
    await expect(buildBasemap(dir, out)).rejects.toThrow(/failed verification[\s\S]*no "builtup" features/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(dirname(out)) ? readdirSync(dirname(out)) : []).toEqual([]);
  });
});
