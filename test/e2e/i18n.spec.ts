import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectPanelTitle, openAtlas, waitForIdle } from './driver';

/** The label the map draws for a site (from the GeoJSON source the symbol layer reads). */
const mapLabel = (page: Page, id: string) =>
  page.evaluate((siteId) => {
    const features = window.__atlas!.map.querySourceFeatures('sites', { filter: ['==', ['get', 'id'], siteId] });
    return features[0]?.properties.label as string | undefined;
  }, id);

test('switching to Dutch changes the interface, the map labels and money, and the link keeps it', async ({ page }) => {
  await openAtlas(page, '#site=muziekkwartier-enschede');
  await waitForIdle(page);
  expect(await mapLabel(page, 'muziekkwartier-enschede')).toBe('Music Quarter');
  await page.getByTestId('language').selectOption('nl');
  await expect(page).toHaveURL(/lang=nl/);
  await expect(page.getByRole('button', { name: 'Programma' })).toBeVisible();
  await expectPanelTitle(page, 'Muziekkwartier');
  await expect(page.getByTestId('side-panel')).toContainText('Gemeente');
  await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
  await expect.poll(() => mapLabel(page, 'muziekkwartier-enschede')).toBe('Muziekkwartier');
  // The language survives a reload through the URL, and money reads the Dutch way.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Programma' })).toBeVisible();
  await page.getByRole('button', { name: 'Programma' }).click();
  await expect(page.getByTestId('side-panel')).toContainText(/€\s\d+,\d mln/);
  await expect(page.getByTestId('side-panel')).not.toContainText(/€\d+\.\dm\b/);
});

test.describe('a Dutch browser', () => {
  test.use({ locale: 'nl-NL' });

  test('starts in Dutch without asking; the URL stays clean', async ({ page }) => {
    await openAtlas(page);
    await expect(page.getByRole('button', { name: 'Presenteren' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Locaties' })).toBeVisible();
    expect(page.url()).not.toContain('lang=');
  });

  test('gets the map’s own controls in Dutch from the start, and they switch with the language', async ({ page }) => {
    await openAtlas(page);
    await expect(page.getByRole('button', { name: 'Inzoomen' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Uitzoomen' })).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', 'Kaart');
    await page.getByTestId('language').selectOption('en');
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', 'Map');
    await page.getByTestId('language').selectOption('de');
    await expect(page.getByRole('button', { name: 'Vergrößern' })).toHaveAttribute('title', 'Vergrößern');
    await page.getByRole('button', { name: 'Vergrößern' }).click();
    await expect(page.locator('.maplibregl-canvas')).toHaveAttribute('aria-label', 'Karte');
  });
});

test('German shows the headline interface in German and the rest in English', async ({ page }) => {
  await openAtlas(page, '#lang=de&panel=programme');
  await expect(page.getByRole('button', { name: 'Präsentieren' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Programmübersicht' })).toBeVisible();
  await expect(page.getByTestId('side-panel')).toContainText('All projects');
  const violations = (await new AxeBuilder({ page }).exclude('.maplibregl-canvas').analyze()).violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(violations.map((v) => v.id)).toEqual([]);
});

test('a language the app does not have in the URL is ignored', async ({ page }) => {
  await openAtlas(page, '#lang=xx&site=oyfo-hengelo');
  await expectPanelTitle(page, 'Oyfo');
  await expect(page.getByRole('button', { name: 'Programme' })).toBeVisible();
});

test('the links list mirrors the map: pick a link, hide a mode', async ({ page }) => {
  await openAtlas(page);
  const list = page.getByRole('navigation', { name: 'Links' });
  const water = list.getByRole('button', { name: /Twentekanaal/ });
  await water.click();
  await expect(page).toHaveURL(/link=water-xl-park-twentekanaal/);
  await expect(page.getByTestId('announcer')).toHaveText(/^Selected link: .*Twentekanaal/);
  await expect(water).toHaveAttribute('aria-pressed', 'true');
  await page.locator('input[data-mode="water"]').uncheck();
  await expect(list.getByRole('heading', { name: /Water/ })).toHaveCount(0);
  await expect(list.getByRole('button')).toHaveCount(10);
});

test('tour steps are announced', async ({ page }) => {
  await openAtlas(page, '#tour=twente&step=1');
  await expect(page.getByTestId('announcer')).toHaveText(/^Step 1 of 9: /);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('announcer')).toHaveText(/^Step 2 of 9: /);
});
