// @vitest-environment jsdom
// The basemap controller against a fake map: it slots basemaps under the thematic layers and falls back
// on tile errors and time-outs, with a notice; the offline archive is used only where it can be read.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { offlineArchiveStatus } from '../../src/map/basemaps/catalog';
import { startBasemaps } from '../../src/map/basemaps/controller';
import { createAtlasStore } from '../../src/state/store';
import { gzipSync } from 'node:zlib';
import { Compression, TileType, writeArchive } from '../../scripts/basemap/pmtilesWriter';

class FakeMap {
  layers: Array<{ id: string }> = [{ id: 'background' }, { id: 'outlines-fill' }, { id: 'sites-label' }];
  sources: Record<string, unknown> = { sites: {} };
  private handlers = new Map<string, Array<(e: unknown) => void>>();
  on(type: string, fn: (e: unknown) => void) {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), fn]);
  }
  off(type: string, fn: (e: unknown) => void) {
    this.handlers.set(
      type,
      (this.handlers.get(type) ?? []).filter((h) => h !== fn),
    );
  }
  emit(type: string, event: unknown) {
    for (const fn of this.handlers.get(type) ?? []) fn(event);
  }
  getStyle() {
    return { layers: [...this.layers], sources: { ...this.sources } };
  }
  getLayer(id: string) {
    return this.layers.find((l) => l.id === id);
  }
  addLayer(layer: { id: string }, before?: string) {
    const at = before ? this.layers.findIndex((l) => l.id === before) : this.layers.length;
    this.layers.splice(at, 0, layer);
  }
  removeLayer(id: string) {
    this.layers = this.layers.filter((l) => l.id !== id);
  }
  addSource(id: string, source: unknown) {
    this.sources[id] = source;
  }
  removeSource(id: string) {
    delete this.sources[id];
  }
  setGlyphs() {}
  setSprite() {}
}

const noArchive = vi.fn(async () => new Response('<!doctype html>', { status: 200 }));
/** The archive's first bytes, as a server that sends only whole files (200) does. */
const archiveServedWith = (status: 200) => vi.fn(async () => new Response(`PMTiles${'\0'.repeat(4096)}`, { status }));

/** A real archive of a few tiles, served in parts as a server with byte ranges does. */
function servedInParts(bytes: Uint8Array): typeof fetch {
  return (async (_url: string, init?: RequestInit) => {
    const [, from, to] = /bytes=(\d+)-(\d+)/.exec(new Headers(init?.headers).get('range') ?? '')!;
    const part = bytes.slice(Number(from), Math.min(Number(to) + 1, bytes.length));
    return new Response(part, { status: 206, headers: { 'Content-Range': `bytes ${from}-${Number(from) + part.length - 1}/${bytes.length}` } });
  }) as typeof fetch;
}
const smallArchive = () =>
  writeArchive(
    [0, 1].flatMap((z) => Array.from({ length: 4 ** z }, (_, i) => ({ z, x: i % 2 ** z, y: Math.floor(i / 2 ** z), data: new Uint8Array(gzipSync(`tile ${z}/${i}`.repeat(50))) }))),
    { metadata: { name: 'test', vector_layers: [] }, tileType: TileType.mvt, tileCompression: Compression.gzip, minZoom: 0, maxZoom: 1, bounds: [5, 51, 8, 54], center: [6.5, 52.4, 1] },
  ).bytes;

describe('offline archive check', () => {
  it('is available when the server sends the parts asked for and the archive is whole', async () => {
    expect(await offlineArchiveStatus(servedInParts(smallArchive()))).toBe('available');
  });

  it('counts a truncated archive as missing', async () => {
    const bytes = smallArchive();
    expect(await offlineArchiveStatus(servedInParts(bytes.slice(0, bytes.length - 40)))).toBe('missing');
  });

  it('counts an archive with a corrupt directory as missing', async () => {
    const bytes = smallArchive();
    bytes.fill(0xff, 127, 160);
    expect(await offlineArchiveStatus(servedInParts(bytes))).toBe('missing');
  });

  it('is unusable when the server answers a request for part of the archive with all of it', async () => {
    expect(await offlineArchiveStatus(archiveServedWith(200) as unknown as typeof fetch)).toBe('no-byte-ranges');
  });

  it('is missing when the server answers with a page, an error or not at all', async () => {
    expect(await offlineArchiveStatus(noArchive as unknown as typeof fetch)).toBe('missing');
    expect(await offlineArchiveStatus((async () => new Response('', { status: 404 })) as unknown as typeof fetch)).toBe('missing');
    expect(await offlineArchiveStatus((async () => Promise.reject(new TypeError('offline'))) as unknown as typeof fetch)).toBe('missing');
  });
});

describe('basemap controller', () => {
  let map: FakeMap;
  let stop: () => void;
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    map = new FakeMap();
  });
  afterEach(() => {
    stop?.();
    vi.useRealTimers();
  });

  const start = (basemap: 'pdok' | 'offline' | 'none' = 'pdok', fetcher: unknown = noArchive) => {
    const store = createAtlasStore({ siteIds: [], initialBasemap: basemap });
    stop = startBasemaps({ map: map as unknown as MaplibreMap, store, beforeLayerId: 'outlines-fill', fetcher: fetcher as typeof fetch, timeoutMs: 5000 });
    return store;
  };
  /** Lets pending promise callbacks run (timers are fake, so only microtasks). */
  const settle = async () => {
    for (let i = 0; i < 20; i++) await Promise.resolve();
  };

  it('puts PDOK under the thematic layers and reports it active', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    expect(map.layers.map((l) => l.id)).toEqual(['background', 'basemap:pdok', 'outlines-fill', 'sites-label']);
    expect(store.getState().offlineArchive).toBe('missing');
  });

  it('falls back to the plain background with a notice when tiles fail', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    map.emit('error', { sourceId: 'basemap:pdok', error: new Error('offline') });
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('none'));
    expect(store.getState().basemap).toBe('pdok');
    expect(store.getState().notices.at(-1)?.message).toEqual({ code: 'basemapFallback', params: { basemap: 'pdok', cause: 'tiles', fallback: 'plain' } });
    expect(map.layers.some((l) => l.id.startsWith('basemap:'))).toBe(false);
  });

  it('falls back when no tile arrives in time', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    vi.advanceTimersByTime(5001);
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('none'));
    expect(store.getState().notices.at(-1)?.message).toMatchObject({ params: { cause: 'timeout' } });
  });

  it('keeps an online basemap once its first tile has arrived', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    map.emit('sourcedata', { sourceId: 'basemap:pdok', tile: {} });
    vi.advanceTimersByTime(60_000);
    await settle();
    expect(store.getState().activeBasemap).toBe('pdok');
    expect(store.getState().notices).toEqual([]);
  });

  it('ignores errors of the thematic sources', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    map.emit('error', { sourceId: 'sites', error: new Error('x') });
    await settle();
    expect(store.getState().activeBasemap).toBe('pdok');
  });

  it('switches when the user picks another basemap', async () => {
    const store = start();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    store.getState().chooseBasemap('none');
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('none'));
    expect(map.layers.map((l) => l.id)).toEqual(['background', 'outlines-fill', 'sites-label']);
  });

  it('asked for an offline archive the server cannot serve in parts, shows the plain background and says why', async () => {
    const store = start('offline', archiveServedWith(200));
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('none'));
    expect(store.getState().offlineArchive).toBe('no-byte-ranges');
    expect(store.getState().notices.at(-1)?.message).toEqual({
      code: 'basemapFallback',
      params: { basemap: 'offline', cause: 'unavailable', archive: 'no-byte-ranges', fallback: 'plain' },
    });
    expect(map.layers.some((l) => l.id.startsWith('basemap:'))).toBe(false);
  });

  it('shows an online basemap without waiting for the archive check', async () => {
    const store = start(
      'pdok',
      vi.fn(() => new Promise<Response>(() => undefined)),
    );
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    expect(store.getState().offlineArchive).toBe('checking');
  });

  it('a failure before the archive check has answered waits for it to choose the fallback', async () => {
    let answer: () => void = () => undefined;
    const answered = new Promise<void>((resolve) => (answer = resolve));
    const parts = servedInParts(smallArchive());
    const store = start(
      'pdok',
      vi.fn(async (url: string, init?: RequestInit) => (await answered, parts(url, init))),
    );
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    map.emit('error', { sourceId: 'basemap:pdok', error: new Error('offline') });
    await settle();
    expect(store.getState().notices).toEqual([]);
    answer();
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('offline'));
    expect(store.getState().notices.at(-1)?.message).toEqual({ code: 'basemapFallback', params: { basemap: 'pdok', cause: 'tiles', fallback: 'offline' } });
  });

  it('never falls back to an archive it cannot read', async () => {
    const store = start('pdok', archiveServedWith(200));
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('pdok'));
    map.emit('error', { sourceId: 'basemap:pdok', error: new Error('offline') });
    await vi.waitFor(() => expect(store.getState().activeBasemap).toBe('none'));
    expect(store.getState().notices.at(-1)?.message).toMatchObject({ params: { fallback: 'plain' } });
  });
});
