// What "Prepare offline" reports: only what the browser's caches hold counts as kept.
import { describe, expect, it } from 'vitest';
import { APP_URL, ARCHIVE_URL, notKept, shortfallOf } from '../../src/offline/prepare';

const cachesHolding = (held: string[]) => ({ match: async (url: string) => (held.includes(url) ? new Response('') : undefined) }) as unknown as CacheStorage;

describe('prepare offline', () => {
  it('counts a fetched file the caches do not hold as missing', async () => {
    expect(await notKept([APP_URL, ARCHIVE_URL, 'https://tile/1'], cachesHolding([APP_URL]), 0)).toEqual([ARCHIVE_URL, 'https://tile/1']);
  });

  it('looks again for a file stored just after the check began', async () => {
    const held: string[] = [];
    const storage = { match: async (url: string) => (held.push(url), held.filter((u) => u === url).length > 1 ? new Response('') : undefined) } as unknown as CacheStorage;
    expect(await notKept(['https://tile/1'], storage, 0)).toEqual([]);
  });

  it('names what is missing by what it means to the reader', () => {
    expect(shortfallOf([])).toBeNull();
    expect(shortfallOf([ARCHIVE_URL, 'https://tile/1', 'https://tile/2'])).toEqual({ app: false, archive: true, tiles: 2 });
  });
});
