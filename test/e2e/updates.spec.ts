// New versions and the service worker's caches, against a copy of the build on a server of its own, so a test
// can deploy a "new version" (change files on disk) without touching the other tests' server.
import { expect, test, type Page } from '@playwright/test';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import { blockExternal, untilServiceWorkerServes, waitForMapReady } from './driver';

const BUILD = process.env.UPDATES_DIST ?? join(dirname(fileURLToPath(import.meta.url)), '../../dist');
const PORT = 4191;
const BASE = `http://127.0.0.1:${PORT}`;

test.describe.configure({ mode: 'serial' });

let server: PreviewServer;
let site: string;

test.beforeEach(async () => {
  site = mkdtempSync(join(tmpdir(), 'atlas-deploy-'));
  cpSync(BUILD, site, { recursive: true });
  server = await preview({ configFile: false, root: site, logLevel: 'silent', build: { outDir: site }, preview: { port: PORT, strictPort: true, host: '127.0.0.1' } });
});

test.afterEach(async () => {
  await new Promise<void>((done) => server.httpServer.close(() => done()));
  rmSync(site, { recursive: true, force: true });
});

async function visit(page: Page, network?: () => Promise<unknown>) {
  await blockExternal(page);
  await network?.();
  await page.goto(`${BASE}/`);
  await waitForMapReady(page);
  await untilServiceWorkerServes(page);
}

/** A new build on the server: a changed service worker, and the old version's lazy planner chunk gone. */
function deployNewVersion() {
  appendFileSync(join(site, 'sw.js'), '\n// the next version\n');
  const planner = readdirSync(join(site, 'assets')).find((file) => /^PlannerPanel-.*\.js$/.test(file))!;
  rmSync(join(site, 'assets', planner));
}

test('a new version is offered, not swapped underneath the open tab, whose planner still loads', async ({ page }) => {
  await visit(page);
  deployNewVersion();
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())!.update());
  const offer = page.getByTestId('update-ready');
  await expect(offer).toContainText('A new version of the atlas is ready.');
  await page.getByRole('button', { name: 'Planner', exact: true }).click();
  await expect(page.getByTestId('side-panel').getByRole('tab', { name: 'Scenario' })).toBeVisible();
  await offer.getByRole('button', { name: 'Reload' }).click();
  await expect(offer).toHaveCount(0);
  await waitForMapReady(page);
});

test("the server's HTML fallback is never cached under a script's URL", async ({ page }) => {
  await visit(page);
  const kept = await page.evaluate(async () => {
    const answer = await fetch('/assets/not-built-abc123.js');
    return { type: answer.headers.get('content-type'), cached: !!(await caches.match('/assets/not-built-abc123.js', { ignoreVary: true })) };
  });
  expect(kept.type).toContain('text/html');
  expect(kept.cached).toBe(false);
});

test('the offline basemap archive is part of the version, by its content', async ({ page }) => {
  const archive = join(site, 'basemap', 'overijssel.pmtiles');
  test.skip(!readdirSync(join(site, 'basemap')).includes('overijssel.pmtiles'), 'no offline basemap in this build');
  const revision = createHash('md5').update(readFileSync(archive)).digest('hex');
  await blockExternal(page);
  const worker = await (await page.request.get(`${BASE}/sw.js`)).text();
  expect(worker).toContain(`{"revision":"${revision}","url":"basemap/overijssel.pmtiles"}`);
});

test('online basemap tiles are kept with a size and age limit', async ({ page }) => {
  const tile = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
  await visit(page, () => page.context().route(/service\.pdok\.nl/, (route) => route.fulfill({ status: 200, contentType: 'image/png', body: tile, headers: { 'Access-Control-Allow-Origin': '*' } })));
  const databases = await page.evaluate(async () => {
    await fetch('https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/9/263/168.png', { mode: 'cors' });
    return (await indexedDB.databases()).map((db) => db.name);
  });
  expect(databases).toContain('workbox-expiration');
});
