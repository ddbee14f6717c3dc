// @vitest-environment node
// (one realm: jsdom's SubtleCrypto refuses the ArrayBuffers of Node's fetch Response, which a browser never mixes)
import { createHash } from 'node:crypto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import checkedDigests from 'virtual:atlas-data-digests';
import { parseAtlasData } from '../../src/data/atlasData';
import { DATA_FILES, type DataFile } from '../../src/data/files';
import { loadAtlasData } from '../../src/data/loadData';
import { readVerifiedData } from '../../src/data/verifiedData';
import { dataTexts, readText } from './fixtures';

/** The full check, watched: how often the loader asked for it. */
const watchedFullCheck = () => vi.fn(async () => ({ parseAtlasData }));

afterEach(() => {
  vi.unstubAllGlobals();
});

/** A fetch that serves the real files by name, with one of them replaced or missing. */
function fakeFetch(override: { file?: string; status?: number; body?: string; offline?: boolean } = {}): typeof fetch {
  return (async (input: RequestInfo | URL) => {
    const url = String(input);
    const file = DATA_FILES.find((f) => url.includes(f.replace('data/', '').replace(/\.(geo)?json$/, '')));
    if (!file) return new Response('not found', { status: 404 });
    if (override.file === file) {
      if (override.offline) throw new TypeError('Failed to fetch');
      return new Response(override.body ?? '', { status: override.status ?? 200 });
    }
    return new Response(readText(file), { status: 200 });
  }) as typeof fetch;
}

describe('loading the data files', () => {
  it('loads and checks all six files', async () => {
    const result = await loadAtlasData(fakeFetch());
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.data.sites.features.length).toBeGreaterThan(20);
  });

  it('names a file the server does not have', async () => {
    expect(await loadAtlasData(fakeFetch({ file: 'data/tours.json', status: 404 }))).toEqual({ ok: false, problems: ['data/tours.json: could not be loaded (HTTP 404)'] });
  });

  it('names a file that cannot be fetched at all (offline, no cache)', async () => {
    expect(await loadAtlasData(fakeFetch({ file: 'data/links.geojson', offline: true }))).toEqual({ ok: false, problems: ['data/links.geojson: could not be loaded (Failed to fetch)'] });
  });

  it('only parses files the build checked (their digests match): the full check is not even loaded', async () => {
    const fullCheck = watchedFullCheck();
    const result = await loadAtlasData(fakeFetch(), { loadFullCheck: fullCheck });
    expect(result).toMatchObject({ ok: true, checkedBy: 'build' });
    expect(fullCheck).not.toHaveBeenCalled();
    if (result.ok) expect(result.data).toEqual(parseAtlasData(dataTexts()));
  });

  it('checks in full a file that differs from what the build checked, and takes it when it passes', async () => {
    const fullCheck = watchedFullCheck();
    // The same tours, written out differently: other bytes, so another digest.
    const retyped = JSON.stringify(JSON.parse(readText('data/tours.json')), null, 4);
    const result = await loadAtlasData(fakeFetch({ file: 'data/tours.json', body: retyped }), { loadFullCheck: fullCheck });
    expect(result).toMatchObject({ ok: true, checkedBy: 'browser' });
    expect(fullCheck).toHaveBeenCalledTimes(1);
    if (result.ok) expect(result.data.tours).toEqual(parseAtlasData(dataTexts()).tours);
  });

  it('checks in full where there are no digests: a dev server that found problems, or a page without SubtleCrypto', async () => {
    const withoutDigests = await loadAtlasData(fakeFetch(), { digests: {}, loadFullCheck: watchedFullCheck() });
    expect(withoutDigests).toMatchObject({ ok: true, checkedBy: 'browser' });
    // Not a secure context (plain http on another host): no crypto.subtle.
    vi.stubGlobal('crypto', {});
    const insecure = watchedFullCheck();
    expect(await loadAtlasData(fakeFetch(), { loadFullCheck: insecure })).toMatchObject({ ok: true, checkedBy: 'browser' });
    expect(insecure).toHaveBeenCalledTimes(1);
  });

  it('refuses a file it cannot check: one that differs while the checker cannot be loaded (offline)', async () => {
    const retyped = JSON.stringify(JSON.parse(readText('data/tours.json')), null, 4);
    const offline = async () => {
      throw new TypeError('Failed to fetch dynamically imported module');
    };
    expect(await loadAtlasData(fakeFetch({ file: 'data/tours.json', body: retyped }), { loadFullCheck: offline })).toEqual({
      ok: false,
      problems: ['data/tours.json: differs from the file the build checked, and the check could not be loaded (Failed to fetch dynamically imported module)'],
    });
  });

  it('names a corrupt file and says what is wrong', async () => {
    const result = await loadAtlasData(fakeFetch({ file: 'data/tours.json', body: '{"tours": [ {"id": 5} ]}' }));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(/^data\/tours\.json: .*id/m);
  });
});

describe('what the build hands the app', () => {
  it('has the SHA-256 of every data file as it is in the repository', () => {
    const sha256 = (file: DataFile) => createHash('sha256').update(readText(file)).digest('hex');
    expect(checkedDigests).toEqual(Object.fromEntries(DATA_FILES.map((file) => [file, sha256(file)])));
  });

  it('reads checked files into exactly the records the full check gives (no schema reshapes them)', () => {
    expect(readVerifiedData(dataTexts())).toEqual(parseAtlasData(dataTexts()));
  });
});
