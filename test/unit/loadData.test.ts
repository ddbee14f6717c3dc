import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../src/data/files';
import { loadAtlasData } from '../../src/data/loadData';
import { readText } from './fixtures';

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
  it('loads all six files', async () => {
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

  it('in a build, only parses the files the build checked: the records are the ones the full check gives', async () => {
    const parsed = await loadAtlasData(fakeFetch(), { check: false });
    const checked = await loadAtlasData(fakeFetch(), { check: true });
    expect(parsed.ok && checked.ok).toBe(true);
    expect(parsed).toEqual(checked);
  });

  it('names a file that is not JSON, also where it only parses', async () => {
    const result = await loadAtlasData(fakeFetch({ file: 'data/partners.json', body: '{"partners": [' }), { check: false });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems).toEqual([expect.stringMatching(/^data\/partners\.json: not valid JSON/)]);
  });

  it('on the dev server, checks in full: a broken file is named with what is wrong', async () => {
    const result = await loadAtlasData(fakeFetch({ file: 'data/tours.json', body: '{"tours": [ {"id": 5} ]}' }), { check: true });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.join('\n')).toMatch(/^data\/tours\.json: .*id/m);
  });
});
