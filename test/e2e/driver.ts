// A small driver for the atlas in a real browser: open it, wait for the map, click features by position.
import { expect, type BrowserContext, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

interface SiteRecord {
  properties: { id: string; kind: string; region: string; name: { nl: string; en: string } };
  geometry: { coordinates: [number, number] };
}

export const sites: SiteRecord[] = JSON.parse(readFileSync(join(ROOT, 'data/sites.geojson'), 'utf8')).features;

export interface LinkRecord {
  properties: { id: string; mode: string; status: string; name: { nl: string; en: string } };
  geometry: { coordinates: [number, number][] };
}

export const links: LinkRecord[] = JSON.parse(readFileSync(join(ROOT, 'data/links.geojson'), 'utf8')).features;
export const siteById = (id: string) => {
  const site = sites.find((s) => s.properties.id === id);
  if (!site) throw new Error(`no site ${id} in data/sites.geojson`);
  return site;
};

const LOCAL = /^https?:\/\/(127\.0\.0\.1|localhost)(:\d+)?\//;

/** Tests never touch the network: every request to another host is aborted, as with no internet. */
export async function blockExternal(page: Page) {
  await page.context().route(
    (url) => !LOCAL.test(url.toString()) && !url.toString().startsWith('data:') && !url.toString().startsWith('blob:'),
    (route) => route.abort('internetdisconnected'),
  );
}

/**
 * Collects console errors, uncaught exceptions and the interface's markup not taken over, so a test can assert
 * a clean page. The browser's own "failed to load resource" lines for blocked external hosts are expected
 * offline and not counted.
 */
export function watchConsole(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    // The build's markup of the interface that React could not take over (src/startup/hydrateInterface.ts).
    if (message.type() === 'warning' && message.text().startsWith('[interface]')) errors.push(message.text());
    if (message.type() !== 'error') return;
    const url = message.location().url ?? '';
    if (/Failed to load resource/.test(message.text()) && url && !LOCAL.test(url)) return;
    errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return errors;
}

export async function waitForMapReady(page: Page) {
  await page.waitForFunction(() => window.__atlas?.ready === true && window.__atlas.map.loaded(), null, { timeout: 30_000 });
}

/** Opens the atlas offline; `network` may then answer chosen external requests (routes added later win). */
export async function openAtlas(page: Page, hash = '', network?: (page: Page) => Promise<unknown>) {
  await blockExternal(page);
  await network?.(page);
  await page.goto(`/${hash}`);
  await waitForMapReady(page);
}

/**
 * Until the app's service worker has installed (the app registers it after the map's first idle) and serves
 * this page: when it was installed after the page's load began, it takes charge on the next load.
 */
export async function untilServiceWorkerServes(page: Page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const serves = () => page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 15_000 });
  await serves().catch(() => page.reload());
  await serves();
}

/** Runs `action` with the browser's network off, and turns it back on whatever happens. */
export async function withNetworkOff(context: BrowserContext, action: () => Promise<void>) {
  await context.setOffline(true);
  try {
    await action();
  } finally {
    await context.setOffline(false);
  }
}

export async function waitForIdle(page: Page) {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        // A frame and a task first: a move the app starts after the panel's first paint (a clicked site sliding
        // out from under the panel) has begun by then, so the next click is aimed at where things end up.
        requestAnimationFrame(() =>
          setTimeout(() => {
            const map = window.__atlas!.map;
            if (!map.isMoving() && map.loaded() && map.areTilesLoaded()) resolve();
            else map.once('idle', () => resolve());
          }, 0),
        );
      }),
  );
}

/** Clicks the map at a geographic position, the way a user clicks what they see there. */
export async function clickAt(page: Page, lngLat: [number, number]) {
  await waitForIdle(page);
  const point = await page.evaluate((ll) => {
    const p = window.__atlas!.map.project(ll);
    return { x: p.x, y: p.y };
  }, lngLat);
  const box = await page.getByTestId('map').boundingBox();
  if (!box) throw new Error('map container not visible');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}

export async function clickSite(page: Page, id: string) {
  await clickAt(page, siteById(id).geometry.coordinates);
}

export async function expectPanelTitle(page: Page, title: string) {
  await expect(page.getByTestId('side-panel').getByRole('heading', { level: 2 })).toHaveText(title);
}

/**
 * What in the panel runs past its right edge, each as its tag and text: tables that scroll sideways on purpose
 * (and what is inside them) do not count.
 */
export const pastPanelEdge = (page: Page) =>
  page.getByTestId('side-panel').evaluate((root) => {
    const edge = root.getBoundingClientRect().right;
    const scrolls = (el: Element | null): boolean => {
      for (let node = el?.parentElement ?? null; node && node !== root; node = node.parentElement) if (['auto', 'scroll'].includes(getComputedStyle(node).overflowX)) return true;
      return false;
    };
    return [...root.querySelectorAll('*')]
      .filter((el) => el.getClientRects().length > 0 && el.getBoundingClientRect().right > edge + 0.5 && !scrolls(el))
      .map((el) => `${el.tagName.toLowerCase()} ${(el.textContent ?? '').trim().slice(0, 30)}`);
  });
