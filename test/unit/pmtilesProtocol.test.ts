// The pmtiles:// protocol's library is loaded on the offline basemap's first tile, not with the start-up code.
import { describe, expect, it, vi } from 'vitest';
import { loadedOnFirstTile, pmtilesTile, type TileLoader } from '../../src/map/pmtilesProtocol';

type Params = Parameters<TileLoader>[0];
const params = (url: string) => ({ url }) as Params;
const tileLoader = () => vi.fn<TileLoader>(async (p) => ({ data: p.url }));

describe('the pmtiles protocol, loaded on the first tile', () => {
  it('loads nothing until a tile is asked for, then once for every tile, concurrent ones included', async () => {
    const real = tileLoader();
    const load = vi.fn(async () => real);
    const tile = loadedOnFirstTile(load);
    expect(load).not.toHaveBeenCalled();
    const abort = new AbortController();
    const answers = await Promise.all([tile(params('pmtiles://a/1/0/0'), abort), tile(params('pmtiles://a/1/1/0'), abort)]);
    await tile(params('pmtiles://a/2/0/0'), abort);
    expect(load).toHaveBeenCalledTimes(1);
    expect(answers.map((a) => a.data)).toEqual(['pmtiles://a/1/0/0', 'pmtiles://a/1/1/0']);
    expect(real).toHaveBeenLastCalledWith(params('pmtiles://a/2/0/0'), abort);
  });

  it('tries the load again on the next tile when it failed (a chunk not reached once is not lost for good)', async () => {
    const real = tileLoader();
    const load = vi.fn<() => Promise<TileLoader>>().mockRejectedValueOnce(new Error('chunk not reached')).mockResolvedValue(real);
    const tile = loadedOnFirstTile(load);
    await expect(tile(params('pmtiles://a/0/0/0'), new AbortController())).rejects.toThrow('chunk not reached');
    await expect(tile(params('pmtiles://a/0/0/0'), new AbortController())).resolves.toEqual({ data: 'pmtiles://a/0/0/0' });
    expect(load).toHaveBeenCalledTimes(2);
  });

  it('hands tiles to the pmtiles library’s own protocol', async () => {
    // The library reads the archive's header with a ranged request; a server that cannot serve ranges gets its error.
    const fetchMock = vi.fn(async () => new Response(new Uint8Array(16), { status: 200 }));
    vi.stubGlobal('fetch', fetchMock);
    try {
      await expect(pmtilesTile(params('pmtiles://http://127.0.0.1/none.pmtiles/0/0/0'), new AbortController())).rejects.toThrow(/Byte Serving/);
      expect(String((fetchMock.mock.calls[0] as unknown[])[0])).toBe('http://127.0.0.1/none.pmtiles');
    } finally {
      vi.unstubAllGlobals();
    }
  });
});
