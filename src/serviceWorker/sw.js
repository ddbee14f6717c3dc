/* Twente Atlas service worker (Workbox, built by vite-plugin-pwa in injectManifest mode).
   - The page, the offline basemap archive and the network file are precached with a revision each: a new
     build, or a rebuilt archive, is a new version. It waits until the reader accepts it (the page offers a
     reload), so it is never swapped underneath an open tab.
   - Built scripts, styles and data files have hashed names: they are kept in a cache of their own and not
     deleted when a new version comes, so a tab still on the old version can load its lazy parts.
   - Only responses of the right type are cached: never the server's HTML fallback under a script's URL.
   - Online basemap tiles are cached as they are viewed, with a size and an age limit. */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { registerRoute, NavigationRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { CacheableResponsePlugin } from 'workbox-cacheable-response';
import { createPartialResponse } from 'workbox-range-requests';
import { warmStrategyCache } from 'workbox-recipes';

const ARCHIVE = '/basemap/overijssel.pmtiles';
const TILE_HOSTS = ['service.pdok.nl', 'tiles.openfreemap.org'];
const ASSETS = 'atlas-assets';
const HASHED = /^\/assets\//;

/** Refuses a response whose type does not fit what was asked for (an HTML page for a script, style or data). */
const rightType = {
  cacheWillUpdate: async ({ request, response }) => {
    if (response.status !== 200) return null;
    const type = response.headers.get('content-type') || '';
    return request.destination !== 'document' && type.includes('text/html') ? null : response;
  },
};

// The PMTiles archive is read in byte ranges: answer them from the precached whole file (before the
// precache's own route, which would answer every range with the whole file).
registerRoute(
  ({ url }) => url.origin === self.location.origin && url.pathname === ARCHIVE,
  async ({ request }) => {
    const cached = await matchPrecache(ARCHIVE);
    if (!cached) return fetch(request);
    return request.headers.has('range') ? createPartialResponse(request, cached) : cached;
  },
);

const manifest = self.__WB_MANIFEST;
const hashed = manifest.filter((entry) => HASHED.test(`/${entry.url.replace(/^\//, '')}`));
precacheAndRoute(manifest.filter((entry) => !hashed.includes(entry)));
cleanupOutdatedCaches();

const assets = new CacheFirst({
  cacheName: ASSETS,
  plugins: [rightType, new ExpirationPlugin({ maxAgeSeconds: 60 * 24 * 3600, maxEntries: 400 })],
  matchOptions: { ignoreVary: true },
});

// This version's scripts and data at install, so the atlas opens offline; older versions' stay for open tabs.
warmStrategyCache({ urls: hashed.map((entry) => `/${entry.url.replace(/^\//, '')}`), strategy: assets });

self.addEventListener('message', (event) => {
  if (event.data && event.data.type === 'SKIP_WAITING') self.skipWaiting();
});
clientsClaim();

registerRoute(({ url }) => url.origin === self.location.origin && HASHED.test(url.pathname), assets);

registerRoute(new NavigationRoute(async ({ request }) => (await matchPrecache('/index.html')) || fetch(request)));

registerRoute(
  ({ url }) => TILE_HOSTS.includes(url.hostname),
  new CacheFirst({
    cacheName: 'atlas-tiles',
    plugins: [new CacheableResponsePlugin({ statuses: [200] }), rightType, new ExpirationPlugin({ maxEntries: 3000, maxAgeSeconds: 30 * 24 * 3600, purgeOnQuotaError: true })],
  }),
);
