import { expect, test } from '@playwright/test';
import { clickSite, expectPanelTitle, openAtlas, siteById, waitForIdle, watchConsole } from './driver';

const TWENTE_TOP_LOCATIONS = ['kennispark-twente', 'high-tech-systems-park', 'technology-base-twente', 'xl-businesspark'];

test('the map loads with the four Twente top locations and a clean console', async ({ page }) => {
  const errors = watchConsole(page);
  await openAtlas(page);
  await waitForIdle(page);
  const rendered = await page.evaluate(() => window.__atlas!.map.queryRenderedFeatures({ layers: ['sites-symbol'] }).map((f) => f.properties.id as string));
  for (const id of TWENTE_TOP_LOCATIONS) expect(rendered).toContain(id);
  await page.screenshot({ path: 'test-results/screens/foundation-map.png' });
  expect(errors).toEqual([]);
});

for (const id of TWENTE_TOP_LOCATIONS) {
  test(`clicking ${id} on the map opens its panel and highlights it`, async ({ page }) => {
    await openAtlas(page);
    await clickSite(page, id);
    await expectPanelTitle(page, siteById(id).properties.name.en);
    await expect(page).toHaveURL(new RegExp(`site=${id}`));
    // The highlight follows the panel by a frame.
    await expect.poll(() => page.evaluate((siteId) => window.__atlas!.map.getFeatureState({ source: 'sites', id: siteId }).selected, id)).toBe(true);
  });
}

test('Escape closes the panel and clears the selection', async ({ page }) => {
  await openAtlas(page);
  await clickSite(page, 'kennispark-twente');
  await expectPanelTitle(page, 'Kennispark Twente');
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'kennispark-twente' }).selected)).toBe(true);
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('side-panel')).toHaveCount(0);
  await expect(page).not.toHaveURL(/site=/);
  await expect.poll(() => page.evaluate(() => window.__atlas!.map.getFeatureState({ source: 'sites', id: 'kennispark-twente' }).selected)).toBe(false);
});

test('reload restores the selection and the view from the URL', async ({ page }) => {
  await openAtlas(page);
  await clickSite(page, 'technology-base-twente');
  await expectPanelTitle(page, 'Technology Base Twente');
  await page.evaluate(() => window.__atlas!.map.jumpTo({ center: [6.9, 52.3], zoom: 11.5 }));
  await expect(page).toHaveURL(/map=11\.5\/52\.3\/6\.9/);
  await page.reload();
  await openAtlas(page, new URL(page.url()).hash);
  await expectPanelTitle(page, 'Technology Base Twente');
  const view = await page.evaluate(() => ({ zoom: window.__atlas!.map.getZoom(), center: window.__atlas!.map.getCenter() }));
  expect(view.zoom).toBeCloseTo(11.5, 2);
  expect(view.center.lng).toBeCloseTo(6.9, 4);
  expect(view.center.lat).toBeCloseTo(52.3, 4);
});

test('a shared link opens the named site', async ({ page }) => {
  await openAtlas(page, '#map=12/52.33/6.7&site=xl-businesspark');
  await expectPanelTitle(page, 'XL Businesspark Twente');
});

const GARBAGE_LINKS: Array<[hash: string, told: string[]]> = [
  ['#map=banana/1/2&site=<img src=x onerror=alert(1)>', ['“map=banana/1/2”', '“site=<img src=x onerror=alert(1)>”']],
  ['#%E0%A4%A&&&==', ['“==”']],
  ['#site=no-such-site', ['“site=no-such-site”']],
  ['#map=999/999/999', ['“map=999/999/999”']],
];
for (const [hash, told] of GARBAGE_LINKS) {
  test(`a garbage hash (${hash}) still gives a working map, and says what it left out`, async ({ page }) => {
    const errors = watchConsole(page);
    await openAtlas(page, hash);
    await expect(page.getByTestId('side-panel')).toHaveCount(0);
    // Named as text, never as markup.
    const notice = page.getByTestId('notice').filter({ hasText: 'This link could not be used in full; left out:' });
    for (const part of told) await expect(notice).toContainText(part);
    await expect(page.locator('img[src="x"]')).toHaveCount(0);
    const zoom = await page.evaluate(() => window.__atlas!.map.getZoom());
    expect(zoom).toBeGreaterThan(8);
    await clickSite(page, 'kennispark-twente');
    await expectPanelTitle(page, 'Kennispark Twente');
    expect(errors).toEqual([]);
  });
}

test('picking a site from the list selects it and flies there', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'XL Businesspark Twente', exact: true }).click();
  await expectPanelTitle(page, 'XL Businesspark Twente');
  await expect(page).toHaveURL(/site=xl-businesspark/);
  await waitForIdle(page);
  // The site lands in the middle of the map area the panel leaves free.
  const point = await page.evaluate((ll) => window.__atlas!.map.project(ll), siteById('xl-businesspark').geometry.coordinates);
  const map = (await page.getByTestId('map').boundingBox())!;
  const panel = (await page.getByTestId('side-panel').boundingBox())!;
  const freeWidth = panel.x - map.x;
  expect(Math.abs(point.x - freeWidth / 2)).toBeLessThan(4);
  expect(Math.abs(point.y - map.height / 2)).toBeLessThan(4);
  expect(await page.evaluate(() => window.__atlas!.map.getZoom())).toBeCloseTo(12.5, 1);
});

test('a selection changed while the map is still moving and loading is shown all the same', async ({ page }) => {
  await openAtlas(page);
  await page.getByRole('button', { name: 'XL Businesspark Twente', exact: true }).click();
  // Straight away, mid-flight: the map is neither idle nor done loading.
  expect(await page.evaluate(() => window.__atlas!.map.isMoving())).toBe(true);
  await page.getByRole('button', { name: 'Kennispark Twente', exact: true }).click();
  await expectPanelTitle(page, 'Kennispark Twente');
  await waitForIdle(page);
  const selected = (id: string) => page.evaluate((siteId) => window.__atlas!.map.getFeatureState({ source: 'sites', id: siteId }).selected ?? false, id);
  await expect.poll(() => selected('kennispark-twente')).toBe(true);
  expect(await selected('xl-businesspark')).toBe(false);
});
