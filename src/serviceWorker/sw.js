/* Twente Atlas service worker: the app shell, the data (bundled in the scripts) and the offline basemap
   are cached at install; online basemap tiles are cached as they are viewed. PRECACHE and VERSION are
   prepended by the build (vite.config.ts). Range requests for the PMTiles archive are answered from the
   cached whole file. */
/* global PRECACHE, VERSION */
const SHELL = `atlas-shell-${VERSION}`;
const TILES = 'atlas-tiles-v1';
const ARCHIVE = '/basemap/overijssel.pmtiles';
const TILE_HOSTS = ['service.pdok.nl', 'tiles.openfreemap.org'];

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const cache = await caches.open(SHELL);
      await cache.addAll(['/', ...PRECACHE.map((file) => `/${file}`)]);
      // The offline basemap is optional: cache it whole when the build has it.
      try {
        const response = await fetch(ARCHIVE);
        if (response.ok && response.status === 200) await cache.put(ARCHIVE, response);
      } catch {
        /* not built */
      }
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('atlas-shell-') && key !== SHELL) await caches.delete(key);
      await self.clients.claim();
    })(),
  );
});

/** The cached archive's bytes, read once per worker start: every tile of the offline basemap is a range of it. */
let archiveBytes;

async function rangeFromCache(request) {
  if (!archiveBytes) {
    const cached = await caches.match(ARCHIVE);
    if (!cached) return fetch(request);
    archiveBytes = cached.arrayBuffer().catch((error) => {
      archiveBytes = undefined;
      throw error;
    });
  }
  const body = await archiveBytes;
  const range = /bytes=(\d+)-(\d*)/.exec(request.headers.get('range') || '');
  if (!range) return new Response(body, { status: 200, headers: { 'Content-Type': 'application/octet-stream', 'Content-Length': String(body.byteLength) } });
  const start = Number(range[1]);
  const end = range[2] ? Math.min(Number(range[2]), body.byteLength - 1) : body.byteLength - 1;
  return new Response(body.slice(start, end + 1), {
    status: 206,
    headers: { 'Content-Type': 'application/octet-stream', 'Content-Range': `bytes ${start}-${end}/${body.byteLength}`, 'Content-Length': String(end - start + 1) },
  });
}

async function cacheFirst(request, cacheName) {
  // Servers answer `Vary: Origin`; a reload's requests do not carry the headers the install's did, so a strict
  // match missed every file and a reload with the network off left the page blank. A file's URL names it here.
  const cached = await caches.match(request, { ignoreVary: true });
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok && response.status === 200) {
    const cache = await caches.open(cacheName);
    await cache.put(request, response.clone());
  }
  return response;
}

async function networkFirstPage(request) {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match('/')) || Response.error();
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin === self.location.origin) {
    if (url.pathname === ARCHIVE) event.respondWith(rangeFromCache(request));
    else if (request.mode === 'navigate') event.respondWith(networkFirstPage(request));
    else event.respondWith(cacheFirst(request, SHELL));
  } else if (TILE_HOSTS.includes(url.hostname)) {
    event.respondWith(cacheFirst(request, TILES));
  }
});
