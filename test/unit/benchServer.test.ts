// @vitest-environment node
// The bench's static server (scripts/bench/server.mjs) answers a request for part of a file with that part, as
// static hosts and `vite preview` do: the app checks the offline basemap's archive with a 7-byte request.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byteRange, serveStatic } from '../../scripts/bench/server.mjs';

describe('byteRange', () => {
  it('reads the three forms of one range', () => {
    expect(byteRange('bytes=0-6', 100)).toEqual({ start: 0, end: 6 });
    expect(byteRange('bytes=90-', 100)).toEqual({ start: 90, end: 99 });
    expect(byteRange('bytes=-10', 100)).toEqual({ start: 90, end: 99 });
  });

  it('ends a range that runs past the file at its last byte', () => {
    expect(byteRange('bytes=50-500', 100)).toEqual({ start: 50, end: 99 });
    expect(byteRange('bytes=-500', 100)).toEqual({ start: 0, end: 99 });
  });

  it('refuses a range that starts past the file or ends before it starts', () => {
    expect(byteRange('bytes=100-', 100)).toBe('unsatisfiable');
    expect(byteRange('bytes=9-3', 100)).toBe('unsatisfiable');
  });

  it('sends the whole file for no header, several ranges or another unit', () => {
    for (const header of [undefined, '', 'bytes=-', 'bytes=0-1,5-6', 'items=0-3', 'bytes=a-b']) expect(byteRange(header, 100)).toBeNull();
  });
});

describe('serveStatic', () => {
  let dir: string;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'bench-server-'));
    writeFileSync(join(dir, 'archive.pmtiles'), 'PMTiles and then the rest of the archive');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
    server = await serveStatic(dir);
  });
  afterAll(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers a range with 206 and only those bytes', async () => {
    const response = await fetch(`${server.origin}/archive.pmtiles`, { headers: { Range: 'bytes=0-6' } });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe('bytes 0-6/40');
    expect(await response.text()).toBe('PMTiles');
  });

  it('answers a plain request with the whole file, and says it takes ranges', async () => {
    const response = await fetch(`${server.origin}/archive.pmtiles`);
    expect(response.status).toBe(200);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(await response.text()).toBe('PMTiles and then the rest of the archive');
  });

  it('answers 416 for a range past the end, and index.html for unknown paths', async () => {
    expect((await fetch(`${server.origin}/archive.pmtiles`, { headers: { Range: 'bytes=99-' } })).status).toBe(416);
    expect(await (await fetch(`${server.origin}/somewhere`)).text()).toContain('<title>app</title>');
  });
});
