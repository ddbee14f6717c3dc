import { expect, test, type Page, type Route } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { blockExternal, openAtlas, watchConsole } from './driver';

const DATA = join(import.meta.dirname, '..', '..', 'data');

const panel = (page: Page) => page.getByTestId('side-panel');

test('hostile text in an imported CSV stays text: no script runs, nothing rendered as HTML', async ({ page }) => {
  const errors = watchConsole(page);
  await openAtlas(page, '#panel=planner');
  await panel(page).getByRole('tab', { name: 'Scenario' }).click();
  const csv = 'lon,lat,name,kind\n6.8,52.3,"<img src=x onerror=""window.__xss=1"">",facility\n6.81,52.31,=cmd|\' /C calc\'!A0,facility\n';
  await page.getByTestId('scenario-file').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(panel(page).getByTestId('import-report')).toContainText('2 imported');
  const items = panel(page).getByTestId('scenario-items');
  await expect(items).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(items).toContainText("=cmd|' /C calc'!A0");
  expect(await items.locator('img').count()).toBe(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  expect(errors).toEqual([]);
});

test('an oversize import file is refused with a clear message and the scenario is untouched', async ({ page }) => {
  await openAtlas(page, '#panel=planner');
  await panel(page).getByRole('tab', { name: 'Scenario' }).click();
  await page.getByTestId('scenario-file').setInputFiles({ name: 'good.csv', mimeType: 'text/csv', buffer: Buffer.from('lon,lat,name,kind\n6.8,52.3,Kept,facility\n') });
  await expect(panel(page).getByTestId('scenario-items')).toContainText('Kept');
  const big = Buffer.alloc(6 * 1024 * 1024, 'a');
  await page.getByTestId('scenario-file').setInputFiles({ name: 'huge.csv', mimeType: 'text/csv', buffer: big });
  await expect(panel(page).getByTestId('import-report')).toContainText('huge.csv is 6.0 MB; a scenario file may be at most 5 MB');
  await expect(panel(page).getByTestId('scenario-items').locator('li')).toHaveCount(1);
});

test('a corrupt saved scenario does not break the app and is kept aside', async ({ page }) => {
  await openAtlas(page);
  await page.evaluate(() => localStorage.setItem('twente-atlas:scenario:v1', '{"type":"FeatureCollection","features":[{"bad":true}]}'));
  await page.reload();
  await page.waitForFunction(() => window.__atlas?.ready === true);
  await expect(page.getByTestId('notice').filter({ hasText: 'Scenario:' })).toContainText('Scenario: one saved copy could not be read');
  const kept = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('twente-atlas:scenario:kept:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(kept).toEqual([expect.stringContaining('"bad":true')]);
});

test('search input cannot inject markup either', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('combobox', { name: /search/i }).fill('<b>bold</b>');
  await expect(page.getByRole('listbox')).toContainText('Nothing found for “<b>bold</b>”');
  expect(await page.getByRole('listbox').locator('b').count()).toBe(0);
});

test('an offline basemap on a server that cannot send parts of files: a clear notice and the plain background, not a blank map', async ({ page }) => {
  // As a simple static server does: a request for part of the archive is answered with the whole file.
  await openAtlas(page, '#bm=offline&lang=en', (p) =>
    p.route('**/basemap/overijssel.pmtiles', (route) =>
      route.fulfill({ status: 200, contentType: 'application/octet-stream', body: Buffer.concat([Buffer.from('PMTiles'), Buffer.alloc(64 * 1024)]) }),
    ),
  );
  await expect(page.getByTestId('notice')).toContainText('Offline (embedded) basemap could not be loaded (the server sends whole files where the archive needs parts: no HTTP byte ranges)');
  await expect(page.getByTestId('notice')).toContainText('showing the plain background');
  await expect.poll(() => page.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('none');
  const offline = page.getByRole('radio', { name: /Offline \(embedded\)/ });
  await expect(offline).toBeDisabled();
  await expect(page.locator('.basemaps')).toContainText('Offline (embedded) (the server does not send parts of files)');
});

test.describe('a damaged offline archive', () => {
  // The service worker the first page installs would serve the second the whole archive, out of page.route's reach.
  test.use({ serviceWorkers: 'block' });

  test('a truncated one gives the same notice as a missing one, not a blank map', async ({ page, context }) => {
    const archivePath = join(DATA, '../dist/basemap/overijssel.pmtiles');
    test.skip(!existsSync(archivePath), 'no offline basemap in this build');
    const whole = readFileSync(archivePath);
    const truncated = whole.subarray(0, Math.floor(whole.length * 0.6));
    const noticeWith = async (target: Page, answer: (route: Route) => Promise<void>) => {
      await openAtlas(target, '#bm=offline&lang=en', (p) => p.route('**/basemap/overijssel.pmtiles', answer));
      const notice = target.getByTestId('notice').filter({ hasText: 'Offline (embedded)' });
      await expect(notice).toBeVisible();
      return notice.textContent();
    };
    const missing = await noticeWith(page, (route) => route.fulfill({ status: 404, body: 'not here' }));
    const other = await context.newPage();
    const cut = await noticeWith(other, async (route) => {
      const [, from, to] = /bytes=(\d+)-(\d+)/.exec(route.request().headers()['range'] ?? '') ?? [];
      if (from === undefined) return route.fulfill({ status: 200, body: truncated });
      const part = truncated.subarray(Number(from), Math.min(Number(to) + 1, truncated.length));
      await route.fulfill({ status: 206, body: part, headers: { 'Content-Range': `bytes ${from}-${Number(from) + part.length - 1}/${truncated.length}`, 'Content-Type': 'application/octet-stream' } });
    });
    expect(cut).toBe(missing);
    await expect.poll(() => other.evaluate(() => window.__atlas!.store.getState().activeBasemap)).toBe('none');
  });
});

test('a data file cut short is named on the page', async ({ page }) => {
  const tours = readFileSync(join(DATA, 'tours.json'), 'utf8');
  await blockExternal(page);
  await page.route(/\/assets\/tours-[\w-]+\.json$/, (route) => route.fulfill({ contentType: 'application/json', body: tours.slice(0, tours.length / 2) }));
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ has: page.locator('h1') });
  await expect(alert).toContainText('data/tours.json: not valid JSON');
  await expect(page.getByTestId('map')).toHaveCount(0);
});
